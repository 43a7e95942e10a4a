//! The unit lexicon (`data/units.tsv`, a table a journalist can extend): which units follow a
//! number, and which magnitudes (万, 亿, 万亿) stay in the unit (亿元, 万人) and which fold into
//! the value (1.3万套 -> 13000 套).

use std::sync::OnceLock;

/// The lexicon shipped with the crate.
pub const UNITS_TSV: &str = include_str!("../../data/units.tsv");

/// What a magnitude before a unit does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Magnitude {
    /// Stays in the unit (亿元).
    Keep,
    /// Folds into the value (1.3万套 -> 13000 套).
    Fold,
    /// The unit takes none (%).
    None,
    /// After a number, this unit means the number is not a quantity (75周年).
    NotAQuantity,
}

/// One unit of the lexicon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// As written after the number.
    pub written: String,
    chars: Vec<char>,
    /// As the dataset records it (`元` for 人民币); usually the same.
    pub text: String,
    pub magnitude: Magnitude,
}

/// A line of `data/units.tsv` that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitsError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for UnitsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "units.tsv line {}: {}", self.line, self.message)
    }
}

/// Reads lexicon text, longest unit first.
pub fn parse(text: &str) -> Result<Vec<Unit>, UnitsError> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |message: String| UnitsError {
            line: n + 1,
            message,
        };
        let mut cols = line.split('\t');
        let unit = cols.next().unwrap_or("").trim();
        let magnitude = match cols.next().map(str::trim) {
            Some("keep") => Magnitude::Keep,
            Some("fold") => Magnitude::Fold,
            Some("none") => Magnitude::None,
            Some("not") => Magnitude::NotAQuantity,
            other => {
                return Err(err(format!(
                    "the magnitude column must be keep, fold, none or not, not {:?}",
                    other.unwrap_or("")
                )))
            }
        };
        if unit.is_empty()
            || unit
                .chars()
                .any(|c| c.is_ascii_digit() || c.is_whitespace())
        {
            return Err(err(format!("{unit:?} is not a unit")));
        }
        if out.iter().any(|u: &Unit| u.written == unit) {
            return Err(err(format!("{unit} is listed twice")));
        }
        let _note = cols.next();
        let recorded = cols
            .next()
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .unwrap_or(unit);
        out.push(Unit {
            written: unit.to_string(),
            chars: unit.chars().collect(),
            text: recorded.to_string(),
            magnitude,
        });
    }
    // Longest first, so that 平方米 wins over 米 and 个百分点 over 个.
    crate::text::sort_stable_by(&mut out, |a, b| b.chars.len().cmp(&a.chars.len()));
    Ok(out)
}

/// The shipped lexicon, read once (`tests` check that it reads).
pub fn lexicon() -> &'static [Unit] {
    static UNITS: OnceLock<Vec<Unit>> = OnceLock::new();
    UNITS.get_or_init(|| parse(UNITS_TSV).unwrap_or_default())
}

/// The longest unit at the start of `s`.
pub fn unit_at(s: &[char]) -> Option<&'static Unit> {
    let first = *s.first()?;
    lexicon()
        .iter()
        .find(|u| u.chars.first() == Some(&first) && s.starts_with(&u.chars))
}

/// A magnitude at the start of `s`: (chars used, factor, as written in a unit). 兆 is the
/// Taiwan usage of 万亿.
pub fn magnitude_at(s: &[char]) -> Option<(usize, f64, &'static str)> {
    match s {
        ['万', '亿', ..] => Some((2, 1e12, "万亿")),
        ['兆', ..] => Some((1, 1e12, "万亿")),
        ['亿', ..] => Some((1, 1e8, "亿")),
        ['万', ..] => Some((1, 1e4, "万")),
        _ => None,
    }
}

/// Whether a char slice starts with a pattern.
pub fn starts_with(s: &[char], pattern: &str) -> bool {
    let mut it = s.iter();
    pattern.chars().all(|p| it.next() == Some(&p))
}

/// Whether a char slice ends with a pattern.
pub fn ends_with(s: &[char], pattern: &str) -> bool {
    let mut it = s.iter().rev();
    pattern.chars().rev().all(|p| it.next() == Some(&p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    fn unit(s: &str) -> Option<&'static str> {
        unit_at(&chars(s)).map(|u| u.text.as_str())
    }

    #[test]
    fn the_shipped_lexicon_reads() {
        let units = parse(UNITS_TSV).unwrap();
        assert!(units.len() > 80);
        assert_eq!(lexicon().len(), units.len());
    }

    #[test]
    fn longest_unit_wins() {
        assert_eq!(unit("平方米大中修"), Some("平方米"));
        assert_eq!(unit("个百分点"), Some("个百分点"));
        assert_eq!(unit("个工作日以内"), Some("个工作日"));
        assert_eq!(unit("人次参与"), Some("人次"));
        assert_eq!(unit("微克/立方米"), Some("微克/立方米"));
        assert_eq!(unit("美元"), Some("美元"));
        assert_eq!(unit("号线"), None);
        assert_eq!(unit("微克"), None);
    }

    #[test]
    fn bad_lines_are_named() {
        assert_eq!(
            parse("元\tkeep\n个\tmaybe\n").unwrap_err().to_string(),
            "units.tsv line 2: the magnitude column must be keep, fold, none or not, not \"maybe\""
        );
        assert_eq!(
            parse("元\tkeep\n元\tfold\n").unwrap_err().to_string(),
            "units.tsv line 2: 元 is listed twice"
        );
    }
}
