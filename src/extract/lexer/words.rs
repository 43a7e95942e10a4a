//! Quantities written in words: counts in Chinese numerals (十二项, 十件), 连续四年 and 十连冠,
//! fractions (四分之一, 两成), percentages in words (百分之五点一), digitless magnitudes (突破万亿元,
//! 迈上千亿元台阶), ranks (居全市第一) and 实现…全覆盖.

use super::{trailing, Text, Token, TokenKind};
use crate::extract::units::{ends_with, starts_with, unit_at};
use crate::text::{chinese_digit, is_chinese_numeral, is_han, parse_chinese_numeral};

const RANK_CONTEXT: &[&str] = &[
    "跃升至",
    "上升至",
    "提升至",
    "升至",
    "全市各区",
    "全市",
    "全国",
    "全区",
    "全省",
    "城六区",
    "跃居",
    "居",
    "位居",
    "排名",
    "位列",
];

/// Units that a count in Chinese numerals takes (十二项, 三个, 十件); 三大工程, 五期, 二十届
/// and 五棵松 are names and ordinals.
const COUNTED_IN_WORDS: &[&str] = &[
    "个", "项", "件", "所", "家", "条", "座", "款", "大类", "类", "处", "场", "套", "张", "部",
    "台", "名",
];

/// Verbs before a digitless magnitude (突破万亿元): they make it a quantity.
const MAGNITUDE_VERBS: &[&str] = &[
    "突破", "迈上", "跨上", "迈入", "跨入", "站上", "超过", "达到",
];

/// A pattern in words starting at `i`.
pub fn pattern(text: Text<'_>, start: usize, i: usize, end: usize) -> Option<Token> {
    let chars = text.chars;
    let c = chars[i];
    let prev = (i > start).then(|| chars[i - 1]);
    if c == '连' && starts_with(text.rest(i, end), "连续") {
        return consecutive_years(text, i, end);
    }
    if c == '第' {
        return rank(text, start, i, end);
    }
    if c == '全' && starts_with(text.rest(i, end), "全覆盖") {
        return full_coverage(chars, start, i);
    }
    if c == '百' && starts_with(text.rest(i, end), "百分之") {
        return percent_in_words(text, i, end);
    }
    if matches!(c, '万' | '千' | '百' | '亿' | '兆') {
        if let Some(t) = digitless_magnitude(text, start, i, end) {
            return Some(t);
        }
    }
    if is_chinese_numeral(c) && !prev.is_some_and(is_chinese_numeral) {
        return numeral_pattern(text, start, i, end);
    }
    None
}

/// A run of Chinese numerals (and 点 between digits) at `i`: its end.
fn numeral_end(chars: &[char], i: usize, end: usize) -> usize {
    let mut j = i;
    while j < end && (is_chinese_numeral(chars[j]) || (chars[j] == '点' && j > i)) {
        j += 1;
    }
    while j > i && chars[j - 1] == '点' {
        j -= 1;
    }
    j
}

/// 连续四年 / 连续11年.
fn consecutive_years(text: Text<'_>, i: usize, end: usize) -> Option<Token> {
    let chars = text.chars;
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
        crate::text::parse_decimal(&numeral.iter().collect::<String>())?
    } else {
        parse_chinese_numeral(numeral)?
    };
    let mut t = Token::new(TokenKind::Consecutive, value, "年", (n_start, n_end));
    t.phrase_start = i;
    t.end = n_end + 1;
    t.display = (i, n_end + 1);
    t.qualifiers = vec![String::from("连续")];
    Some(t)
}

/// Chinese numerals in counting patterns: 十连冠, 四分之一(强), 两成, 十二项.
fn numeral_pattern(text: Text<'_>, start: usize, i: usize, end: usize) -> Option<Token> {
    let chars = text.chars;
    let j = numeral_end(chars, i, end);
    let numeral = chars.get(i..j)?;
    let rest = text.rest(j, end);
    if starts_with(rest, "连冠") {
        let value = parse_chinese_numeral(numeral)?;
        let mut t = Token::new(TokenKind::Consecutive, value, "连冠", (i, j));
        t.end = j + 2;
        t.display = (i, j + 2);
        return Some(t);
    }
    if starts_with(rest, "分之") {
        let denominator = parse_chinese_numeral(numeral)?;
        let n_start = j + 2;
        let n_end = numeral_end(chars, n_start, end);
        let numerator = parse_chinese_numeral(chars.get(n_start..n_end)?)?;
        if denominator == 0.0 {
            return None;
        }
        let mut t = Token::new(
            TokenKind::Fraction,
            numerator / denominator * 100.0,
            "%",
            (i, n_end),
        );
        let mut qualifiers = Vec::new();
        t.end = trailing(chars, n_end, end, &mut qualifiers);
        t.display = (i, t.end);
        t.qualifiers = qualifiers;
        return Some(t);
    }
    // 两成, 近三成: one digit and 成, then not a word that makes 成 a verb (建成, 一成不变).
    if numeral.len() == 1 && rest.first() == Some(&'成') {
        let d = chinese_digit(numeral[0]).filter(|&d| d > 0)?;
        let after = rest.get(1).copied();
        let word_follows = after
            .is_some_and(|c| is_han(c) && !matches!(c, '以' | '左' | '多' | '的' | '和' | '、'));
        if word_follows {
            return None;
        }
        let mut t = Token::new(TokenKind::Fraction, f64::from(d) * 10.0, "%", (i, j + 1));
        let mut qualifiers = Vec::new();
        t.end = trailing(chars, j + 1, end, &mut qualifiers);
        t.display = (i, t.end);
        t.qualifiers = qualifiers;
        return Some(t);
    }
    counted(text, start, i, j, end)
}

/// A count in numerals (十二项, 三个, 十件): two or more, followed by a counting unit, and not
/// one of the genre's slogans (in quotes, or a bare 一/两 that names rather than counts).
fn counted(text: Text<'_>, start: usize, i: usize, j: usize, end: usize) -> Option<Token> {
    let chars = text.chars;
    let numeral = chars.get(i..j)?;
    if numeral.len() == 1 && matches!(numeral[0], '一' | '二' | '零' | '〇') {
        return None; // 一批, 一个目标: not counts
    }
    // 两万亿元, 三百万元: a numeral with a magnitude and a unit is an amount.
    if let Some((n, _, m)) = crate::extract::units::magnitude_at(text.rest(j, end)) {
        let unit = unit_at(text.rest(j + n, end))?;
        let value = parse_chinese_numeral(numeral)?;
        let unit_text = format!("{m}{}", unit.text);
        let after_unit = j + n + unit.written.chars().count();
        let mut t = Token::new(TokenKind::Number, value, &unit_text, (i, j + n));
        let mut qualifiers = Vec::new();
        t.end = trailing(chars, after_unit, end, &mut qualifiers);
        t.display = (i, t.end);
        t.qualifiers = qualifiers;
        return Some(t);
    }
    let unit = unit_at(text.rest(j, end))?;
    // Units that count in words in the genre; others name places and things (五棵松, 三里河).
    if !COUNTED_IN_WORDS.contains(&unit.text.as_str()) {
        return None;
    }
    let value = parse_chinese_numeral(numeral)?;
    if value < 2.0 {
        return None;
    }
    // A numeral inside a word (十四五, 二十大) or after 第 is not a count.
    if i > start && matches!(chars[i - 1], '第' | '“' | '"' | '「') {
        return None;
    }
    let after_unit = j + unit.written.chars().count();
    // 六个方面, 八个方面重点任务: how a report is organised, not a figure.
    if text.rest(after_unit, end).starts_with(&['方', '面']) {
        return None;
    }
    let mut t = Token::new(TokenKind::Number, value, &unit.text, (i, j));
    let mut qualifiers = Vec::new();
    t.end = trailing(chars, after_unit, end, &mut qualifiers);
    t.display = (i, t.end);
    t.qualifiers = qualifiers;
    Some(t)
}

/// 百分之五, 百分之五点一.
fn percent_in_words(text: Text<'_>, i: usize, end: usize) -> Option<Token> {
    let chars = text.chars;
    let n_start = i + 3;
    let n_end = numeral_end(chars, n_start, end);
    let value = parse_chinese_numeral(chars.get(n_start..n_end)?)?;
    let mut t = Token::new(TokenKind::Number, value, "%", (i, n_end));
    let mut qualifiers = Vec::new();
    t.end = trailing(chars, n_end, end, &mut qualifiers);
    t.display = (i, t.end);
    t.qualifiers = qualifiers;
    Some(t)
}

/// 突破万亿元 (1 万亿元), 迈上千亿元台阶 (1000 亿元), 首次突破百亿元 (100 亿元): a magnitude
/// without digits after a verb of reaching.
fn digitless_magnitude(text: Text<'_>, start: usize, i: usize, end: usize) -> Option<Token> {
    let chars = text.chars;
    let before = chars.get(start..i)?;
    let verb = MAGNITUDE_VERBS.iter().find(|v| ends_with(before, v))?;
    let rest = text.rest(i, end);
    let (n, value, unit): (usize, f64, &str) = match rest {
        ['万', '亿', '元', ..] => (3, 1.0, "万亿元"),
        ['千', '亿', '元', ..] => (3, 1000.0, "亿元"),
        ['百', '亿', '元', ..] => (3, 100.0, "亿元"),
        ['亿', '元', ..] => (2, 1.0, "亿元"),
        ['万', '亿', ..] | ['兆', ..] => (if rest[0] == '兆' { 1 } else { 2 }, 1.0, "万亿"),
        ['千', '亿', ..] => (2, 1000.0, "亿"),
        ['百', '亿', ..] => (2, 100.0, "亿"),
        _ => return None,
    };
    let mut t = Token::new(TokenKind::Number, value, unit, (i, i + n));
    t.display = (i, i + n);
    t.qualifiers = vec![(*verb).to_string()];
    Some(t)
}

/// 居全市第一 / 全国第2: a rank, when a ranking context precedes 第 and the clause ends after it.
pub fn rank(text: Text<'_>, sentence_start: usize, at: usize, end: usize) -> Option<Token> {
    let chars = text.chars;
    let before = chars.get(sentence_start..at)?;
    // 第9位 and 第二名 are ranks by themselves; 第N without them needs a ranking word before.
    let numeral_len = chars
        .get(at + 1..end)?
        .iter()
        .take_while(|c| is_chinese_numeral(**c) || c.is_ascii_digit())
        .count();
    let placed = matches!(chars.get(at + 1 + numeral_len), Some('位' | '名')) && numeral_len > 0;
    let context = match RANK_CONTEXT.iter().find(|c| ends_with(before, c)) {
        Some(c) => *c,
        None if placed => "",
        None => return None,
    };
    let mut phrase_start = at - context.chars().count();
    for verb in ["居", "位居", "稳居", "位列", "保持", "跃居"] {
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
        crate::text::parse_decimal(&numeral.iter().collect::<String>())?
    } else {
        parse_chinese_numeral(numeral)?
    };
    let mut stop = n_end;
    if chars.get(stop).is_some_and(|c| matches!(c, '名' | '位')) {
        stop += 1;
    }
    if stop < end && !matches!(chars[stop], ',' | '、' | ':' | ')' | '。' | ';' | ' ') {
        return None; // 第四次全国文物普查, 第五期: ordinals, not ranks
    }
    let display_start = at - context.chars().count();
    let mut t = Token::new(TokenKind::Rank, value, "名", (at, n_end));
    t.phrase_start = phrase_start;
    t.end = stop;
    t.display = (display_start, stop);
    Some(t)
}

/// 实现...全覆盖 states a coverage of 100%; 全覆盖 without 实现 in its clause (a problem to solve,
/// an activity) is not a quantity.
fn full_coverage(chars: &[char], sentence_start: usize, at: usize) -> Option<Token> {
    let clause_start = (sentence_start..at)
        .rev()
        .find(|&k| matches!(chars[k], ',' | ':' | ';' | '。'))
        .map_or(sentence_start, |k| k + 1);
    let clause = chars.get(clause_start..at)?;
    if !clause.windows(2).any(|w| w == ['实', '现']) {
        return None;
    }
    let mut t = Token::new(TokenKind::FullCoverage, 100.0, "%", (at, at + 3));
    t.qualifiers = vec![String::from("全覆盖")];
    Some(t)
}
