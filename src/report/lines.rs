//! What one line of a report is: a part marker, a heading, a year label, page furniture or body.

use super::contains;
use crate::model::Part;

/// The role of one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineKind {
    Blank,
    /// Print and web furniture: issue dates, page numbers, HTML metadata.
    Furniture,
    /// A line holding only a year (`2024`), printed above a part.
    YearLabel(i32),
    /// The start of a part (工作回顾 / 总体要求和重点任务).
    PartMarker(Part),
    /// A heading. `body_from` is set when the line goes on with body text after the heading
    /// (some ■ headings run into their first paragraph): the offset where that body starts.
    Heading {
        text: String,
        body_from: Option<usize>,
    },
    Body,
}

const PLAN_MARKERS: [&str; 6] = [
    "总体要求",
    "重点任务",
    "工作安排",
    "主要任务",
    "工作任务",
    "工作部署",
];
const MAX_HEADING_CHARS: usize = 40;

/// Classifies one line (folded, without its line break), given as chars and as a string.
pub fn classify_line(line: &[char], text: &str) -> LineKind {
    let t = text.trim();
    if t.is_empty() {
        return LineKind::Blank;
    }
    if is_furniture(t) {
        return LineKind::Furniture;
    }
    if t.len() == 4 && t.chars().all(|c| c.is_ascii_digit()) {
        return LineKind::YearLabel(t.parse().unwrap_or(0));
    }
    let n = t.chars().count();
    let has_stop = t.contains('。') || t.contains(';');
    let has_digit = t.chars().any(|c| c.is_ascii_digit());
    if !has_stop && n <= 24 {
        if contains(line, "回顾") {
            return LineKind::PartMarker(Part::Review);
        }
        if PLAN_MARKERS.iter().any(|m| t.contains(m)) {
            return LineKind::PartMarker(Part::Plan);
        }
    }
    if let Some(rest) = t.strip_prefix('■').or_else(|| t.strip_prefix('□')) {
        let heading: String = rest
            .chars()
            .take_while(|c| !matches!(c, ',' | '。' | ';' | ':'))
            .collect();
        let runs_on = heading.chars().count() < rest.chars().count();
        let lead = text.chars().take_while(|c| c.is_whitespace()).count();
        return LineKind::Heading {
            text: heading.trim().to_string(),
            body_from: runs_on.then_some(lead + 1),
        };
    }
    if let Some(heading) = numbered_heading(t) {
        return heading;
    }
    if !has_stop && !has_digit && n <= MAX_HEADING_CHARS && !t.starts_with("——") {
        return LineKind::Heading {
            text: t.to_string(),
            body_from: None,
        };
    }
    LineKind::Body
}

/// `(一)坚持创新驱动。正文...` or `一、...` headings of other reports: the heading runs to the
/// first `。`; anything after it is body.
fn numbered_heading(t: &str) -> Option<LineKind> {
    let chars: Vec<char> = t.chars().collect();
    let numeral_end = |from: usize| {
        chars
            .iter()
            .skip(from)
            .take_while(|c| crate::text::is_chinese_numeral(**c))
            .count()
    };
    let after = if chars.first() == Some(&'(') {
        let n = numeral_end(1);
        (n > 0 && chars.get(1 + n) == Some(&')')).then_some(2 + n)?
    } else {
        let n = numeral_end(0);
        (n > 0 && chars.get(n) == Some(&'、')).then_some(n + 1)?
    };
    let rest: String = chars.get(after..)?.iter().collect();
    let heading: String = rest.chars().take_while(|&c| c != '。').collect();
    let heading_len = heading.chars().count();
    let runs_on = heading_len + 1 < rest.chars().count();
    let lead = t.len() - t.trim_start().len();
    Some(LineKind::Heading {
        text: heading.trim_end_matches(['。', ',']).to_string(),
        body_from: runs_on.then_some(lead + after + heading_len + 1),
    })
}

fn is_furniture(t: &str) -> bool {
    if t.contains(".html") || t.contains("-->") || t.contains("<!--") || t.contains("http") {
        return true;
    }
    let c: Vec<char> = t.chars().collect();
    let digits =
        |r: std::ops::Range<usize>| c.get(r).is_some_and(|s| s.iter().all(char::is_ascii_digit));
    // 2025-01-08 ..., 2025年01月08日, 第02版:专版
    let iso_date = digits(0..4) && c.get(4) == Some(&'-') && digits(5..7);
    let cn_date = digits(0..4)
        && c.get(4) == Some(&'年')
        && t.ends_with('日')
        && c.len() <= 12
        && t.contains('月');
    let page = t.starts_with('第') && t.contains('版') && c.len() <= 12;
    iso_date || cn_date || page
}

/// The ——lead-in of an opening paragraph (`——聚焦高质量发展,坚持...` -> 聚焦高质量发展).
pub fn lead_in(line: &[char]) -> Option<String> {
    let text: String = super::collect_string(line);
    let rest = text.trim_start().strip_prefix("——")?;
    let lead: String = rest
        .chars()
        .take_while(|c| !matches!(c, ',' | '。' | ';' | ':'))
        .collect();
    (!lead.is_empty()).then_some(lead)
}
