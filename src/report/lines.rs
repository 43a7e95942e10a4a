//! What one line of a report is: front matter (a title, a meeting line, a dateline), a part
//! marker, a heading, a year label, page furniture or body text.

use super::dates::{date_in, year_at, years_in, Date};
use super::{contains, find};
use crate::model::Part;

/// The role of one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineKind {
    Blank,
    /// Print and web furniture: issue dates without other text, page numbers, running heads,
    /// HTML metadata.
    Furniture,
    /// A line holding only a year (`2024`), printed above a part.
    YearLabel(i32),
    /// `——2025年1月6日在…第五次会议上`, `（2025年1月16日）`: when and where a report was
    /// delivered.
    MeetingLine(Option<Date>),
    /// A news story's date line: `2025-01-16 08:30 来源：…`, `发布时间：…`, `2025年01月08日`.
    Dateline(Date),
    /// A document's title: `…政府工作报告`, `关于…计划执行情况与…计划草案的报告`.
    Title,
    /// The start of a part (工作回顾 / 工作安排 / 计划执行情况 / 计划草案), with the year it
    /// names, if any.
    PartMarker {
        part: Part,
        year: Option<i32>,
    },
    /// A heading. `body_from` is set when the line goes on with body text after the heading
    /// (some ■ headings run into their first paragraph): the offset where that body starts.
    Heading {
        text: String,
        body_from: Option<usize>,
    },
    Body,
}

/// Words of a review part marker.
const REVIEW_MARKERS: [&str; 7] = [
    "回顾",
    "完成情况",
    "过去一年",
    "过去五年",
    "执行情况",
    "主要工作",
    "工作总结",
];
/// Words of a plan part marker.
const PLAN_MARKERS: [&str; 13] = [
    "总体要求",
    "重点任务",
    "工作安排",
    "主要任务",
    "工作任务",
    "工作部署",
    "主要目标",
    "预期目标",
    "目标任务",
    "计划草案",
    "计划安排",
    "计划（草案）",
    "计划(草案)",
];
/// Words of a document title.
const TITLE_WORDS: [&str; 4] = ["政府工作报告", "工作报告", "计划执行情况", "预算执行情况"];
const MAX_HEADING_CHARS: usize = 40;

/// The longest title, meeting line or dateline.
const MAX_FRONT_MATTER_CHARS: usize = 80;

/// Classifies one line (folded, without its line break), given as chars and as a string.
pub fn classify_line(line: &[char], text: &str) -> LineKind {
    let t = text.trim();
    if t.is_empty() {
        return LineKind::Blank;
    }
    // A table row (指标 | 2024年预期目标 | 执行结果) is body text, whatever words it holds.
    if t.chars().filter(|&c| c == '|' || c == '\t').count() >= 2 {
        return LineKind::Body;
    }
    let n = t.chars().count();
    // Titles, meeting lines and datelines are short lines.
    if n <= MAX_FRONT_MATTER_CHARS {
        if let Some(kind) = front_matter(line, t) {
            return kind;
        }
    }
    if is_furniture(t) {
        return LineKind::Furniture;
    }
    if t.len() == 4 && t.chars().all(|c| c.is_ascii_digit()) {
        return LineKind::YearLabel(t.parse().unwrap_or(0));
    }
    let has_stop = t.contains('。') || t.contains(';');
    let has_digit = t.chars().any(|c| c.is_ascii_digit());
    if !has_stop && n <= 30 {
        if let Some(part) = part_of_marker(t) {
            let year = years_in(line).into_iter().next();
            // 2024年工作回顾 and 二、2025年工作安排 name their year; a marker line with figures
            // (2025年主要预期目标是: 增长5%) is a body line.
            let figures = has_digit && t.chars().filter(|c| c.is_ascii_digit()).count() > 4;
            if !figures {
                return LineKind::PartMarker { part, year };
            }
        }
    }
    // ●, ◆, · and the like mark the items of a list (a digest's bullets), not headings.
    if t.starts_with([
        '●', '◆', '·', '•', '▪', '○', '◇', '▶', '►', '★', '☆', '・', '◎',
    ]) {
        return LineKind::Body;
    }
    if let Some(rest) = t.strip_prefix(['■', '□']) {
        let heading: String = rest
            .chars()
            .take_while(|c| !matches!(c, ',' | '。' | ';' | ':'))
            .collect();
        let runs_on = heading.chars().count() < rest.chars().count();
        // A bullet of a digest (● 新增就业1.2万人, ■地区生产总值6,512.7亿元，增长5.8%) is body
        // text, not a heading.
        if heading.chars().any(|c| c.is_ascii_digit()) {
            return LineKind::Body;
        }
        let lead = text.chars().take_while(|c| c.is_whitespace()).count();
        return LineKind::Heading {
            text: heading.trim().to_string(),
            body_from: runs_on.then_some(lead + 1),
        };
    }
    if let Some(heading) = numbered_heading(t) {
        return heading;
    }
    // 【2024年成绩单】: a digest's heading.
    if let Some(inner) = t.strip_prefix('【').and_then(|r| r.strip_suffix('】')) {
        if n <= 30 && !has_stop {
            return LineKind::Heading {
                text: inner.trim().to_string(),
                body_from: None,
            };
        }
    }
    if !has_stop && !has_digit && n <= MAX_HEADING_CHARS && !t.starts_with("——") {
        return LineKind::Heading {
            text: t.to_string(),
            body_from: None,
        };
    }
    LineKind::Body
}

/// The part a short line marks, if it is a part marker.
pub fn part_of_marker(t: &str) -> Option<Part> {
    // A digest's bracketed headings: 【2021年成绩单】, 【2022年目标】.
    if let Some(inner) = t.strip_prefix('【').and_then(|r| r.strip_suffix('】')) {
        if inner.contains("成绩") {
            return Some(Part::Review);
        }
        if inner.contains("目标") {
            return Some(Part::Plan);
        }
    }
    // 计划执行情况 is a review even though it says 计划.
    if REVIEW_MARKERS.iter().any(|m| t.contains(m)) {
        return Some(Part::Review);
    }
    if PLAN_MARKERS.iter().any(|m| t.contains(m)) {
        return Some(Part::Plan);
    }
    None
}

/// A title, a meeting line or a dateline.
fn front_matter(line: &[char], t: &str) -> Option<LineKind> {
    let n = t.chars().count();
    // ——2025年1月6日在…会议上 / （2025年1月16日在…） / （2025年1月16日）
    let opens = t.starts_with("——") || t.starts_with('(') || t.starts_with('—');
    // Not a numbered heading that runs on (（六）加强政府自身建设。…精简会议文件…).
    if opens && n <= 80 && !t.contains('。') {
        let date = date_in(line);
        if contains(line, "会议") || date.is_some_and(|d| d.month.is_some()) {
            return Some(LineKind::MeetingLine(date));
        }
    }
    if contains(line, "在") && contains(line, "人民代表大会") && contains(line, "会议") && n <= 60
    {
        return Some(LineKind::MeetingLine(date_in(line)));
    }
    // 2025-01-16 08:30 来源：东澜晚报 / 发布时间：2024-01-23 / 2025年01月08日
    if n <= 60 {
        if let Some(date) = date_in(line).filter(|d| d.day.is_some()) {
            let dated = t.starts_with(|c: char| c.is_ascii_digit())
                || contains(line, "发布")
                || contains(line, "来源")
                || contains(line, "日期")
                || contains(line, "时间");
            let prose = t.contains('。') || t.contains(',');
            if dated && !prose {
                return Some(LineKind::Dateline(date));
            }
            // 【海峡经济报/记者…】2026-01-24; 泠州日报  2023年2月16日  第01版
            let short_print_line = n <= 40 && !prose && !t.contains("会议");
            if short_print_line
                || (t.starts_with('【') && t.ends_with(|c: char| c.is_ascii_digit()))
            {
                return Some(LineKind::Dateline(date));
            }
        }
    }
    let has_stop = t.contains('。') || t.contains(';');
    if !has_stop && n <= 80 && t.contains("报告") && TITLE_WORDS.iter().any(|w| t.contains(w)) {
        // Not a sentence that mentions a report (审议政府工作报告, …), nor a numbered heading.
        let starts_like_title = !t.starts_with("审议") && !t.starts_with("听取");
        let numbered = numbered_heading(t).is_some();
        if starts_like_title && !numbered && !t.contains("作政府工作报告") {
            return Some(LineKind::Title);
        }
    }
    None
}

/// `(一)坚持创新驱动。正文...` or `一、...` headings: the heading runs to the first `。`; anything
/// after it is body.
fn numbered_heading(t: &str) -> Option<LineKind> {
    let first = t.chars().next()?;
    if first != '(' && !crate::text::is_chinese_numeral(first) {
        return None;
    }
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
    // A numbered line that is all figures (一、新增就业1.2万人) is body text.
    if !runs_on && heading.chars().any(|c| c.is_ascii_digit()) && heading_len > MAX_HEADING_CHARS {
        return None;
    }
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
    if ["【打印本页】", "【关闭窗口】", "字号:", "分享到"]
        .iter()
        .any(|w| t.contains(w))
    {
        return true;
    }
    // The end mark of a wire story: (完), （完）, 【完】.
    if matches!(t, "(完)" | "【完】" | "[完]") {
        return true;
    }
    // Page numbers: — 3 —, - 3 -, 第3页, 3
    let inner = t.trim_matches(|ch: char| matches!(ch, '—' | '-' | ' ' | '第' | '页'));
    if !inner.is_empty() && inner.len() <= 3 && inner.chars().all(|ch| ch.is_ascii_digit()) {
        return true;
    }
    t.starts_with('第') && t.contains('版') && t.chars().count() <= 12
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

/// The year a heading names (2024年工作回顾, 二、2025年工作安排), if any.
pub fn heading_year(line: &[char]) -> Option<i32> {
    let at = find(line, "年")?;
    at.checked_sub(4).and_then(|s| year_at(line, s))
}
