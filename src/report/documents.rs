//! The documents of a text and what their front matter says: title, genre, place, and the
//! reference year (the year a document was delivered or dated), with how it was found.

use super::dates::{date_in, month_day_in, years_in};
use super::lines::LineKind;
use super::place::{place_at_start, place_in};
use super::{collect_string, contains};
use crate::model::{Genre, Part};

/// The lines of one document: `lines[first..last]` of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineRange {
    pub first: usize,
    pub last: usize,
}

/// Where new documents start: at a title or meeting line that follows body text of the
/// document before it.
pub fn split(kinds: &[LineKind]) -> Vec<LineRange> {
    let mut out = Vec::new();
    let mut first = 0;
    let mut has_body = false;
    for (i, kind) in kinds.iter().enumerate() {
        match kind {
            LineKind::Title | LineKind::MeetingLine(_) if has_body => {
                out.push(LineRange { first, last: i });
                first = i;
                has_body = false;
            }
            LineKind::Body | LineKind::PartMarker { .. } => has_body = true,
            _ => {}
        }
    }
    out.push(LineRange {
        first,
        last: kinds.len(),
    });
    out
}

/// What a document's front matter and structure say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontMatter {
    pub title: String,
    pub genre: Genre,
    pub place: Option<String>,
    pub reference_year: Option<i32>,
    pub reference_note: String,
    /// The month of the date the reference year comes from, when known.
    pub month: Option<u8>,
    /// The reference year was set by the caller.
    pub reference_given: bool,
}

/// The note of a reference year the caller set.
const CALLER_NOTE: &str = "set by the caller";

/// Shortens a line for a note.
fn excerpt(text: &str) -> String {
    let t = text.trim();
    if t.chars().count() <= 32 {
        t.to_string()
    } else {
        let head: String = t.chars().take(30).collect();
        format!("{head}…")
    }
}

/// Spacing normalised: spaces between two Han characters go (政 府 工 作 报 告 is 政府工作报告),
/// runs of spaces elsewhere become one.
pub fn normalise_title(text: &str) -> String {
    let chars: Vec<char> = text.trim().chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            let mut j = i;
            while j < chars.len() && chars[j].is_whitespace() {
                j += 1;
            }
            let before = out.chars().last();
            let after = chars.get(j).copied();
            let cjk = |c: Option<char>| {
                c.is_some_and(|c| crate::text::is_han(c) || matches!(c, '(' | ')' | '—' | '、'))
            };
            if !(cjk(before) || cjk(after)) {
                out.push(' ');
            }
            i = j;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

/// Reads the front matter of the document `range` of a text. `line_text(i)` is line `i`
/// (folded). `reference_year` set by the caller wins over the text.
pub fn front_matter<'a>(
    range: LineRange,
    kinds: &[LineKind],
    line_text: &dyn Fn(usize) -> &'a [char],
    reference_year: Option<i32>,
) -> FrontMatter {
    let mut title = String::new();
    let mut meeting = None;
    let mut dateline = None;
    let mut title_year = None;
    let mut headline_year = None;
    let mut heading_year = None;
    let mut content_year = None;
    let mut summary_year = None;
    let mut month_day = None;
    let mut place = None;
    // Places the body names before 第/政府/20… (海淀区第三图书馆), for a text whose front matter
    // names none.
    let mut body_places: Vec<String> = Vec::new();
    let mut newsy = false;
    let mut plan_report = false;
    let mut work_report = false;
    let mut first_text: Option<String> = None;
    let mut body_lines = 0;
    for (i, kind) in kinds.iter().enumerate().take(range.last).skip(range.first) {
        let line = line_text(i);
        let text = || collect_string(line);
        let top = body_lines < 3;
        if top
            && ["本报讯", "记者", "讯(", "日电", "来源:", "报道"]
                .iter()
                .any(|w| contains(line, w))
        {
            newsy = true;
        }
        if top && month_day.is_none() {
            month_day = month_day_in(line);
        }
        match kind {
            LineKind::MeetingLine(date) => {
                work_report = true;
                if meeting.is_none() {
                    if let Some(d) = date {
                        meeting = Some((d.year, d.month, excerpt(&text())));
                    }
                }
                if place.is_none() {
                    place = place_in(&text());
                }
            }
            LineKind::Dateline(d) if dateline.is_none() => {
                dateline = Some((d.year, d.month, excerpt(&text())));
            }
            LineKind::Title => {
                if title.is_empty() {
                    title = normalise_title(&text());
                }
                if contains(line, "计划执行情况") || contains(line, "计划草案") {
                    plan_report = true;
                } else if contains(line, "工作报告") {
                    work_report = true;
                }
                if title_year.is_none() {
                    title_year = years_in(line)
                        .into_iter()
                        .max()
                        .map(|y| (y, excerpt(&text())));
                }
                if place.is_none() {
                    place = place_in(&text());
                }
            }
            LineKind::PartMarker { part, year } => {
                work_report = true;
                if contains(line, "计划执行情况") || contains(line, "计划草案") {
                    plan_report = true;
                }
                if heading_year.is_none() {
                    if let Some(y) = year {
                        let delivered = if *part == Part::Review { y + 1 } else { *y };
                        heading_year = Some((delivered, excerpt(&text())));
                    }
                }
            }
            LineKind::Heading { .. } | LineKind::Body => {
                // A news lead that opens with its dateline: 【本报讯】2023年11月21日，…
                if top && dateline.is_none() && matches!(kind, LineKind::Body) {
                    let head: Vec<char> = line.iter().copied().take(30).collect();
                    if let Some(d) = date_in(&head).filter(|d| d.day.is_some()) {
                        let lead: String = head.iter().collect();
                        dateline = Some((d.year, d.month, excerpt(&lead)));
                    }
                }
                // 2025年全省经济社会发展的主要预期目标是: the year the targets are set for.
                if content_year.is_none() && matches!(kind, LineKind::Body) {
                    content_year = target_year_in(line).map(|y| (y, excerpt(&text())));
                }
                // 回顾2024年工作，部署今年目标任务: what a story says the report does.
                if summary_year.is_none() && newsy && matches!(kind, LineKind::Body) {
                    summary_year = summary_year_in(line).map(|y| (y, excerpt(&text())));
                }
                if first_text.is_none() && !line.contains(&'。') {
                    first_text = Some(text());
                    // A headline: its year (2025年预期目标是…) dates a news story.
                    if let Some(d) = date_in(line) {
                        headline_year = Some((d.year, excerpt(&text())));
                    }
                    if place.is_none() {
                        place = place_in(&text());
                    }
                    if place.is_none() && body_lines == 0 {
                        place = place_at_start(&text());
                    }
                }
                if matches!(kind, LineKind::Body) {
                    body_lines += 1;
                    if place.is_none() {
                        if let Some(p) = place_in(&text()).filter(|p| !body_places.contains(p)) {
                            body_places.push(p);
                        }
                    }
                }
            }
            _ => {}
        }
    }
    if place.is_none() && !body_places.is_empty() {
        place = most_named(&body_places, range, line_text);
    }
    let genre = if plan_report {
        Genre::PlanReport
    } else if newsy || (dateline.is_some() && meeting.is_none() && !work_report) {
        Genre::News
    } else if work_report || !title.is_empty() {
        Genre::WorkReport
    } else {
        Genre::Text
    };
    if title.is_empty() {
        if let Some(t) = &first_text {
            title = normalise_title(t);
        }
    }
    let month = |m: Option<u8>| m.or(month_day.map(|(m, _)| m));
    let given = reference_year;
    // The text's own date first; the caller's year where the text names none; then what the
    // text's content implies.
    let (reference_year, reference_note, month) = if let Some((y, m, t)) = meeting {
        (Some(y), format!("meeting line: {t}"), month(m))
    } else if let Some((y, m, t)) = dateline {
        (Some(y), format!("dateline: {t}"), month(m))
    } else if let Some((y, t)) = title_year {
        (Some(y), format!("title: {t}"), month(None))
    } else if let Some((y, t)) = headline_year.filter(|_| genre == Genre::News) {
        (Some(y), format!("headline: {t}"), month(None))
    } else if let Some((y, t)) = heading_year {
        (Some(y), format!("heading: {t}"), month(None))
    } else if let Some(y) = given {
        (Some(y), String::from(CALLER_NOTE), month(None))
    } else if let Some((y, t)) = content_year {
        (Some(y), format!("targets of {y}: {t}"), month(None))
    } else if let Some((y, t)) = summary_year {
        (Some(y), format!("summary of the report: {t}"), month(None))
    } else {
        (
            None,
            String::from("no meeting line, dateline, title or heading names a year"),
            month(None),
        )
    };
    let reference_given = reference_note == CALLER_NOTE;
    FrontMatter {
        title,
        genre,
        place,
        reference_year,
        reference_note,
        month,
        reference_given,
    }
}

/// The year of `YYYY年…主要预期目标` / `YYYY年…预期目标是` in a line: the year whose targets a
/// document sets is the year it was delivered.
fn target_year_in(line: &[char]) -> Option<i32> {
    let at = (0..line.len())
        .find(|&i| super::dates::year_at(line, i).is_some() && line.get(i + 4) == Some(&'年'))?;
    let year = super::dates::year_at(line, at)?;
    let window: String = line.iter().skip(at + 5).take(16).collect();
    // 2025年全省经济社会发展的主要预期目标是…; a wire story's 2022年全市地区生产总值预期增长6.5%左右.
    [
        "主要预期目标",
        "预期目标是",
        "主要目标是",
        "发展目标是",
        "预期增长",
    ]
    .iter()
    .any(|w| window.contains(w))
    .then_some(year)
}

/// The year a story about a work report was written in, from how it sums the report up:
/// 回顾2024年工作 (delivered the year after), 部署2025年工作 / 2025年目标任务 (that year).
fn summary_year_in(line: &[char]) -> Option<i32> {
    (0..line.len()).find_map(|i| {
        let year = super::dates::year_at(line, i).filter(|_| line.get(i + 4) == Some(&'年'))?;
        let before = |w: &str| {
            let n = w.chars().count();
            i >= n && line[i - n..i].iter().copied().eq(w.chars())
        };
        let after: String = line.iter().skip(i + 5).take(4).collect();
        if before("回顾") && after.starts_with("工作") {
            Some(year + 1)
        } else if before("部署") && after.starts_with("工作") || after.starts_with("目标任务")
        {
            Some(year)
        } else {
            None
        }
    })
}

/// Of the places a body names, the one the document's lines name most often in full (at least
/// twice), then by its short name (海淀 for 海淀区): the issuing government of a text whose front
/// matter does not say (an abstract that opens with its newspaper's page line).
fn most_named<'a>(
    candidates: &[String],
    range: LineRange,
    line_text: &dyn Fn(usize) -> &'a [char],
) -> Option<String> {
    let names: Vec<(Vec<char>, Vec<char>)> = candidates
        .iter()
        .map(|p| {
            let full: Vec<char> = p.chars().collect();
            let stem = full
                .get(..full.len().saturating_sub(1))
                .unwrap_or_default()
                .to_vec();
            (full, stem)
        })
        .collect();
    let has = |line: &[char], w: &[char]| !w.is_empty() && line.windows(w.len()).any(|x| x == w);
    let mut counts = vec![(0usize, 0usize); names.len()];
    for i in range.first..range.last {
        let line = line_text(i);
        for ((full, stem), count) in names.iter().zip(counts.iter_mut()) {
            count.0 += usize::from(has(line, full));
            count.1 += usize::from(has(line, stem));
        }
    }
    let (best, n) = counts
        .iter()
        .enumerate()
        .max_by_key(|&(k, n)| (*n, std::cmp::Reverse(k)))?;
    (n.0 >= 2).then(|| candidates.get(best).cloned()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_summary_of_the_report_dates_a_story() {
        let y = |s: &str| summary_year_in(&s.chars().collect::<Vec<_>>());
        assert_eq!(
            y("作政府工作报告，回顾2024年工作，部署今年任务。"),
            Some(2025)
        );
        assert_eq!(y("报告部署2026年工作。"), Some(2026));
        assert_eq!(y("明确2025年目标任务。"), Some(2025));
        assert_eq!(y("2024年工作取得新成效。"), None);
        assert_eq!(y("回顾过去一年的工作。"), None);
    }

    #[test]
    fn titles_lose_the_spaces_of_print() {
        assert_eq!(normalise_title("政 府 工 作 报 告"), "政府工作报告");
        assert_eq!(
            normalise_title("  海淀区  2025年 政府工作报告 "),
            "海淀区2025年政府工作报告"
        );
        assert_eq!(normalise_title("GDP  growth"), "GDP growth");
    }
}
