//! Number formatting the way each audience writes numbers: Chinese 万/亿/万亿 and English
//! thousands, millions and billions, axis ticks, qualifiers and changes (`Numbers`, one per
//! language; the instances are in `chart::locale`).

/// Splits a unit such as `万套`, `亿元` or `万平方米` into its magnitude and base unit.
pub fn split_unit(unit: &str) -> (f64, &str) {
    for (prefix, mult) in [("万亿", 1e12), ("亿", 1e8), ("万", 1e4), ("千", 1e3)] {
        if let Some(rest) = unit.strip_prefix(prefix) {
            if !rest.is_empty() {
                return (mult, rest);
            }
        }
    }
    (1.0, unit)
}

/// Full-width ASCII forms as half-width (５．２％ -> 5.2%), the ideographic space as a space.
pub fn half_width(s: &str) -> String {
    s.chars()
        .map(|c| match c as u32 {
            0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            0x3000 => ' ',
            _ => c,
        })
        .collect()
}

/// `value` in `unit`, converted to the base unit (1.3 万套 -> 13000).
pub fn base_value(value: f64, unit: &str) -> f64 {
    value * split_unit(unit).0
}

/// `true` for percentages (the value is a number of percent).
pub fn is_percent(unit: &str) -> bool {
    unit == "%" || unit == "％"
}

/// A number with at most `decimals` decimals and no trailing zeros (5.50 -> 5.5).
pub fn trim_number(v: f64, decimals: usize) -> String {
    let s = format!("{v:.decimals$}");
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    };
    if s == "-0" {
        "0".into()
    } else {
        s
    }
}

/// Decimals that keep about three significant digits for magnitudes of `v`.
fn decimals_for(v: f64) -> usize {
    if v.abs() >= 1000.0 {
        1
    } else {
        2
    }
}

/// Groups the integer part with commas (12345.6 -> 12,345.6).
pub fn group_thousands(s: &str) -> String {
    let (sign, rest) = match s.strip_prefix('-') {
        Some(r) => ("-", r),
        None => ("", s),
    };
    let (int, frac) = rest
        .find('.')
        .and_then(|i| rest.split_at_checked(i))
        .unwrap_or((rest, ""));
    let mut out = String::new();
    let n = int.chars().count();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (n - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    format!("{sign}{out}{frac}")
}

/// A value in base units written the Chinese way: 7900个, 1.3万套, 2798.3亿元, 1.77万亿元.
pub fn format_zh(v: f64, base_unit: &str) -> String {
    if is_percent(base_unit) {
        return format!("{}%", trim_number(v, 2));
    }
    let a = v.abs();
    let (scaled, mag) = if a >= 1e12 {
        (v / 1e12, "万亿")
    } else if a >= 1e8 {
        (v / 1e8, "亿")
    } else if a >= 1e5 {
        (v / 1e4, "万")
    } else {
        (v, "")
    };
    format!(
        "{}{mag}{base_unit}",
        trim_number(scaled, decimals_for(scaled).min(2))
    )
}

/// The English name of a Chinese base unit, and whether it is written before the number.
pub fn unit_en(base_unit: &str) -> (&'static str, bool) {
    match base_unit {
        "元" => ("CNY ", true),
        "%" | "％" => ("%", false),
        "套" => (" homes", false),
        "户" => (" households", false),
        "人" => (" people", false),
        "人次" => (" visits", false),
        "场" | "场次" => (" events", false),
        "公里" => (" km", false),
        "米" | "延米" => (" m", false),
        "平方米" => (" m²", false),
        "公顷" => (" ha", false),
        "天" => (" days", false),
        "年" => (" years", false),
        "张" => (" beds", false),
        "分钟" => (" min", false),
        "个工作日" => (" working days", false),
        "PB" => (" PB", false),
        _ => ("", false),
    }
}

/// A value in base units written the English way: 7,900, 13,000 homes, CNY 279.83bn, 6%.
pub fn format_en(v: f64, base_unit: &str) -> String {
    if is_percent(base_unit) {
        return format!("{}%", trim_number(v, 2));
    }
    let a = v.abs();
    let (scaled, mag) = if a >= 1e12 {
        (v / 1e12, "trn")
    } else if a >= 1e9 {
        (v / 1e9, "bn")
    } else if a >= 1e6 {
        (v / 1e6, "m")
    } else {
        (v, "")
    };
    let num = if mag.is_empty() {
        group_thousands(&trim_number(scaled, decimals_for(scaled).min(2)))
    } else {
        trim_number(scaled, decimals_for(scaled).min(2))
    };
    let (u, before) = unit_en(base_unit);
    if before {
        // Money: CNY 279.83bn.
        format!("{u}{num}{mag}")
    } else if mag.is_empty() {
        format!("{num}{u}")
    } else {
        // Physical units read better with the word: 1.16 million m².
        let word = match mag {
            "trn" => "trillion",
            "bn" => "billion",
            _ => "million",
        };
        format!("{num} {word}{u}")
    }
}

/// An axis tick in base units written the Chinese way (not a percentage): 1.5万, 2798.3亿.
pub fn tick_zh(v: f64) -> String {
    let a = v.abs();
    if a >= 1e12 {
        format!("{}万亿", trim_number(v / 1e12, 2))
    } else if a >= 1e8 {
        format!("{}亿", trim_number(v / 1e8, 2))
    } else if a >= 1e4 {
        format!("{}万", trim_number(v / 1e4, 2))
    } else {
        trim_number(v, 1)
    }
}

/// An axis tick in base units written the English way (not a percentage): 15,000, 279.83bn.
pub fn tick_en(v: f64) -> String {
    format_en(v, "").trim().to_string()
}

/// How a qualifier of the report is shown in a label: the qualifier, then the prefix and the
/// suffix put around the number (以上 -> `85%以上` or `≥85%`).
pub type QualifierMarks = (&'static str, &'static str, &'static str);

/// The words of a change from one year to the next (see `Numbers::change_text`).
#[derive(Debug)]
pub struct ChangeWords {
    /// After a short difference in percentage points: `个百分点`, ` pp`.
    pub points: &'static str,
    /// Before a rise or a fall in percentage points, and after it, in a sentence.
    pub points_up: &'static str,
    pub points_down: &'static str,
    pub points_long: &'static str,
    /// Before a rise or a fall in percent, in a sentence.
    pub up: &'static str,
    pub down: &'static str,
    /// No change.
    pub same: &'static str,
    /// A change from zero or to a value that is not finite.
    pub not_comparable: &'static str,
}

/// How one language writes numbers: magnitudes and units, axis ticks, qualifiers and changes.
/// The two instances live with the rest of each language's words (`chart::locale`).
#[derive(Debug)]
pub struct Numbers {
    /// A value in base units with its unit: `format_zh` or `format_en`.
    pub magnitudes: fn(f64, &str) -> String,
    /// An axis tick that is not a percentage: `tick_zh` or `tick_en`.
    pub ticks: fn(f64) -> String,
    pub qualifiers: &'static [QualifierMarks],
    pub change: ChangeWords,
}

impl Numbers {
    /// A value in base units (1.3万套 / 13,000 homes).
    pub fn format_value(&self, v: f64, base_unit: &str) -> String {
        (self.magnitudes)(v, base_unit)
    }

    /// A tick label for an axis value in base units.
    pub fn tick_label(&self, v: f64, base_unit: &str) -> String {
        let ascii = if is_percent(base_unit) {
            format!("{}%", trim_number(v, 1))
        } else {
            (self.ticks)(v)
        };
        ascii.replacen('-', "\u{2212}", 1)
    }

    /// A number label with its qualifiers visible: 85%以上 / ≥85%, 7%左右 / ~7%.
    /// `core` is the number as written (Chinese) or formatted (English).
    pub fn qualified(&self, core: &str, qualifiers: &[String]) -> String {
        let mut pre = String::new();
        let mut post = String::new();
        for q in qualifiers {
            if core.contains(q.as_str()) {
                continue;
            }
            if let Some(&(_, p, s)) = self.qualifiers.iter().find(|m| m.0 == q.as_str()) {
                if !pre.contains(p) {
                    pre.push_str(p);
                }
                if !post.contains(s) {
                    post.push_str(s);
                }
            }
        }
        format!("{pre}{core}{post}")
    }

    /// The change from `a` to `b`: percentage points for rates, percent for amounts.
    /// Returns `(short label, sentence fragment)`, e.g. ("−0.5个百分点", "下降0.5个百分点").
    pub fn change_text(&self, a: f64, b: f64, percent: bool) -> (String, String) {
        let w = &self.change;
        let minus = '\u{2212}';
        if percent {
            let d = b - a;
            let n = trim_number(d.abs(), 2);
            let sign = if d > 0.0 {
                "+"
            } else if d < 0.0 {
                "\u{2212}"
            } else {
                "±"
            };
            let long = if d > 0.0 {
                format!("{}{n}{}", w.points_up, w.points_long)
            } else if d < 0.0 {
                format!("{}{n}{}", w.points_down, w.points_long)
            } else {
                w.same.into()
            };
            return (format!("{sign}{n}{}", w.points), long);
        }
        let Some(p) = percent_change(a, b) else {
            return ("—".into(), w.not_comparable.into());
        };
        let n = trim_number(p.abs(), 1);
        let short = if p > 0.0 {
            format!("+{n}%")
        } else if p < 0.0 {
            format!("{minus}{n}%")
        } else {
            "±0%".into()
        };
        let long = if p > 0.0 {
            format!("{}{n}%", w.up)
        } else if p < 0.0 {
            format!("{}{n}%", w.down)
        } else {
            w.same.into()
        };
        (short, long)
    }
}

/// Qualifiers that mean "at least" (drawn as an open-ended bar).
pub fn is_floor(q: &str) -> bool {
    matches!(q, "以上" | "超" | "突破" | "余")
}

/// Qualifiers that mean "about" (drawn with a whisker).
pub fn is_approx(q: &str) -> bool {
    matches!(q, "左右" | "约" | "近")
}

/// Percent change from `a` to `b`, `None` when `a` is zero or a value is not finite.
pub fn percent_change(a: f64, b: f64) -> Option<f64> {
    if a == 0.0 || !a.is_finite() || !b.is_finite() {
        return None;
    }
    Some((b / a - 1.0) * 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_magnitudes() {
        assert_eq!(format_zh(7900.0, "个"), "7900个");
        assert_eq!(format_zh(13000.0, "套"), "13000套");
        assert_eq!(format_zh(130000.0, "套"), "13万套");
        assert_eq!(format_zh(2798.3e8, "元"), "2798.3亿元");
        assert_eq!(format_zh(2e12 / 1.13, "元"), "1.77万亿元");
        assert_eq!(format_zh(5.5, "%"), "5.5%");
        assert_eq!(split_unit("万平方米"), (1e4, "平方米"));
        assert_eq!(split_unit("万"), (1.0, "万"));
        assert_eq!(base_value(1.3, "万套"), 13000.0);
    }

    #[test]
    fn english_magnitudes() {
        assert_eq!(format_en(7900.0, "个"), "7,900");
        assert_eq!(format_en(13000.0, "套"), "13,000 homes");
        assert_eq!(format_en(2798.3e8, "元"), "CNY 279.83bn");
        assert_eq!(format_en(2e12, "元"), "CNY 2trn");
        assert_eq!(format_en(1_152_000.0, "平方米"), "1.15 million m²");
        assert_eq!(format_en(2_500_000.0, "个"), "2.5 million");
    }
}
