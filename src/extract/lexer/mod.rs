//! The quantity lexer: finds the numbers in a sentence that state a quantity (Arabic numbers
//! with magnitudes and units, ranges, Chinese numerals in counting patterns, digitless
//! magnitudes such as 突破万亿元, fractions and 成 in words, ranks, 全覆盖), and skips those that
//! do not (years, dates, ordinals, names, slogans).

mod arabic;
mod words;

use crate::text::is_han;

/// What pattern a token came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// A number with its unit (8054个, 1.3万套, 5.5%, 5%-5.5%, 十二项, 百分之五, 突破万亿元).
    Number,
    /// 连续四年 / 连续11年 / 十连冠.
    Consecutive,
    /// 四分之一, 两成: a share.
    Fraction,
    /// 全市第一.
    Rank,
    /// 实现...全覆盖: 100%.
    FullCoverage,
}

/// One quantity found in a sentence. Offsets are absolute char offsets in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub kind: TokenKind,
    pub value: f64,
    /// The upper end of a range (5%-5.5%).
    pub value_high: Option<f64>,
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

impl Token {
    fn new(kind: TokenKind, value: f64, unit: &str, span: (usize, usize)) -> Token {
        Token {
            kind,
            value,
            value_high: None,
            unit: unit.to_string(),
            span,
            phrase_start: span.0,
            end: span.1,
            display: span,
            qualifiers: Vec::new(),
            double: false,
        }
    }
}

const AFTER_QUALIFIERS: &[&str] = &[
    "以上", "左右", "以内", "以下", "上下", "多", "余", "强", "弱",
];

/// The text a scan reads: folded chars for matching, the original for what folding hides (an
/// ASCII `,` in 6,000 against a folded `，`).
#[derive(Debug, Clone, Copy)]
pub struct Text<'a> {
    pub chars: &'a [char],
    pub original: &'a [char],
}

impl Text<'_> {
    fn at(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }

    fn rest(&self, i: usize, end: usize) -> &[char] {
        self.chars.get(i..end).unwrap_or(&[])
    }
}

/// Finds every quantity token in `chars[start..end]`.
pub fn scan(text: Text<'_>, start: usize, end: usize) -> Vec<Token> {
    let chars = text.chars;
    let mut out = Vec::new();
    let mut i = start;
    while i < end {
        let c = chars[i];
        let found = if c.is_ascii_digit() {
            arabic::number(text, start, i, end)
        } else {
            words::pattern(text, start, i, end)
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

/// Reads trailing qualifiers (以上, 左右 ...) at `at`; returns the new end.
fn trailing(chars: &[char], mut at: usize, end: usize, qualifiers: &mut Vec<String>) -> usize {
    'outer: loop {
        for q in AFTER_QUALIFIERS {
            if super::units::starts_with(chars.get(at..end).unwrap_or(&[]), q) {
                qualifiers.push((*q).to_string());
                at += q.chars().count();
                continue 'outer;
            }
        }
        return at;
    }
}

/// Numbers inside a short quoted name that modifies a following noun (“3个100”重点工程,
/// “0.1微克”行动, “1+6”文件) are names, not quantities. A quote closed by punctuation
/// (“双100%”; “十连冠”,) is a statement and stays.
fn in_quoted_name(chars: &[char], start: usize, end: usize, at: usize) -> bool {
    let open = (start..at)
        .rev()
        .find(|&k| matches!(chars[k], '“' | '”' | '"' | '「' | '」'));
    let Some(open) = open.filter(|&k| !matches!(chars[k], '”' | '」')) else {
        return false;
    };
    let Some(close) = (at..end).find(|&k| matches!(chars[k], '”' | '“' | '"' | '「' | '」'))
    else {
        return false;
    };
    if matches!(chars[close], '“' | '「') || close - open > 13 {
        return false;
    }
    chars.get(close + 1).is_some_and(|&c| is_han(c))
}

#[cfg(test)]
mod tests;
