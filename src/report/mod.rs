//! The structure of a text of the genre: its documents (a report, a plan report, a news story;
//! a pasted text can hold several), each with its front matter and reference year; parts (the
//! review of the past, the plan), section headings and the years they name; paragraphs and
//! sentences. Page furniture (print dates, page numbers, running heads, web metadata) is dropped
//! and lines wrapped by a PDF are joined.

pub mod dates;
mod documents;
mod lines;
mod place;
mod reflow;

use crate::model::{Genre, Part};
use crate::text::is_sentence_end;
use lines::{classify_line, LineKind};

pub use documents::normalise_title;

/// What a caller may tell the parser that the text may not say.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReadOptions {
    /// The year the text was delivered or dated (its reference year), when it names none or
    /// names it wrongly.
    pub reference_year: Option<i32>,
}

impl ReadOptions {
    /// Options with a reference year written as text (the CLI's `--year`, the element's
    /// `reference-year`): four digits between 1949 and 2100; blank means none.
    pub fn with_year_text(text: &str) -> Result<ReadOptions, String> {
        let t = text.trim();
        if t.is_empty() {
            return Ok(ReadOptions::default());
        }
        match t.parse::<i32>() {
            Ok(y) if (1949..=2100).contains(&y) && t.len() == 4 => Ok(ReadOptions {
                reference_year: Some(y),
            }),
            _ => Err(format!(
                "the reference year must be a year such as 2025 (1949 to 2100), got \"{t}\""
            )),
        }
    }
}

/// One document of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// First char (inclusive) and end (exclusive) in the text.
    pub start: usize,
    pub end: usize,
    pub title: String,
    pub genre: Genre,
    pub place: Option<String>,
    /// The year the document was delivered or dated: its review speaks of the year before, its
    /// plan and 今年 of this year.
    pub reference_year: Option<i32>,
    /// How the reference year was found, or why it is unknown.
    pub reference_note: String,
    /// The month of its date, when known (a story of December speaks of 今年 as done).
    pub month: Option<u8>,
    /// Whether the document marks its parts (工作回顾, 工作安排...).
    pub has_parts: bool,
    /// The reference year was set by the caller (the text does not state it).
    pub reference_given: bool,
}

/// A paragraph of body text with the context its numbers inherit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// First char of the paragraph (inclusive).
    pub start: usize,
    /// End of the paragraph (exclusive).
    pub end: usize,
    /// Index into `Report::documents`.
    pub document: usize,
    pub part: Part,
    /// The nearest heading: a ■ heading, a chapter line, a ——lead-in, or 主要预期目标.
    pub section: String,
    /// The year its part marker or heading names (2024年工作回顾), with that heading.
    pub section_year: Option<(i32, String)>,
    /// The paragraph that lists the plan year's headline targets (主要预期目标).
    pub headline_targets: bool,
    /// A headline or subhead of a news story (its figures count like the body's).
    pub headline: bool,
}

/// A sentence: the text between two sentence delimiters (`。`, `;`, `!`, `?`, line breaks),
/// delimiters excluded, surrounding spaces trimmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
}

/// A parsed text. `chars` is the folded text used for matching (width and traditional script
/// folded, wrapped lines joined by a space); `original` is the input as given, used for quotes.
/// Both have one entry per Unicode scalar value of the input.
#[derive(Debug, Clone)]
pub struct Report {
    pub chars: Vec<char>,
    pub original: Vec<char>,
    pub documents: Vec<Document>,
    pub paragraphs: Vec<Paragraph>,
    /// The input text, and the byte offset of each char in it (one more entry for the end).
    source: String,
    original_at: Vec<usize>,
}

/// The state of the part reader inside one document.
struct PartState {
    part: Option<Part>,
    section: String,
    part_year: Option<(i32, String)>,
    heading_year: Option<(i32, String)>,
    label: Option<(usize, i32)>,
    paragraphs: usize,
    /// Still in the lines before the first sentence (a headline and its subheads).
    top: bool,
}

impl Report {
    /// Reads the structure of a text. Never fails: text without recognisable parts is one
    /// document of plain text.
    pub fn parse(text: &str) -> Report {
        Report::parse_with(text, ReadOptions::default())
    }

    /// Reads the structure of a text with what the caller knows about it.
    pub fn parse_with(text: &str, options: ReadOptions) -> Report {
        let count = text.chars().count();
        let mut original: Vec<char> = Vec::with_capacity(count);
        let mut original_at: Vec<usize> = Vec::with_capacity(count + 1);
        for (b, c) in text.char_indices() {
            original.push(c);
            original_at.push(b);
        }
        original_at.push(text.len());
        let mut chars = crate::text::fold_chars(text, &original);

        // Wrapped lines join; running heads become furniture.
        let first_lines = reflow::split_lines(&chars);
        let wrap = reflow::reflow(&chars, &first_lines);
        for &at in &wrap.soft_breaks {
            if let Some(c) = chars.get_mut(at) {
                *c = ' ';
            }
        }
        let head_starts: Vec<usize> = wrap
            .running_heads
            .iter()
            .filter_map(|&i| first_lines.get(i).map(|l| l.0))
            .collect();
        let line_ranges = reflow::split_lines(&chars);
        let kinds: Vec<LineKind> = line_ranges
            .iter()
            .map(|&(s, e)| {
                let line = &chars[s..e];
                if head_starts.binary_search(&s).is_ok() || reflow::is_page_number(trim(line)) {
                    LineKind::Furniture
                } else {
                    classify_line(line, &collect_string(line))
                }
            })
            .collect();

        let mut documents = Vec::new();
        let mut paragraphs = Vec::new();
        for range in documents::split(&kinds) {
            let line_text = |i: usize| -> &[char] {
                line_ranges.get(i).map_or(&[][..], |&(s, e)| &chars[s..e])
            };
            let fm = documents::front_matter(range, &kinds, &line_text, options.reference_year);
            let has_parts = kinds[range.first..range.last]
                .iter()
                .any(|k| matches!(k, LineKind::PartMarker { .. }));
            let index = documents.len();
            let start = line_ranges.get(range.first).map_or(0, |l| l.0);
            let end = range
                .last
                .checked_sub(1)
                .and_then(|l| line_ranges.get(l))
                .map_or(chars.len(), |l| l.1);
            let doc = Document {
                start,
                end,
                title: fm.title,
                genre: fm.genre,
                place: fm.place,
                reference_year: fm.reference_year,
                reference_note: fm.reference_note,
                month: fm.month,
                has_parts,
                reference_given: fm.reference_given,
            };
            read_paragraphs(
                &chars,
                &line_ranges[range.first..range.last],
                &kinds[range.first..range.last],
                index,
                &doc,
                &mut paragraphs,
            );
            documents.push(doc);
        }
        Report {
            chars,
            original,
            documents,
            paragraphs,
            source: text.to_string(),
            original_at,
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

    /// The document a paragraph belongs to.
    pub fn document_of(&self, paragraph: &Paragraph) -> Option<&Document> {
        self.documents.get(paragraph.document)
    }
}

/// Reads the paragraphs of one document, with their parts, sections and section years.
fn read_paragraphs(
    chars: &[char],
    lines: &[(usize, usize)],
    kinds: &[LineKind],
    document: usize,
    doc: &Document,
    out: &mut Vec<Paragraph>,
) {
    let mut st = PartState {
        part: None,
        section: String::new(),
        part_year: None,
        heading_year: None,
        label: None,
        paragraphs: 0,
        top: true,
    };
    let reference = doc.reference_year;
    let in_report = matches!(doc.genre, Genre::WorkReport | Genre::PlanReport);
    for (i, (&(start, end), kind)) in lines.iter().zip(kinds).enumerate() {
        let line = &chars[start..end];
        match kind {
            LineKind::Blank
            | LineKind::Furniture
            | LineKind::MeetingLine(_)
            | LineKind::Dateline(_) => {}
            LineKind::YearLabel(y) => st.label = Some((i, *y)),
            LineKind::Title => {
                // A title may state figures (海川省政府工作报告：今年增长目标百分之五左右).
                if st.paragraphs == 0 {
                    let text = collect_string(line);
                    let mut p = body(start, end, document, Part::Text, &text, chars);
                    p.headline = true;
                    out.push(p);
                }
            }
            LineKind::PartMarker { part, year } => {
                st.part = Some(*part);
                st.section = collect_string(line).trim().to_string();
                let labelled = st.label.filter(|(at, _)| i - at <= 3).map(|(_, y)| y);
                st.part_year = year.or(labelled).map(|y| (y, st.section.clone()));
                st.heading_year = None;
            }
            LineKind::Heading { text: h, body_from } => {
                if doc.genre == Genre::News && st.top && st.part.is_none() && body_from.is_none() {
                    // A news story's headline or subhead with its numbers in words
                    // (去年经济总量突破三千亿元): read like the headline it is.
                    let mut p = body(start, end, document, Part::Text, h, chars);
                    p.headline = true;
                    out.push(p);
                    continue;
                }
                if st.paragraphs == 0 && st.part.is_none() && body_from.is_none() {
                    // Front matter: the title, the speaker, a subhead.
                    continue;
                }
                st.section = h.clone();
                st.heading_year = lines::heading_year(line).map(|y| (y, h.clone()));
                if let Some(from) = body_from {
                    let part = st.part.unwrap_or(Part::Text);
                    let mut p = body(start + from, end, document, part, &st.section, chars);
                    p.section_year = st.heading_year.clone().or_else(|| st.part_year.clone());
                    out.push(p);
                    st.paragraphs += 1;
                }
            }
            LineKind::Body => {
                let opening = opening_cue(line, reference);
                if in_report && !doc.has_parts {
                    match opening {
                        Some(Part::Review) if st.part != Some(Part::Review) => {
                            st.part = Some(Part::Review)
                        }
                        Some(Part::Plan) => st.part = Some(Part::Plan),
                        _ => {}
                    }
                } else if opening == Some(Part::Plan) && st.part == Some(Part::Review) {
                    // 2025年是…: the plan starts before its marker.
                    st.part = Some(Part::Plan);
                    st.part_year = None;
                    st.heading_year = None;
                }
                // A news story's headline and subheads: its first lines without a full stop.
                let headline =
                    st.top && st.part.is_none() && doc.genre == Genre::News && !has_stop(line);
                st.top &= headline;
                let targets = contains(line, "主要预期目标") || contains(line, "主要目标是");
                let lead_in = lines::lead_in(line);
                let part = if targets {
                    Part::Plan
                } else {
                    st.part.unwrap_or(Part::Text)
                };
                let section = if targets {
                    String::from("主要预期目标")
                } else if let Some(lead) = lead_in {
                    lead
                } else {
                    st.section.clone()
                };
                let mut p = body(start, end, document, part, &section, chars);
                p.headline_targets = targets;
                p.headline = headline;
                p.section_year = st.heading_year.clone().or_else(|| st.part_year.clone());
                out.push(p);
                st.paragraphs += 1;
            }
        }
    }
}

/// The part a paragraph's opening words start, in a report without part markers: 过去一年,
/// 一年来 or the year before the reference year (review); 今年是, the reference year 是, or
/// 今年/YYYY年…主要预期目标 (plan).
fn opening_cue(line: &[char], reference: Option<i32>) -> Option<Part> {
    let t = trim(line);
    let starts = |w: &str| {
        let mut it = t.iter();
        w.chars().all(|c| it.next() == Some(&c))
    };
    if ["过去一年", "过去的一年", "一年来", "回顾过去"]
        .iter()
        .any(|w| starts(w))
    {
        return Some(Part::Review);
    }
    if ["今年是", "今年工作", "今年的工作", "今年政府工作"]
        .iter()
        .any(|w| starts(w))
    {
        return Some(Part::Plan);
    }
    let year = dates::year_at(t, 0).filter(|_| t.get(4) == Some(&'年'))?;
    let reference = reference?;
    if year == reference && t.get(5) == Some(&'是') {
        return Some(Part::Plan);
    }
    if year + 1 == reference && t.get(5).is_some_and(|&c| c == ',' || c == '是') {
        return Some(Part::Review);
    }
    None
}

fn has_stop(line: &[char]) -> bool {
    line.iter().any(|&c| c == '。' || c == ';')
}

fn body(
    start: usize,
    end: usize,
    document: usize,
    part: Part,
    section: &str,
    chars: &[char],
) -> Paragraph {
    let (start, end) = trimmed(chars, start, end).map_or((start, start), |s| (s.start, s.end));
    Paragraph {
        start,
        end,
        document,
        part,
        section: section.to_string(),
        section_year: None,
        headline_targets: false,
        headline: false,
    }
}

fn trim(line: &[char]) -> &[char] {
    let a = line.iter().take_while(|c| c.is_whitespace()).count();
    let b = line[a..]
        .iter()
        .rev()
        .take_while(|c| c.is_whitespace())
        .count();
    &line[a..line.len() - b]
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
    let first = needle.chars().next()?;
    let len = needle.chars().count();
    (0..hay.len()).find(|&i| {
        hay[i] == first
            && hay
                .get(i..i + len)
                .is_some_and(|w| w.iter().copied().eq(needle.chars()))
    })
}

#[cfg(test)]
mod tests;
