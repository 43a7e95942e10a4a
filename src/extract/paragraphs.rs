//! The paragraph loop of extraction: each paragraph's sentences in order, with what one
//! paragraph hands on to the next (a headline to its subhead, a lead ending in a colon to its
//! list) and the tables pasted as text.

use super::lexer::{self, Token};
use super::role::{self, Carried};
use super::table::{self, Header};
use super::words::strip;
use super::years::{Scanner, YearFrom};
use super::{classify, Found, Reading, SentenceContext};
use crate::model::{Status, YearBasis};
use crate::report::{Paragraph, Report, Sentence};

/// Every quantity in the text, in text order.
pub fn extract(report: &Report) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let text = lexer::Text {
        chars: &report.chars,
        original: &report.original,
    };
    // What a paragraph hands on: a headline to its subhead, a lead ending in 如下: to its list.
    let mut carried: Option<Carried> = None;
    // What a news story's headline says of its lists: 各州市2025年经济增长目标出炉.
    let mut story: Vec<Option<Carried>> = vec![None; report.documents.len()];
    let mut last_section: Option<(usize, &str)> = None;
    // The header of the table being read, with its document.
    let mut table_header: Option<(usize, Header)> = None;
    for paragraph in &report.paragraphs {
        let Some(document) = report.document_of(paragraph) else {
            continue;
        };
        // A table's rule line (----+----, |---|---|) keeps the header for the rows under it.
        let rule = report.chars[paragraph.start..paragraph.end]
            .iter()
            .all(|c| matches!(c, '-' | '+' | '=' | '|' | ':' | ' ' | '—' | '─' | '┼'));
        if rule {
            continue;
        }
        let cells = table::cells(&report.chars, paragraph.start, paragraph.end).or_else(|| {
            // Columns aligned with spaces: a header naming at least two roles, then rows with as
            // many cells.
            let cells = table::spaced_cells(&report.chars, paragraph.start, paragraph.end)?;
            let fits = match &table_header {
                Some((d, h)) if *d == paragraph.document => h.columns.len() == cells.len(),
                _ => table::header(&report.chars, &cells)
                    .is_some_and(|h| h.columns.iter().filter(|c| c.status.is_some()).count() >= 2),
            };
            fits.then_some(cells)
        });
        match cells {
            Some(cells) => {
                if let Some(h) = table::header(&report.chars, &cells) {
                    table_header = Some((paragraph.document, h));
                    continue;
                }
                if let Some((_, h)) = table_header
                    .as_ref()
                    .filter(|(d, _)| *d == paragraph.document)
                {
                    table_row(report, paragraph, &cells, h, &mut out);
                    continue;
                }
            }
            None => table_header = None,
        }
        let mut scanner = Scanner::new(document.reference_year, paragraph.start);
        let chars = &report.chars[paragraph.start..paragraph.end];
        let list_item = is_list_item(chars);
        // A heading between two paragraphs ends what the first handed on.
        let section = (paragraph.document, paragraph.section.as_str());
        // (A story's targets go on under a heading that states a goal, 主要预期目标是：, not under
        // one that measures the past against it, 去年经济表现逊于预期：.)
        let goal: Vec<char> = paragraph.section.chars().collect();
        let goes_on = carried.as_ref().is_some_and(|c| c.follows)
            && (goal.is_empty() || role::states_a_goal(&goal));
        if last_section.is_some_and(|s| s != section) && !goes_on {
            carried = None;
        }
        last_section = Some(section);
        let inherited = carried
            .take()
            .filter(|c| {
                c.document == paragraph.document
                    && if c.from_headline {
                        paragraph.headline
                    } else {
                        list_item || (c.follows && !paragraph.headline)
                    }
            })
            .or_else(|| {
                let headline_of_story = story.get(paragraph.document).cloned().flatten();
                // Not under a heading about the year past (去年经济表现逊于预期：).
                let past = ["去年", "上年", "过去", "回顾", "成绩", "于预期", "超预期"]
                    .iter()
                    .any(|w| paragraph.section.contains(w));
                headline_of_story
                    .filter(|_| list_item && !paragraph.headline && !past)
                    .map(|c| Carried {
                        from_story: true,
                        ..c
                    })
            });
        let mut any_target = false;
        let mut all_targets = true;
        let first_found = out.len();
        for sentence in report.sentences(paragraph) {
            let tokens = lexer::scan(text, sentence.start, sentence.end);
            if tokens.is_empty() {
                continue;
            }
            let context = SentenceContext {
                report,
                document,
                paragraph,
                sentence,
                section_category: classify::section_category(&paragraph.section),
                inherited: inherited.as_ref(),
                column: None,
            };
            let before = out.len();
            context.extract_into(&tokens, &mut scanner, &mut out);
            any_target |= out[before..].iter().any(|f| f.status == Status::Target);
            all_targets &= out[before..].iter().all(|f| f.status == Status::Target);
        }
        scanner.advance(&report.chars, paragraph.end);
        let lead = chars.last() == Some(&':');
        if paragraph.headline || lead {
            let target = any_target
                || inherited.as_ref().is_some_and(|c| c.target)
                || role::states_a_goal(chars);
            let handed = Carried {
                document: paragraph.document,
                from_headline: paragraph.headline,
                from_story: false,
                year: scanner
                    .paragraph_year()
                    .or_else(|| inherited.as_ref().and_then(|c| c.year.clone())),
                target,
                follows: false,
            };
            if paragraph.headline && document.genre == crate::model::Genre::News {
                if let Some(slot) = story.get_mut(paragraph.document) {
                    if slot.is_none() && handed.year.is_some() && handed.target {
                        *slot = Some(handed.clone());
                    }
                }
            }
            carried = Some(handed);
        } else if list_item {
            // The next item of the list takes what its lead handed on, not what this item says.
            carried = inherited.filter(|c| !c.from_headline);
        } else if document.genre == crate::model::Genre::News && any_target && all_targets {
            // A story's paragraph of this year's targets: the paragraphs after it that date
            // nothing themselves go on with them.
            let last = out.get(first_found..).and_then(|f| f.last());
            let year = last.and_then(|f| {
                Some(crate::extract::years::YearFrom {
                    year: f.year?,
                    basis: f.year_basis,
                    note: f.year_note.clone(),
                })
            });
            carried = year.map(|y| Carried {
                document: paragraph.document,
                from_headline: false,
                from_story: false,
                year: Some(y),
                target: true,
                follows: true,
            });
        }
    }
    out
}

/// The figures of one table row: each cell's in the role and year of its column, named by the
/// row's first cell.
fn table_row(
    report: &Report,
    paragraph: &Paragraph,
    cells: &[(usize, usize)],
    header: &Header,
    out: &mut Vec<Found>,
) {
    let Some(document) = report.document_of(paragraph) else {
        return;
    };
    let chars = &report.chars;
    let text = lexer::Text {
        chars,
        original: &report.original,
    };
    let Some(&name) = cells.first() else { return };
    let name_chars = chars.get(name.0..name.1).unwrap_or(&[]);
    // The name without its unit in brackets: 城镇新增就业（万人） -> 城镇新增就业.
    let bare = name_chars
        .iter()
        .position(|&c| c == '(')
        .map_or(name_chars, |k| &name_chars[..k]);
    let unit = table::name_unit(chars, name);
    let sentence = Sentence {
        start: paragraph.start,
        end: paragraph.end,
    };
    let first = out.len();
    for (i, &cell) in cells.iter().enumerate().skip(1) {
        let Some(column) = header.columns.get(i).copied() else {
            continue;
        };
        if column.status.is_none() {
            continue;
        }
        let tokens: Vec<Token> = table::cell_tokens(text, cell, unit.as_deref());
        let context = SentenceContext {
            report,
            document,
            paragraph,
            sentence,
            section_category: classify::section_category(&paragraph.section),
            inherited: None,
            column: Some(column),
        };
        for token in tokens {
            let mut stripped = strip(bare);
            // A cell's own words before its number (下降1.5%): a decline.
            let before = chars.get(cell.0..token.span.0).unwrap_or(&[]);
            if !before.is_empty() && strip(before).growth == Some(true) {
                stripped.growth = Some(true);
            }
            let subject = stripped.core.clone();
            let reading = Reading {
                noun: subject.clone(),
                subject,
                stripped,
                continues: None,
            };
            let placed = super::years::Placed {
                year: column.year.map(|y| YearFrom {
                    year: y,
                    basis: YearBasis::Section,
                    note: format!("the table's column for {y}"),
                }),
                period: None,
                horizon: false,
                unplaced: None,
                unplaced_offset: None,
                starting: false,
            };
            context.push(&token, reading, &placed, first, out);
        }
    }
}

/// An item of a list: 1．…, ●…, ■…, 一是…, (一)….
fn is_list_item(chars: &[char]) -> bool {
    let t: Vec<char> = chars
        .iter()
        .copied()
        .skip_while(|c| c.is_whitespace())
        .take(4)
        .collect();
    match t.first() {
        Some('(' | '-') => true,
        Some(&c) if super::words::is_bullet(c) => true,
        Some(c) if c.is_ascii_digit() => t
            .iter()
            .find(|c| !c.is_ascii_digit())
            .is_some_and(|c| matches!(c, '.' | '、' | ')')),
        Some(c) if crate::text::is_chinese_numeral(*c) => t
            .iter()
            .find(|c| !crate::text::is_chinese_numeral(**c))
            .is_some_and(|c| matches!(c, '是' | '、')),
        _ => false,
    }
}
