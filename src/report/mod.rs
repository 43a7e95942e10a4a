//! The structure of a government work report: front matter, the two parts (the review of the
//! past year and the plan for the coming one), section headings, the headline targets paragraph,
//! paragraphs and sentences. Page furniture (print dates, page numbers, web metadata) is dropped.

mod lines;
mod years;

use crate::model::Part;
use crate::text::{fold_char, is_sentence_end};
use lines::{classify_line, LineKind};

/// A paragraph of body text with the context its numbers inherit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// First char of the paragraph (inclusive).
    pub start: usize,
    /// End of the paragraph (exclusive).
    pub end: usize,
    pub part: Part,
    /// The nearest heading: a ■ heading, a chapter line, a ——lead-in, or 主要预期目标.
    pub section: String,
    /// The paragraph that lists the plan year's headline targets (主要预期目标).
    pub headline_targets: bool,
}

/// A sentence: the text between two sentence delimiters (`。`, `;`, `!`, `?`, line breaks),
/// delimiters excluded, surrounding spaces trimmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
}

/// A parsed report. `chars` is the width-folded text used for matching; `original` is the input
/// as given, used for quotes. Both have one entry per Unicode scalar value of the input.
#[derive(Debug, Clone)]
pub struct Report {
    pub chars: Vec<char>,
    pub original: Vec<char>,
    pub title: String,
    pub review_year: i32,
    pub plan_year: i32,
    pub paragraphs: Vec<Paragraph>,
    /// The input text, and the byte offset of each char in it (one more entry for the end).
    source: String,
    original_at: Vec<usize>,
}

impl Report {
    /// Reads the structure of a report. Never fails: text without recognisable parts is read
    /// as one review part (and the headline targets paragraph, if any, as plan).
    pub fn parse(text: &str) -> Report {
        // One pass: the chars as given and folded, and where each char starts in the UTF-8 of
        // both, so that quotes and lines are sliced from strings instead of rebuilt char by char.
        let n = text.chars().count();
        let mut original: Vec<char> = Vec::with_capacity(n);
        let mut chars: Vec<char> = Vec::with_capacity(n);
        let mut original_at: Vec<usize> = Vec::with_capacity(n + 1);
        let mut folded = String::with_capacity(text.len());
        let mut folded_at: Vec<usize> = Vec::with_capacity(n + 1);
        for (byte, c) in text.char_indices() {
            original_at.push(byte);
            folded_at.push(folded.len());
            let f = fold_char(c);
            original.push(c);
            chars.push(f);
            folded.push(f);
        }
        original_at.push(text.len());
        folded_at.push(folded.len());
        let line_ranges = split_lines(&chars);
        let kinds: Vec<LineKind> = line_ranges
            .iter()
            .map(|&(s, e)| {
                let line = folded_at
                    .get(s)
                    .zip(folded_at.get(e))
                    .and_then(|(&a, &b)| folded.get(a..b))
                    .unwrap_or("");
                classify_line(&chars[s..e], line)
            })
            .collect();
        let has_parts = kinds.iter().any(|k| matches!(k, LineKind::PartMarker(_)));
        let years = years::find_years(&chars, &line_ranges, &kinds);

        let mut title = String::new();
        let mut paragraphs = Vec::new();
        let mut part: Option<Part> = if has_parts { None } else { Some(Part::Review) };
        let mut section = String::new();
        for (&(start, end), kind) in line_ranges.iter().zip(&kinds) {
            let line = &chars[start..end];
            match kind {
                LineKind::Blank | LineKind::Furniture | LineKind::YearLabel(_) => {}
                LineKind::PartMarker(p) => {
                    part = Some(*p);
                    section = line.iter().collect::<String>().trim().to_string();
                }
                LineKind::Heading { text, body_from } => {
                    if part.is_none() {
                        if title.is_empty() || contains(line, "报告") {
                            title = text.clone();
                        }
                        continue;
                    }
                    section = text.clone();
                    if let (Some(p), Some(from)) = (part, body_from) {
                        paragraphs.push(body(start + from, end, p, &section, &chars));
                    }
                }
                LineKind::Body => {
                    let Some(p) = part else {
                        if title.is_empty() {
                            title = line.iter().collect::<String>().trim().to_string();
                        }
                        continue;
                    };
                    let lead_in = lines::lead_in(line);
                    let headline = contains(line, "主要预期目标");
                    let (p, sec) = if headline {
                        (Part::Plan, String::from("主要预期目标"))
                    } else if let Some(lead) = lead_in {
                        (p, lead)
                    } else {
                        (p, section.clone())
                    };
                    let mut para = body(start, end, p, &sec, &chars);
                    para.headline_targets = headline;
                    paragraphs.push(para);
                }
            }
        }
        Report {
            chars,
            original,
            source: text.to_string(),
            original_at,
            title,
            review_year: years.0,
            plan_year: years.1,
            paragraphs,
        }
    }

    /// The sentences of a paragraph, in order.
    pub fn sentences(&self, paragraph: &Paragraph) -> Vec<Sentence> {
        let mut out = Vec::new();
        let mut start = paragraph.start;
        for i in paragraph.start..=paragraph.end {
            let at_end =
                i == paragraph.end || self.chars.get(i).is_none_or(|&c| is_sentence_end(c));
            if at_end {
                if let Some(s) = trimmed(&self.chars, start, i) {
                    out.push(s);
                }
                start = i + 1;
            }
        }
        out
    }

    /// The original text of a range.
    pub fn original_text(&self, start: usize, end: usize) -> String {
        self.original_at
            .get(start)
            .zip(self.original_at.get(end))
            .and_then(|(&a, &b)| self.source.get(a..b))
            .map(str::to_string)
            .unwrap_or_default()
    }

    /// The year a part reports on.
    pub fn year_of(&self, part: Part) -> i32 {
        match part {
            Part::Review => self.review_year,
            Part::Plan => self.plan_year,
        }
    }
}

fn body(start: usize, end: usize, part: Part, section: &str, chars: &[char]) -> Paragraph {
    let (start, end) = trimmed(chars, start, end).map_or((start, start), |s| (s.start, s.end));
    Paragraph {
        start,
        end,
        part,
        section: section.to_string(),
        headline_targets: false,
    }
}

fn trimmed(chars: &[char], mut start: usize, mut end: usize) -> Option<Sentence> {
    while start < end && chars.get(start).is_some_and(|c| c.is_whitespace()) {
        start += 1;
    }
    while end > start && chars.get(end - 1).is_some_and(|c| c.is_whitespace()) {
        end -= 1;
    }
    (start < end).then_some(Sentence { start, end })
}

fn split_lines(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &c) in chars.iter().enumerate() {
        if c == '\n' {
            out.push((start, i));
            start = i + 1;
        }
    }
    out.push((start, chars.len()));
    out
}

/// A string from chars, allocated once (collecting char by char reallocates as it grows).
pub(crate) fn collect_string(chars: &[char]) -> String {
    let mut out = String::with_capacity(chars.iter().map(|c| c.len_utf8()).sum());
    out.extend(chars);
    out
}

/// Whether a char slice contains a pattern.
pub(crate) fn contains(hay: &[char], needle: &str) -> bool {
    find(hay, needle).is_some()
}

/// The position of the first occurrence of a pattern in a char slice.
pub(crate) fn find(hay: &[char], needle: &str) -> Option<usize> {
    let n: Vec<char> = needle.chars().collect();
    if n.is_empty() || n.len() > hay.len() {
        return None;
    }
    hay.windows(n.len()).position(|w| w == n.as_slice())
}

#[cfg(test)]
mod tests;
