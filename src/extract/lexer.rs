//! The quantity lexer: finds the numbers in a sentence that state a quantity (Arabic numbers
//! with magnitudes and units, Chinese numerals in counting patterns, fractions in words, ranks,
//! 全覆盖), and skips those that do not (years, dates, ordinals, names, slogans).

use super::units::{
    ends_with, is_not_quantity_unit, keeps_magnitude, magnitude_at, starts_with, unit_at,
};
use crate::text::{is_chinese_numeral, is_han, parse_chinese_numeral};

/// What pattern a token came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// An Arabic number with its unit (8054个, 1.3万套, 5.5%).
    Number,
    /// 连续四年 / 连续11年 / 十连冠.
    Consecutive,
    /// 四分之一 as a share.
    Fraction,
    /// 全市第一.
    Rank,
    /// 实现...全覆盖: 100%.
    FullCoverage,
}

/// One quantity found in a sentence. Offsets are absolute char offsets in the report.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub kind: TokenKind,
    pub value: f64,
    pub unit: String,
    /// The number with its magnitude characters (`1.3万`), or the pattern's core (`全覆盖`).
    pub span: (usize, usize),
    /// Where the subject phrase before the token ends (the start of `连续`, `居全市`...).
    pub phrase_start: usize,
    /// The end of everything the token consumed (unit and trailing qualifiers).
    pub end: usize,
    /// Where the value as written stands, with unit and trailing qualifiers (`1300余家`,
    /// `7%左右`, `全市第一`).
    pub display: (usize, usize),
    /// Qualifiers written inside or after the quantity (余, 以上, 左右, 以内, 强 ...).
    pub qualifiers: Vec<String>,
    /// Written as 双100% (two ratios at once).
    pub double: bool,
}

const AFTER_QUALIFIERS: &[&str] = &[
    "以上", "左右", "以内", "以下", "上下", "多", "余", "强", "弱",
];
const RANK_CONTEXT: &[&str] = &[
    "全市",
    "全国",
    "全区",
    "全省",
    "城六区",
    "居",
    "位居",
    "排名",
    "位列",
];

/// Finds every quantity token in `chars[start..end]` (folded text).
pub fn scan(chars: &[char], start: usize, end: usize) -> Vec<Token> {
    let mut out = Vec::new();
    let mut i = start;
    while i < end {
        let c = chars[i];
        let prev = if i > start {
            chars.get(i - 1).copied()
        } else {
            None
        };
        let found = if c.is_ascii_digit() && !prev.is_some_and(|p| p.is_ascii_digit() || p == '.') {
            arabic(chars, start, i, end)
        } else if c == '连' && starts_with(&chars[i..end], "连续") {
            consecutive_years(chars, i, end)
        } else if is_chinese_numeral(c) && !prev.is_some_and(is_chinese_numeral) {
            chinese_pattern(chars, i, end)
        } else if c == '第' {
            rank(chars, start, i, end)
        } else if c == '全' && starts_with(&chars[i..end], "全覆盖") {
            full_coverage(chars, start, i)
        } else {
            None
        };
        match found {
            Some(token) if !in_quoted_name(chars, start, end, token.span.0) => {
                i = token.end.max(i + 1);
                out.push(token);
            }
            _ => i += 1,
        }
    }
    out
}

fn text(chars: &[char], a: usize, b: usize) -> String {
    chars
        .get(a..b)
        .map(|s| s.iter().collect())
        .unwrap_or_default()
}

/// Reads trailing qualifiers (以上, 左右 ...) at `at`; returns the new end.
fn trailing(chars: &[char], mut at: usize, end: usize, qualifiers: &mut Vec<String>) -> usize {
    'outer: loop {
        for q in AFTER_QUALIFIERS {
            if starts_with(chars.get(at..end).unwrap_or(&[]), q) {
                qualifiers.push((*q).to_string());
                at += q.chars().count();
                continue 'outer;
            }
        }
        return at;
    }
}

fn arabic(chars: &[char], sentence_start: usize, i: usize, end: usize) -> Option<Token> {
    let mut j = i;
    while j < end && chars[j].is_ascii_digit() {
        j += 1;
    }
    if j + 1 < end && chars[j] == '.' && chars[j + 1].is_ascii_digit() {
        j += 1;
        while j < end && chars[j].is_ascii_digit() {
            j += 1;
        }
    }
    let digits = text(chars, i, j);
    let number = crate::text::parse_decimal(&digits)?;
    let prev = if i > sentence_start {
        chars.get(i - 1).copied()
    } else {
        None
    };
    if prev.is_some_and(|p| p.is_ascii_alphabetic() || p == '-' || p == '/' || p == '+') {
        return None; // IPV6, model names, dates, 1+6
    }
    if prev == Some('第') {
        return rank(chars, sentence_start, i - 1, end);
    }
    let next = chars.get(j).copied();
    if next.is_some_and(|n| matches!(n, '-' | '+' | ':' | '/')) {
        return None; // 1-2, 1+6, 10:30, dates
    }
    let mut qualifiers = Vec::new();
    let mut k = j;
    let magnitude = magnitude_at(chars.get(k..end).unwrap_or(&[]));
    let span_end = k + magnitude.map_or(0, |(n, _)| n);
    k = span_end;
    let mut k2 = trailing_some(chars, k, end, &["余", "多"], &mut qualifiers);
    let unit = chars.get(k2..end).and_then(unit_at);
    if unit.is_some_and(is_not_quantity_unit) {
        return None;
    }
    if unit.is_none() && magnitude.is_none() {
        return None;
    }
    let is_year = digits.len() == 4 && (1900.0..=2100.0).contains(&number);
    if is_year && magnitude.is_none() && matches!(unit, None | Some("年")) {
        return None; // 2024年是, 2022年以来: a year label
    }
    if unit.is_some_and(|u| u.is_ascii()) && unit != Some("%") {
        // PB, TB: must not run into more Latin letters (6GHz is not 6 GB).
        let after = k2 + unit.map_or(0, |u| u.chars().count());
        if chars.get(after).is_some_and(|c| c.is_ascii_alphanumeric()) {
            return None;
        }
    }
    if unit.is_none() && next.is_some_and(|n| n.is_ascii_alphabetic()) {
        return None;
    }
    let unit = unit.unwrap_or("");
    k2 += unit.chars().count();
    let end_pos = trailing(chars, k2, end, &mut qualifiers);
    let magnitude_text = text(chars, j, span_end);
    let (value, unit_out) = match magnitude {
        Some((_, factor)) if !keeps_magnitude(&magnitude_text, unit) => {
            (number * factor, unit.to_string())
        }
        Some(_) => (number, format!("{magnitude_text}{unit}")),
        None => (number, unit.to_string()),
    };
    let double = i >= 1 && chars.get(i - 1) == Some(&'双');
    Some(Token {
        kind: TokenKind::Number,
        value,
        unit: unit_out,
        span: (i, span_end),
        phrase_start: if double { i - 1 } else { i },
        end: end_pos,
        display: (i, end_pos),
        qualifiers,
        double,
    })
}

fn trailing_some(
    chars: &[char],
    mut at: usize,
    end: usize,
    set: &[&str],
    out: &mut Vec<String>,
) -> usize {
    for q in set {
        if starts_with(chars.get(at..end).unwrap_or(&[]), q) {
            out.push((*q).to_string());
            at += q.chars().count();
        }
    }
    at
}

/// 连续四年 / 连续11年.
fn consecutive_years(chars: &[char], i: usize, end: usize) -> Option<Token> {
    let n_start = i + 2;
    let mut n_end = n_start;
    while n_end < end && (is_chinese_numeral(chars[n_end]) || chars[n_end].is_ascii_digit()) {
        n_end += 1;
    }
    if n_end == n_start || chars.get(n_end) != Some(&'年') {
        return None;
    }
    let numeral = chars.get(n_start..n_end)?;
    let value = if numeral.iter().all(char::is_ascii_digit) {
        crate::text::parse_decimal(&text(chars, n_start, n_end))?
    } else {
        f64::from(parse_chinese_numeral(numeral)?)
    };
    Some(Token {
        kind: TokenKind::Consecutive,
        value,
        unit: String::from("年"),
        span: (n_start, n_end),
        phrase_start: i,
        end: n_end + 1,
        display: (i, n_end + 1),
        qualifiers: vec![String::from("连续")],
        double: false,
    })
}

/// Chinese numerals in counting patterns: 十连冠, 四分之一(强).
fn chinese_pattern(chars: &[char], i: usize, end: usize) -> Option<Token> {
    let mut j = i;
    while j < end && is_chinese_numeral(chars[j]) {
        j += 1;
    }
    let first = f64::from(parse_chinese_numeral(chars.get(i..j)?)?);
    let rest = chars.get(j..end)?;
    if starts_with(rest, "连冠") {
        return Some(Token {
            kind: TokenKind::Consecutive,
            value: first,
            unit: String::from("连冠"),
            span: (i, j),
            phrase_start: i,
            end: j + 2,
            display: (i, j + 2),
            qualifiers: Vec::new(),
            double: false,
        });
    }
    if starts_with(rest, "分之") {
        let n_start = j + 2;
        let mut n_end = n_start;
        while n_end < end && is_chinese_numeral(chars[n_end]) {
            n_end += 1;
        }
        let numerator = f64::from(parse_chinese_numeral(chars.get(n_start..n_end)?)?);
        if first == 0.0 {
            return None;
        }
        let mut qualifiers = Vec::new();
        let after = trailing(chars, n_end, end, &mut qualifiers);
        return Some(Token {
            kind: TokenKind::Fraction,
            value: numerator / first * 100.0,
            unit: String::from("%"),
            span: (i, n_end),
            phrase_start: i,
            end: after,
            display: (i, after),
            qualifiers,
            double: false,
        });
    }
    None
}

/// 居全市第一 / 全国第2: a rank, when a ranking context precedes 第 and the clause ends after it.
fn rank(chars: &[char], sentence_start: usize, at: usize, end: usize) -> Option<Token> {
    let before = chars.get(sentence_start..at)?;
    let context = RANK_CONTEXT.iter().find(|c| ends_with(before, c))?;
    let mut phrase_start = at - context.chars().count();
    for verb in ["居", "位居", "稳居", "位列", "保持"] {
        if ends_with(chars.get(sentence_start..phrase_start)?, verb) && !context.ends_with('居') {
            phrase_start -= verb.chars().count();
            break;
        }
    }
    let n_start = at + 1;
    let mut n_end = n_start;
    while n_end < end && (is_chinese_numeral(chars[n_end]) || chars[n_end].is_ascii_digit()) {
        n_end += 1;
    }
    let numeral = chars.get(n_start..n_end)?;
    if numeral.is_empty() {
        return None;
    }
    let value = if numeral.iter().all(char::is_ascii_digit) {
        crate::text::parse_decimal(&text(chars, n_start, n_end))?
    } else {
        f64::from(parse_chinese_numeral(numeral)?)
    };
    let mut stop = n_end;
    if chars.get(stop).is_some_and(|c| matches!(c, '名' | '位')) {
        stop += 1;
    }
    if stop < end && !matches!(chars[stop], ',' | '、' | ':' | ')' | '。' | ';') {
        return None; // 第四次全国文物普查, 第五期: ordinals, not ranks
    }
    let display_start = at - context.chars().count();
    Some(Token {
        kind: TokenKind::Rank,
        value,
        unit: String::from("名"),
        span: (at, n_end),
        phrase_start,
        end: stop,
        display: (display_start, stop),
        qualifiers: Vec::new(),
        double: false,
    })
}

/// 实现...全覆盖 states a coverage of 100%; 全覆盖 without 实现 in its clause (a problem to solve,
/// an activity) is not a quantity.
fn full_coverage(chars: &[char], sentence_start: usize, at: usize) -> Option<Token> {
    let clause_start = (sentence_start..at)
        .rev()
        .find(|&k| matches!(chars[k], ',' | ':' | ';' | '。'))
        .map_or(sentence_start, |k| k + 1);
    let clause = chars.get(clause_start..at)?;
    let achieved =
        super::units::starts_with(clause, "实现") || clause.windows(2).any(|w| w == ['实', '现']);
    if !achieved {
        return None;
    }
    Some(Token {
        kind: TokenKind::FullCoverage,
        value: 100.0,
        unit: String::from("%"),
        span: (at, at + 3),
        phrase_start: at,
        end: at + 3,
        display: (at, at + 3),
        qualifiers: vec![String::from("全覆盖")],
        double: false,
    })
}

/// Numbers inside a short quoted name that modifies a following noun (“3个100”重点工程,
/// “0.1微克”行动, “1+6”文件) are names, not quantities. A quote closed by punctuation
/// (“双100%”; “十连冠”,) is a statement and stays.
fn in_quoted_name(chars: &[char], start: usize, end: usize, at: usize) -> bool {
    let open = (start..at)
        .rev()
        .find(|&k| matches!(chars[k], '“' | '”' | '"'));
    let Some(open) = open.filter(|&k| chars[k] != '”') else {
        return false;
    };
    let Some(close) = (at..end).find(|&k| matches!(chars[k], '”' | '“' | '"')) else {
        return false;
    };
    if chars[close] == '“' || close - open > 13 {
        return false;
    }
    chars.get(close + 1).is_some_and(|&c| is_han(c))
}

#[cfg(test)]
mod tests;
