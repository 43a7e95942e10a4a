//! What the views of several reports share: their words in both languages, a report's short
//! name, the figures later texts restate, the measure key of a series, and the tooltip that names
//! a figure's report.

use super::data::Point;
use crate::chart::locale::Locale;
use crate::chart::spec::Lang;
use crate::model::{Dataset, Genre, Indicator, ReportInfo, Status, Verdict};

/// Which targets the view shows, from the `indicator` attribute: a year (`2024`), a measure key
/// (`gdp-growth`: every year and place), an indicator id (its measure), or nothing: the latest
/// year with a judged target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Selection {
    Year(i32),
    Key(String),
}

/// The words of the attainment, timeline and places views in one language.
#[derive(Debug)]
pub(crate) struct AcrossWords {
    /// The attainment view's title for the targets it shows.
    pub attainment_title: fn(&Selection) -> String,
    /// The subtitle, with the number of targets and of places.
    pub attainment_subtitle: fn(usize, usize) -> String,
    pub verdict: fn(Verdict) -> &'static str,
    /// The verdict in a sentence, without its symbol.
    pub verdict_word: fn(Verdict) -> &'static str,
    /// A symbol for each verdict, so that it reads without colour.
    pub rule: fn(crate::model::Rule, bool) -> &'static str,
    pub timeline_title: fn(&str) -> String,
    pub timeline_subtitle: fn(&str, &str) -> String,
    pub places_title: fn(&str, i32, bool) -> String,
    pub places_subtitle: &'static str,
    /// A row of the timeline: year, status word, report.
    pub point_label: fn(i32, &str, &str) -> String,
    /// After the label of a figure another text restates: earlier (superseded) or later.
    pub earlier: &'static str,
    pub restating: &'static str,
    /// The source line: (number of texts, places).
    pub source: fn(usize, &str) -> String,
    /// A report's short name: (reference year, genre).
    pub report_short: fn(Option<i32>, Genre) -> String,
    pub not_reported: &'static str,
    pub restated_note: &'static str,
    pub band_note: &'static str,
    pub sep: &'static str,
    pub list_sep: &'static str,
    pub end: &'static str,
}

fn verdict_zh(v: Verdict) -> &'static str {
    match v {
        Verdict::Exceeded => "▲ 超额完成",
        Verdict::Met => "✓ 完成",
        Verdict::Missed => "✗ 未完成",
        Verdict::NotReported => "… 未见结果",
    }
}

fn verdict_en(v: Verdict) -> &'static str {
    match v {
        Verdict::Exceeded => "▲ Exceeded",
        Verdict::Met => "✓ Met",
        Verdict::Missed => "✗ Missed",
        Verdict::NotReported => "… Not reported",
    }
}

fn rule_zh(r: crate::model::Rule, lower: bool) -> &'static str {
    use crate::model::Rule::*;
    match (r, lower) {
        (Floor, _) => "以上：不低于目标即完成",
        (Ceiling, _) => "以内：不超过目标即完成",
        (Band, false) => "左右：目标上下0.5个百分点（其他单位5%）内为完成",
        (Band, true) => "左右：越低越好，不超过目标上沿即完成",
        (Exact, true) => "越低越好：不超过目标即完成",
        (Exact, false) => "无限定词：达到目标即完成",
    }
}

fn rule_en(r: crate::model::Rule, lower: bool) -> &'static str {
    use crate::model::Rule::*;
    match (r, lower) {
        (Floor, _) => "以上 (at least): met at or above the target",
        (Ceiling, _) => "以内 (at most): met at or below the target",
        (Band, false) => "左右 (about): met within 0.5 points (5% for other units)",
        (Band, true) => "左右 (about), lower is better: met up to the band's top",
        (Exact, true) => "lower is better: met at or below the target",
        (Exact, false) => "no qualifier: met at the target",
    }
}

fn short_zh(year: Option<i32>, genre: Genre) -> String {
    let kind = match genre {
        Genre::WorkReport => "报告",
        Genre::PlanReport => "计划报告",
        Genre::News => "报道",
        Genre::Text => "文本",
    };
    match year {
        Some(y) => format!("{y}年{kind}"),
        None => kind.to_string(),
    }
}

fn short_en(year: Option<i32>, genre: Genre) -> String {
    let kind = match genre {
        Genre::WorkReport => "report",
        Genre::PlanReport => "plan report",
        Genre::News => "news story",
        Genre::Text => "text",
    };
    match year {
        Some(y) => format!("{y} {kind}"),
        None => kind.to_string(),
    }
}

pub(crate) static ZH_WORDS: AcrossWords = AcrossWords {
    attainment_title: |sel| match sel {
        Selection::Year(y) => format!("{y}年目标完成情况"),
        Selection::Key(_) => String::from("历年目标完成情况"),
    },
    attainment_subtitle: |n, p| {
        if p > 1 {
            format!("{p}地{n}项目标，对照次年报告的实际或预计数")
        } else {
            format!("{n}项目标，对照次年报告的实际或预计数")
        }
    },
    verdict: verdict_zh,
    verdict_word: |v| match v {
        Verdict::Exceeded => "超额完成",
        Verdict::Met => "完成",
        Verdict::Missed => "未完成",
        Verdict::NotReported => "未见结果",
    },
    rule: rule_zh,
    timeline_title: |name| format!("{name}：历年目标与结果"),
    timeline_subtitle: |place, unit| {
        if unit.is_empty() {
            place.to_string()
        } else {
            format!("{place}，单位：{unit}")
        }
    },
    places_title: |name, year, targets| {
        if targets {
            format!("{year}年{name}目标：各地比较")
        } else {
            format!("{year}年{name}：各地比较")
        }
    },
    places_subtitle: "按数值从高到低排列",
    point_label: |year, kind, report| format!("{year}年{kind}（{report}）"),
    earlier: "，早前数字",
    restating: "，转述",
    source: |n, places| {
        if places.is_empty() {
            format!("来源：{n}份报告与报道")
        } else {
            format!("来源：{places}的{n}份报告与报道")
        }
    },
    report_short: short_zh,
    not_reported: "未见结果",
    restated_note: "浅色行为其他文本中的同一数字：结果以最新文本为准，目标以当年报告为准。",
    band_note: "目标为空心条，结果为实心条（预计为斜线）；每行按各自数值缩放。",
    sep: "：",
    list_sep: "；",
    end: "。",
};

pub(crate) static EN_WORDS: AcrossWords = AcrossWords {
    attainment_title: |sel| match sel {
        Selection::Year(y) => format!("Were the {y} targets met?"),
        Selection::Key(_) => String::from("Were the targets met, year by year?"),
    },
    attainment_subtitle: |n, p| {
        let t = if n == 1 { "target" } else { "targets" };
        if p > 1 {
            format!("{n} {t} in {p} places, against the next report's result or estimate")
        } else {
            format!("{n} {t}, against the next report's result or estimate")
        }
    },
    verdict: verdict_en,
    verdict_word: |v| match v {
        Verdict::Exceeded => "exceeded",
        Verdict::Met => "met",
        Verdict::Missed => "missed",
        Verdict::NotReported => "not reported",
    },
    rule: rule_en,
    timeline_title: |name| format!("{name}: targets and results over the years"),
    timeline_subtitle: |place, unit| {
        if unit.is_empty() {
            place.to_string()
        } else {
            format!("{place}, in {unit}")
        }
    },
    places_title: |name, year, targets| {
        if targets {
            format!("{name} targets for {year}, by place")
        } else {
            format!("{name} in {year}, by place")
        }
    },
    places_subtitle: "Highest first",
    point_label: |year, kind, report| format!("{year} {kind} ({report})"),
    earlier: ", earlier figure",
    restating: ", restated",
    source: |n, places| {
        if places.is_empty() {
            format!("Source: {n} reports and stories")
        } else {
            format!("Source: {n} reports and stories from {places}")
        }
    },
    report_short: short_en,
    not_reported: "not reported",
    restated_note: "Muted rows are the same figure in other texts: the latest text leads for results, the year's own report for targets.",
    band_note: "Targets are outlined bars, results solid (estimates hatched); each row has its own scale.",
    sep: ": ",
    list_sep: "; ",
    end: ".",
};

/// The words of `lang`.
pub(crate) fn words(lang: Lang) -> &'static AcrossWords {
    match lang {
        Lang::Zh => &ZH_WORDS,
        Lang::En => &EN_WORDS,
    }
}

/// The short name of the report an indicator is from (2025年报告 / 2025 report).
pub(crate) fn report_short(ds: &Dataset, ind: &Indicator, w: &AcrossWords) -> String {
    ds.reports
        .get(ind.report)
        .map(|r| (w.report_short)(r.reference_year, r.genre))
        .unwrap_or_default()
}

/// The report's title with its place and year where the title does not name them.
pub(crate) fn report_title(r: &ReportInfo) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(p) = r.place.as_deref().filter(|p| !r.title.contains(p)) {
        parts.push(p.to_string());
    }
    if let Some(y) = r
        .reference_year
        .filter(|y| !r.title.contains(&y.to_string()))
    {
        parts.push(format!("{y}年"));
    }
    parts.push(r.title.trim().to_string());
    parts.retain(|p| !p.is_empty());
    parts.join(" ")
}

/// A point whose tooltip names its report.
pub(crate) fn point(ds: &Dataset, ind: &Indicator, loc: &Locale) -> Point {
    let mut p = Point::of_indicator(ind, loc);
    p.tooltip.report = ds
        .reports
        .get(ind.report)
        .map(report_title)
        .unwrap_or_default();
    p
}

/// A sorted set of ids (no hash map: it keeps the wasm small).
pub(crate) struct Ids<'a>(Vec<&'a str>);

impl Ids<'_> {
    pub fn contains(&self, id: &str) -> bool {
        self.0.binary_search(&id).is_ok()
    }
}

/// The ids of figures another text restates.
pub(crate) fn restated(ds: &Dataset) -> Ids<'_> {
    let mut ids: Vec<&str> = ds.restated.iter().map(|r| r.id.as_str()).collect();
    crate::text::sort_stable_by(&mut ids, |a, b| a.cmp(b));
    Ids(ids)
}

/// The place and the measure key of a series of several reports (`海淀区/gdp-growth`).
pub(crate) fn split_series(series: &str) -> Option<(&str, &str)> {
    series.split_once('/')
}

/// Whether a dataset holds several reports' figures in shared series.
pub(crate) fn is_collection(ds: &Dataset) -> bool {
    ds.indicators
        .iter()
        .any(|i| split_series(&i.series).is_some())
}

/// The two roles the views of several reports compare.
pub(crate) fn is_target(s: Status) -> bool {
    s == Status::Target
}

/// The source line of several texts: how many, and their places.
pub(crate) fn source_line(ds: &Dataset, loc: &Locale, w: &AcrossWords) -> String {
    let mut texts: Vec<&str> = ds.reports.iter().map(|r| r.sha256.as_str()).collect();
    crate::text::sort_stable_by(&mut texts, |a, b| a.cmp(b));
    texts.dedup();
    if texts.len() < 2 {
        return super::frame::source_line(ds, loc);
    }
    let mut places: Vec<&str> = Vec::new();
    for r in &ds.reports {
        if let Some(p) = r.place.as_deref() {
            if !places.contains(&p) {
                places.push(p);
            }
        }
    }
    let sep = if w.list_sep == "；" { "、" } else { ", " };
    let mut line = (w.source)(texts.len(), &places.join(sep));
    if ds.indicators.iter().any(|i| i.corrected_from.is_some()) {
        line.push_str(loc.corrected);
    }
    line
}

/// The name of a series: a work or plan report's catalog name, else its latest figure's.
pub(crate) fn series_name(ds: &Dataset, members: &[&Indicator], loc: &Locale) -> String {
    let from_report = |i: &&&Indicator| {
        ds.reports
            .get(i.report)
            .is_some_and(|r| r.genre != Genre::News)
    };
    members
        .iter()
        .rev()
        .filter(from_report)
        .find(|i| i.label_zh.is_some() || i.subject_en.is_some())
        .or_else(|| members.iter().rev().find(from_report))
        .or(members.last())
        .map(|i| (loc.name)(i))
        .unwrap_or_default()
}
