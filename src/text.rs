//! Character-level helpers shared by the parser and the extractor: width folding (full-width
//! digits and punctuation to their half-width forms, one char for one char so offsets survive),
//! character classes and Chinese numerals.

/// Folds one character to the form the extractor matches on. Full-width ASCII variants
/// (`０`-`９`, `，`, `；`, `：`, `（`, `）`, `％`, `．`, `Ａ`...) become ASCII; the ideographic full stop,
/// enumeration comma and quotes are kept (they have no half-width twin in this genre).
/// Always exactly one char out for one char in, so indices into the folded text are indices into
/// the original.
pub fn fold_char(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        '\u{2014}' | '\u{2015}' => '—',
        '\u{FF5F}'..='\u{FF60}' => c,
        '\u{00A0}' => ' ',
        _ => c,
    }
}

/// The folded copy of a text, as a vector of chars (index = Unicode scalar value offset).
pub fn folded_chars(text: &str) -> Vec<char> {
    text.chars().map(fold_char).collect()
}

/// A CJK ideograph (the unified block and extension A, enough for report prose).
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

/// Punctuation that ends a sentence for quoting purposes (`。`, `;`, `!`, `?` and line breaks).
pub fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | ';' | '!' | '?' | '\n' | '\r')
}

/// Punctuation that ends a clause inside a sentence.
pub fn is_clause_end(c: char) -> bool {
    is_sentence_end(c) || matches!(c, ',' | ':')
}

/// The value of a Chinese numeral digit (零 to 九, 两, 〇).
pub fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// A character that can appear in a Chinese numeral below ten thousand.
pub fn is_chinese_numeral(c: char) -> bool {
    chinese_digit(c).is_some() || matches!(c, '十' | '百' | '千')
}

/// Parses a Chinese numeral below ten thousand (四, 十, 十二, 二十三, 一百零五, 两千).
/// Returns `None` for anything else.
pub fn parse_chinese_numeral(s: &[char]) -> Option<u32> {
    if s.is_empty() {
        return None;
    }
    let mut total: u32 = 0;
    let mut pending: Option<u32> = None;
    for &c in s {
        if let Some(d) = chinese_digit(c) {
            if pending.is_some() && d != 0 {
                return None;
            }
            pending = if d == 0 { None } else { Some(d) };
            continue;
        }
        let scale = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            _ => return None,
        };
        total = total.checked_add(pending.take().unwrap_or(1) * scale)?;
    }
    total.checked_add(pending.unwrap_or(0))
}

/// Parses a plain decimal number (`123`, `4.56`): ASCII digits with at most one point between
/// digits. Anything else (signs, exponents, `inf`, `NaN`) is `None`.
pub fn parse_decimal(s: &str) -> Option<f64> {
    let (int, frac) = s.split_once('.').unwrap_or((s, "0"));
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    if !(digits(int) && digits(frac)) {
        return None;
    }
    s.parse().ok()
}

/// Writes a number without a trailing `.0` and without float noise (at most 6 decimals).
pub fn format_number(v: f64) -> String {
    if !v.is_finite() {
        return String::from("0");
    }
    let rounded = (v * 1e6).round() / 1e6;
    let mut s = format!("{rounded:.6}");
    while s.ends_with('0') {
        s.pop();
    }
    if s.ends_with('.') {
        s.pop();
    }
    if s == "-0" {
        s = String::from("0");
    }
    s
}

/// Rounds to six significant digits (derived values are estimates; no float noise).
pub fn round_sig(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let magnitude = v.abs().log10().floor();
    let scale = 10f64.powf(5.0 - magnitude);
    (v * scale).round() / scale
}

/// Sorts `v` stably by `cmp`, like `slice::sort_by`, by insertion. The lists sorted here are
/// short (rows of one chart, members of one series). Kept by measurement: with `slice::sort_by`
/// (driftsort, one instantiation per call site) the chart's wasm was 8.6 KB gzip larger (92.6 KB
/// against 84.0 KB, `wasm-opt -Oz`, gzip -9), `sort_unstable_by` 8.1 KB larger.
pub fn sort_stable_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> std::cmp::Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && cmp(&v[j - 1], &v[j]) == std::cmp::Ordering::Greater {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cn(s: &str) -> Option<u32> {
        parse_chinese_numeral(&s.chars().collect::<Vec<_>>())
    }

    #[test]
    fn folds_full_width_forms_one_to_one() {
        let text = "增长５.８％，完成１２个（含）；";
        let folded: String = folded_chars(text).into_iter().collect();
        assert_eq!(folded, "增长5.8%,完成12个(含);");
        assert_eq!(folded.chars().count(), text.chars().count());
    }

    #[test]
    fn parses_chinese_numerals() {
        assert_eq!(cn("四"), Some(4));
        assert_eq!(cn("十"), Some(10));
        assert_eq!(cn("十二"), Some(12));
        assert_eq!(cn("二十三"), Some(23));
        assert_eq!(cn("一百零五"), Some(105));
        assert_eq!(cn("两千"), Some(2000));
        assert_eq!(cn("四五"), None);
        assert_eq!(cn(""), None);
    }

    #[test]
    fn formats_numbers_without_noise() {
        assert_eq!(format_number(13000.0), "13000");
        assert_eq!(format_number(5.8), "5.8");
        assert_eq!(format_number(0.1 + 0.2), "0.3");
        assert_eq!(format_number(-0.0), "0");
    }
}
