//! Numbers written in digits: 8054个, 1.3万套, 6,000亿元, 1234.5 亿元 (a space or a wrapped
//! line between number and unit), ranges (5%-5.5%, 5%至5.5%, 3000-3500亿元), with the
//! qualifiers written around them.

use super::{trailing, Text, Token, TokenKind};
use crate::extract::units::{magnitude_at, unit_at, Magnitude};

/// A number as written: its value and where its digits end.
struct Digits {
    value: f64,
    end: usize,
    text_len: usize,
}

/// Reads `123`, `4.56`, `6,000` or `1,234.5` at `i`. A thousands separator is an ASCII comma in
/// the original text followed by exactly three digits (a Chinese comma never is one).
fn digits(text: Text<'_>, i: usize, end: usize) -> Option<Digits> {
    let chars = text.chars;
    let mut j = i;
    let mut plain = String::new();
    while j < end && chars[j].is_ascii_digit() {
        plain.push(chars[j]);
        j += 1;
    }
    loop {
        let group = text.original.get(j) == Some(&',')
            && (1..=3).all(|k| chars.get(j + k).is_some_and(char::is_ascii_digit))
            && !chars.get(j + 4).is_some_and(char::is_ascii_digit);
        if !group {
            break;
        }
        plain.extend(&chars[j + 1..j + 4]);
        j += 4;
    }
    if j + 1 < end && chars[j] == '.' && chars[j + 1].is_ascii_digit() {
        plain.push('.');
        j += 1;
        while j < end && chars[j].is_ascii_digit() {
            plain.push(chars[j]);
            j += 1;
        }
    }
    let value = crate::text::parse_decimal(&plain)?;
    Some(Digits {
        value,
        end: j,
        text_len: plain.len(),
    })
}

/// Skips spaces (a wrapped line is a space after reflowing).
fn skip_spaces(chars: &[char], mut at: usize, end: usize) -> usize {
    while at < end && chars[at] == ' ' {
        at += 1;
    }
    at
}

/// The quantity after a number's digits: magnitude, 余/多, unit. `(value, unit, end of the
/// magnitude, end of the unit)`.
struct Quantity {
    value: f64,
    unit: String,
    magnitude_end: usize,
    end: usize,
    has_unit: bool,
    has_magnitude: bool,
    /// The factor folded into the value (1e4 for 1.3万套), else 1.
    folded: f64,
}

fn quantity(
    text: Text<'_>,
    number: &Digits,
    end: usize,
    qualifiers: &mut Vec<String>,
) -> Option<Quantity> {
    let chars = text.chars;
    let k = skip_spaces(chars, number.end, end);
    let magnitude = magnitude_at(text.rest(k, end));
    let magnitude_end = magnitude.map_or(number.end, |(n, _, _)| k + n);
    let mut k2 = magnitude_end;
    for q in ["余", "多"] {
        if text.at(k2).is_some_and(|c| q.starts_with(c)) {
            qualifiers.push(q.to_string());
            k2 += 1;
        }
    }
    let k2 = skip_spaces(chars, k2, end);
    let unit = unit_at(text.rest(k2, end));
    if unit.is_some_and(|u| u.magnitude == Magnitude::NotAQuantity) {
        return None;
    }
    let (folded, unit_text) = match (magnitude, unit) {
        (Some((_, factor, m)), Some(u)) => match u.magnitude {
            Magnitude::Keep => (1.0, format!("{m}{}", u.text)),
            _ => (factor, u.text.clone()),
        },
        (Some((_, _, m)), None) => (1.0, m.to_string()),
        (None, Some(u)) => (1.0, u.text.clone()),
        (None, None) => (1.0, String::new()),
    };
    let value = number.value * folded;
    let unit_len = unit.map_or(0, |u| u.written.chars().count());
    // 186.4万农村贫困人口: people counted without 人 after the magnitude.
    let (unit_text, people) = match (magnitude, unit) {
        (Some((_, _, m)), None) if counts_people(text.rest(k2, end)) => (format!("{m}人"), true),
        _ => (unit_text, false),
    };
    let _ = people;
    Some(Quantity {
        value,
        unit: unit_text,
        magnitude_end: if magnitude.is_some() {
            magnitude_end
        } else {
            number.end
        },
        end: if unit.is_some() {
            k2 + unit_len
        } else {
            magnitude_end
        },
        has_unit: unit.is_some(),
        has_magnitude: magnitude.is_some(),
        folded,
    })
}

/// Whether the words after a magnitude name people (贫困人口, 农民工, 居民): the count is of 人.
fn counts_people(after: &[char]) -> bool {
    let phrase: String = after
        .iter()
        .take(12)
        .take_while(|c| crate::text::is_han(**c))
        .collect();
    [
        "人口", "人员", "居民", "群众", "农民", "学生", "职工", "儿童", "老人", "游客", "人才",
    ]
    .iter()
    .any(|w| phrase.contains(w))
}

/// A year label (2024年, 2022年以来), not a quantity.
fn is_year(number: &Digits, q: &Quantity) -> bool {
    number.text_len == 4
        && (1900.0..=2100.0).contains(&number.value)
        && !q.has_magnitude
        && (q.unit.is_empty() || q.unit == "年")
}

/// A number in digits at `i`, with what follows it.
pub fn number(text: Text<'_>, sentence_start: usize, i: usize, end: usize) -> Option<Token> {
    let chars = text.chars;
    let prev = (i > sentence_start).then(|| chars[i - 1]);
    // Inside another number (the 8 of 1.8, the 000 of 6,000).
    if prev.is_some_and(|p| p.is_ascii_digit() || p == '.') {
        return None;
    }
    if prev == Some(',')
        && text.original.get(i - 1) == Some(&',')
        && i >= 2
        && chars[i - 2].is_ascii_digit()
    {
        return None;
    }
    // -2.1%, 增速为-3.8%: a minus sign after a space, a table bar or a word (not 1-2, A-3).
    let negative = prev == Some('-')
        && (i < sentence_start + 2
            || !chars[i - 2].is_ascii_alphanumeric() && !matches!(chars[i - 2], '-' | '.'));
    if !negative
        && prev.is_some_and(|p| p.is_ascii_alphabetic() || p == '-' || p == '/' || p == '+')
    {
        return None; // IPV6, model names, dates, 1+6
    }
    if prev == Some('第') {
        return super::words::rank(text, sentence_start, i - 1, end);
    }
    let number = digits(text, i, end)?;
    let mut qualifiers = Vec::new();
    let q = quantity(text, &number, end, &mut qualifiers)?;
    let next = text.at(number.end);
    // A range: 5%-5.5%, 5-5.5%, 5%至5.5%, 3000-3500亿元.
    if let Some(token) = range(text, &number, &q, i, end) {
        return Some(token);
    }
    if next.is_some_and(|n| matches!(n, '-' | '+' | ':' | '/')) && !q.has_unit {
        return None; // 1-2, 1+6, 10:30, dates
    }
    if !q.has_unit && !q.has_magnitude {
        return None;
    }
    if is_year(&number, &q) {
        return None; // 2024年是, 2022年以来: a year label
    }
    if q.unit.is_ascii() && q.unit != "%" && !q.unit.is_empty() {
        // PB, TB: must not run into more Latin letters (6GHz is not 6 GB).
        if text.at(q.end).is_some_and(|c| c.is_ascii_alphanumeric()) {
            return None;
        }
    }
    if !q.has_unit && next.is_some_and(|n| n.is_ascii_alphabetic()) {
        return None;
    }
    let end_pos = trailing(chars, q.end, end, &mut qualifiers);
    let double = i >= 1 && chars.get(i - 1) == Some(&'双');
    let start = if negative { i - 1 } else { i };
    Some(Token {
        kind: TokenKind::Number,
        value: if negative { -q.value } else { q.value },
        value_high: None,
        unit: q.unit,
        span: (start, q.magnitude_end),
        phrase_start: if double { i - 1 } else { start },
        end: end_pos,
        display: (start, end_pos),
        qualifiers,
        double,
    })
}

/// `lo[unit]-hi unit`: the same unit on both ends (or only after the second).
fn range(text: Text<'_>, lo: &Digits, lo_q: &Quantity, i: usize, end: usize) -> Option<Token> {
    let chars = text.chars;
    let at = skip_spaces(chars, lo_q.end, end);
    let dash = text.at(at)?;
    if !matches!(dash, '-' | '—' | '~' | '至' | '到') {
        return None;
    }
    // 5—6% and 5——6% (a doubled dash).
    let mut b = at + 1;
    if dash == '—' && text.at(b) == Some('—') {
        b += 1;
    }
    let b = skip_spaces(chars, b, end);
    if !text.at(b).is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    let hi = digits(text, b, end)?;
    let mut qualifiers = Vec::new();
    let hi_q = quantity(text, &hi, end, &mut qualifiers)?;
    if !hi_q.has_unit && !hi_q.has_magnitude {
        return None;
    }
    if is_year(&hi, &hi_q) || is_year(lo, lo_q) {
        return None; // 2021-2025年
    }
    // The low end takes the unit of the high one when it has none (5-5.5%).
    let lo_value = if lo_q.has_unit || lo_q.has_magnitude {
        if lo_q.unit != hi_q.unit {
            return None;
        }
        lo_q.value
    } else {
        // 1-1.5万套: the magnitude folded into the high end applies to the low end too.
        lo.value * hi_q.folded
    };
    if lo_value > hi_q.value {
        return None;
    }
    let end_pos = trailing(chars, hi_q.end, end, &mut qualifiers);
    Some(Token {
        kind: TokenKind::Number,
        value: lo_value,
        value_high: Some(hi_q.value),
        unit: hi_q.unit,
        span: (i, hi_q.magnitude_end),
        phrase_start: i,
        end: end_pos,
        display: (i, end_pos),
        qualifiers,
        double: false,
    })
}
