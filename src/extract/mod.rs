//! Indicator extraction: finds every quantity in a parsed text and says what it measures, which
//! year it is about and in which role (result, estimate, target), and exactly where it stands.
//!
//! Rules a reader of the output should know (docs/extraction.md has them all):
//! - A figure's year comes from the nearest context that states it (`years`): its clause or
//!   sentence, its paragraph, its section heading, the part of its document; a year nothing
//!   states is null, with the reason.
//! - 预计 governs every quantity after it up to the end of its sentence (`。` or `;`), not those
//!   before it: those quantities are estimates and carry 预计 among their qualifiers.
//! - In the plan part (and in the headline targets paragraph) every quantity is a target, unless
//!   its sentence dates it before the document's year (`role`).
//! - A percent change written with 下降, 减少, 降低 or 回落 is negative; a level is not.
//! - 分别 maps a list of subjects (开工、完工面积) onto the list of numbers that follows it.

mod classify;
pub mod lexer;
mod paragraphs;
mod role;
mod table;
pub mod units;
pub mod words;
pub mod years;

use crate::model::{Category, Measure, Part, Period, SourceSpan, Status, YearBasis};
use crate::report::{Document, Paragraph, Report, Sentence};
use lexer::{Token, TokenKind};
use words::{ends_with_verb, following_phrase, is_anaphoric, strip, Stripped};
use years::{Placed, Scanner};

/// A quantity found in the text, before the dataset gives it an id and a series.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub subject: String,
    pub value: f64,
    pub value_high: Option<f64>,
    pub unit: String,
    pub display: String,
    pub year: Option<i32>,
    pub year_basis: YearBasis,
    pub year_note: String,
    pub period: Option<Period>,
    pub measure: Measure,
    pub status: Status,
    pub qualifiers: Vec<String>,
    pub section: String,
    pub part: Part,
    pub category: Category,
    /// Index of the document in `Report::documents`.
    pub document: usize,
    pub span: SourceSpan,
    pub quote: String,
    pub quote_span: SourceSpan,
    /// Index (in the output) of the first quantity of the same sentence.
    pub sentence_first: usize,
    /// Index (in the output) of the quantity whose subject this one continues, if any
    /// (增长13% after 2万亿元; 累计分别达到 after 新增).
    pub continues: Option<usize>,
}

pub use paragraphs::extract;

pub(crate) struct SentenceContext<'a> {
    report: &'a Report,
    document: &'a Document,
    paragraph: &'a Paragraph,
    sentence: Sentence,
    section_category: Category,
    /// The year and role handed on by a headline or a list's lead.
    inherited: Option<&'a role::Carried>,
    /// A table column's role and year, for the figures of a table row.
    column: Option<table::Column>,
}

/// The subject and words worked out for one token.
pub(crate) struct Reading {
    stripped: Stripped,
    subject: String,
    /// The noun a following 规模/占比/增长 refers back to.
    noun: String,
    continues: Option<usize>,
}

impl SentenceContext<'_> {
    pub(crate) fn extract_into(
        &self,
        tokens: &[Token],
        scanner: &mut Scanner,
        out: &mut Vec<Found>,
    ) {
        let chars = &self.report.chars;
        let first = out.len();
        let mut readings: Vec<Reading> = Vec::with_capacity(tokens.len());
        let mut followings: Vec<String> = Vec::with_capacity(tokens.len());
        for (t, token) in tokens.iter().enumerate() {
            let clause_start = (self.sentence.start..token.phrase_start)
                .rev()
                .find(|&k| matches!(chars[k], ',' | ':'))
                .map_or(self.sentence.start, |k| k + 1);
            let prev = t.checked_sub(1).and_then(|p| tokens.get(p));
            let seg_start = prev
                .map_or(clause_start, |p| p.end.max(clause_start))
                .min(token.phrase_start);
            let mut raw = chars.get(seg_start..token.phrase_start).unwrap_or(&[]);
            let following = following_phrase(chars, token.end, self.sentence.end);
            let prev_in_clause = prev.is_some_and(|p| p.end >= clause_start);
            if prev_in_clause && !token.double {
                // The text between two numbers of one clause: the previous number's noun and
                // predicate run up to the last 、 (43个教育集团、涵盖155所学校).
                let prev_noun: Vec<char> = t
                    .checked_sub(1)
                    .and_then(|p| followings.get(p))
                    .map_or(Vec::new(), |f| f.chars().collect());
                if !prev_noun.is_empty() && raw.starts_with(&prev_noun) {
                    raw = raw.get(prev_noun.len()..).unwrap_or(&[]);
                }
                if let Some(k) = raw.iter().rposition(|&c| c == '、') {
                    raw = raw.get(k + 1..).unwrap_or(&[]);
                }
            }
            let mut stripped = strip(raw);
            // A digest's item 经济增长：5.5%以上 or 一般公共预算收入：力争增长3%: nothing of a
            // subject after the colon, so the label before it is the subject.
            if stripped.core.is_empty()
                && clause_start > self.sentence.start
                && chars.get(clause_start - 1) == Some(&':')
            {
                let label_start = (self.sentence.start..clause_start - 1)
                    .rev()
                    .find(|&k| matches!(chars[k], ',' | ':'))
                    .map_or(self.sentence.start, |k| k + 1);
                let label = strip(chars.get(label_start..clause_start - 1).unwrap_or(&[]));
                if !label.core.is_empty() {
                    stripped.core = label.core;
                    stripped.growth = stripped.growth.or(label.growth);
                    let mut qualifiers = label.qualifiers;
                    qualifiers.append(&mut stripped.qualifiers);
                    stripped.qualifiers = qualifiers;
                }
            }
            let core = stripped.core.clone();
            let prev_index = t.checked_sub(1).map(|p| first + p);
            let counted_noun_follows = is_measure_word(&token.unit) && !following.is_empty();
            let mut noun = None;
            let (subject, continues) = if token.kind == TokenKind::FullCoverage {
                (format!("{}覆盖", core.replace("实现", "")), None)
            } else if token.kind == TokenKind::Consecutive && token.unit == "年" {
                noun = Some(core.clone());
                (format!("{core}{following}"), None)
            } else if core.is_empty() && !following.is_empty() {
                (following.clone(), None)
            } else if is_anaphoric(&core) || is_short_rate(&core) {
                match readings.last() {
                    Some(r) => (join_anaphor(&r.noun, &core), prev_index),
                    None if !following.is_empty() => (format!("{following}{core}"), None),
                    None => (core.clone(), None),
                }
            } else if ends_with_verb(&core) && following.is_empty() && prev_in_clause {
                let r = readings.last().map_or(String::new(), |r| r.noun.clone());
                (format!("{r}{core}"), prev_index)
            } else if counted_noun_follows || (ends_with_verb(&core) && !following.is_empty()) {
                (format!("{core}{following}"), None)
            } else {
                (core.clone(), None)
            };
            let noun = noun.unwrap_or_else(|| base_subject(&subject));
            followings.push(following);
            readings.push(Reading {
                stripped,
                subject,
                noun,
                continues,
            });
        }
        distribute_respectively(tokens, chars, &mut readings, first);
        for (token, reading) in tokens.iter().zip(readings) {
            scanner.advance(chars, token.span.0);
            let placed = scanner.place(chars, token.phrase_start, token.span.0);
            self.push(token, reading, &placed, first, out);
        }
    }

    pub(crate) fn push(
        &self,
        token: &Token,
        reading: Reading,
        placed: &Placed,
        first: usize,
        out: &mut Vec<Found>,
    ) {
        let chars = &self.report.chars;
        let before = chars.get(self.sentence.start..token.span.0).unwrap_or(&[]);
        let estimated = before.windows(2).any(|w| w == ['预', '计']);
        let p = self.paragraph;
        let part = if p.headline_targets {
            Part::Plan
        } else {
            p.part
        };
        let dated = role::Dated::new(self.document, p, part, placed, self.inherited);
        let after = role::cue_after(chars, token.end);
        let cue = match after {
            role::Cue::None => role::cue(chars, self.sentence.start, token.phrase_start, part),
            c => c,
        };
        let status = match self.column.and_then(|c| c.status) {
            Some(s) => s,
            None => role::status(&dated, cue),
        };
        let (year, year_basis, year_note) = dated.year_for(status);
        let mut qualifiers = reading.stripped.qualifiers.clone();
        if estimated && !qualifiers.iter().any(|q| q == "预计") {
            qualifiers.insert(0, String::from("预计"));
        }
        qualifiers.extend(token.qualifiers.iter().cloned());
        qualifiers.dedup();
        let subjects: Vec<String> = if token.double && reading.subject.contains('、') {
            reading.subject.split('、').map(str::to_string).collect()
        } else {
            vec![reading.subject.clone()]
        };
        for subject in subjects {
            let measure = classify::measure(token, &subject, reading.stripped.growth, &qualifiers);
            let down = measure == Measure::Growth && reading.stripped.growth == Some(true);
            let sign = if down { -1.0 } else { 1.0 };
            // A falling range (下降2%-3%) keeps its low end first: -3 .. -2.
            let (value, value_high) = match token.value_high {
                Some(high) if down => (-high, Some(-token.value)),
                high => (token.value, high),
            };
            let value = if down && token.value_high.is_none() {
                sign * token.value
            } else {
                value
            };
            out.push(Found {
                category: classify::category(&subject, self.section_category),
                subject,
                value,
                value_high,
                unit: token.unit.clone(),
                display: self.report.original_text(token.display.0, token.display.1),
                year,
                year_basis,
                year_note: year_note.clone(),
                period: placed.period,
                measure,
                status,
                qualifiers: qualifiers.clone(),
                section: p.section.clone(),
                part,
                document: p.document,
                span: SourceSpan {
                    start: token.span.0,
                    end: token.span.1,
                },
                quote: self
                    .report
                    .original_text(self.sentence.start, self.sentence.end),
                quote_span: SourceSpan {
                    start: self.sentence.start,
                    end: self.sentence.end,
                },
                sentence_first: first,
                continues: reading.continues,
            });
        }
    }
}

/// `开工、完工面积分别增长130.19%、30.33%`: a 分别 token heads a group of tokens joined by `、`;
/// its subject list is spread over the group (开工面积, 完工面积). Without a list
/// (`累计分别达到1049座、9426个`) the group continues the subjects of the tokens just before it.
fn distribute_respectively(
    tokens: &[Token],
    chars: &[char],
    readings: &mut [Reading],
    first: usize,
) {
    let mut t = 0;
    while t < tokens.len() {
        let head_respectively = readings.get(t).is_some_and(|r| r.stripped.respectively);
        if !head_respectively {
            t += 1;
            continue;
        }
        let mut size = 1;
        while let (Some(a), Some(b)) = (tokens.get(t + size - 1), tokens.get(t + size)) {
            if chars.get(a.end) == Some(&'、') && b.phrase_start == a.end + 1 {
                size += 1;
            } else {
                break;
            }
        }
        let Some(head) = readings.get(t) else { break };
        let list: Vec<String> = head.stripped.core.split('、').map(str::to_string).collect();
        let subjects: Option<Vec<(String, Option<usize>)>> = if list.len() == size && size > 1 {
            Some(
                complete_list(&list)
                    .into_iter()
                    .map(|s| (s, None))
                    .collect(),
            )
        } else if head.stripped.core.is_empty() && t >= size {
            Some(
                (t - size..t)
                    .filter_map(|p| readings.get(p).map(|r| (r.noun.clone(), Some(first + p))))
                    .collect(),
            )
        } else {
            None
        };
        let (head_growth, head_qualifiers) =
            (head.stripped.growth, head.stripped.qualifiers.clone());
        if let Some(subjects) = subjects {
            for (k, (subject, continues)) in subjects.into_iter().enumerate() {
                if let Some(r) = readings.get_mut(t + k) {
                    r.subject = subject;
                    r.continues = continues;
                    r.stripped.growth = head_growth;
                    r.stripped.qualifiers = head_qualifiers.clone();
                }
            }
        }
        t += size;
    }
}

/// `开工、完工面积` -> 开工面积, 完工面积: items shorter than the last borrow its tail.
fn complete_list(list: &[String]) -> Vec<String> {
    let last = list.last().cloned().unwrap_or_default();
    list.iter()
        .map(|item| {
            let n = item.chars().count();
            let tail: String = last.chars().skip(n).collect();
            if item.chars().count() < last.chars().count() && !last.starts_with(item.as_str()) {
                format!("{item}{tail}")
            } else {
                item.clone()
            }
        })
        .collect()
}

/// Units that count things (个, 项, 家 ...): the counted noun often follows them.
fn is_measure_word(unit: &str) -> bool {
    matches!(
        unit,
        "个" | "项"
            | "家"
            | "条"
            | "座"
            | "处"
            | "所"
            | "件"
            | "名"
            | "户"
            | "套"
            | "张"
            | "部"
            | "宗"
            | "场"
            | "大"
    )
}

/// 完成率, 签约率: a rate named by its verb alone, which refers to the number before it.
fn is_short_rate(core: &str) -> bool {
    core.ends_with('率') && core.chars().count() <= 3
}

/// 地区生产总值 + 规模全市占比; 期房开工 + 开工率 -> 期房开工率 (no repeated verb).
fn join_anaphor(noun: &str, core: &str) -> String {
    if let Some(stem) = core.strip_suffix('率') {
        if !stem.is_empty() && noun.ends_with(stem) {
            return format!("{noun}率");
        }
    }
    format!("{noun}{core}")
}

/// The noun of a subject without the verbs of increment (充电桩新增 -> 充电桩).
fn base_subject(subject: &str) -> String {
    let mut s = subject.to_string();
    for verb in ["新增", "扩增", "挖潜"] {
        s = s.replace(verb, "");
    }
    s
}

#[cfg(test)]
mod tests;
