//! Chinese numerals: which characters make one, and their value. Parsing is the
//! `chinese-number` crate's (十二, 两千, 一百零五, 五点一, with 万 and 亿), which the report
//! parser's lazily loaded wasm carries; the chart's wasm never parses numerals.

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

/// The value of a Chinese numeral (四, 十二, 一百零五, 两千, 五点一); `None` for anything else.
#[cfg(feature = "extract")]
pub fn parse_chinese_numeral(s: &[char]) -> Option<f64> {
    if s.is_empty() || s.len() > 24 {
        return None;
    }
    // The crate reads whole numbers; the digits after 点 are read one by one here.
    let (whole, fraction) = match s.iter().position(|&c| c == '点') {
        Some(at) => (&s[..at], &s[at + 1..]),
        None => (s, &[][..]),
    };
    let text: String = whole.iter().collect();
    let mut value = chinese_number::from_chinese_to_f64_ten_thousand(&text).ok()?;
    let mut scale = 0.1;
    for &c in fraction {
        value += f64::from(chinese_digit(c)?) * scale;
        scale /= 10.0;
    }
    Some(value)
}

#[cfg(all(test, feature = "extract"))]
mod tests {
    use super::*;

    fn cn(s: &str) -> Option<f64> {
        parse_chinese_numeral(&s.chars().collect::<Vec<_>>())
    }

    #[test]
    fn parses_chinese_numerals() {
        assert_eq!(cn("四"), Some(4.0));
        assert_eq!(cn("十"), Some(10.0));
        assert_eq!(cn("十二"), Some(12.0));
        assert_eq!(cn("二十三"), Some(23.0));
        assert_eq!(cn("一百零五"), Some(105.0));
        assert_eq!(cn("两千"), Some(2000.0));
        assert_eq!(cn("五点一"), Some(5.1));
        assert_eq!(cn(""), None);
        assert_eq!(cn("增长"), None);
    }
}
