//! A dataset: the documents it was read from, their indicators, the year-over-year pairs and the
//! values the text implies.

use serde::Serialize;

use super::names::json_names;
use super::{Attained, Indicator, Restated, SourceSpan, Status};

/// What kind of document a report is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Genre {
    /// 政府工作报告: a review of the past year and the plan for the year it is delivered in.
    WorkReport,
    /// 计划执行情况与…计划（草案）的报告: the plan's execution and the next plan.
    PlanReport,
    /// A news story or digest about a report: headline, dateline, lead, bullets.
    News,
    /// Text with none of the genre's marks (an excerpt).
    Text,
}

/// One document of the input: a report, a plan report or a news story. A text pasted from
/// several pages can hold several.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportInfo {
    /// The title as found in the front matter or headline, its spacing normalised.
    pub title: String,
    /// SHA-256 of the whole input text (UTF-8 bytes after decoding, BOM removed), lowercase hex.
    pub sha256: String,
    /// The year the document was delivered or dated (its meeting line, dateline or title): a
    /// work report delivered in Y reviews Y−1 and plans Y. Null when the text does not tell.
    pub reference_year: Option<i32>,
    /// How the reference year was found (e.g. "meeting line: ——2025年1月6日在…"), or why not.
    pub reference_note: String,
    pub genre: Genre,
    /// The issuing government (海淀区, 北京市, 湖北省), when the text names it.
    pub place: Option<String>,
    /// Where the document stands in the input text.
    pub span: SourceSpan,
}

/// How closely the two members of a year pair measure the same thing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Comparability {
    Exact,
    Approximate,
}

/// The note of a pair the catalog says nothing about.
pub const YEAR_PAIR_NOTE: &str = "Same subject, unit and measure in the review and the plan.";

/// A year's result or estimate and the next year's target of the same measure, from one
/// document.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct YearPair {
    pub id: String,
    /// Indicator id of the result or estimate.
    pub from: String,
    /// Indicator id of the target.
    pub to: String,
    pub comparable: Comparability,
    pub note: String,
}

/// A value the text implies but does not state (e.g. a prior-year level from a growth rate).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DerivedValue {
    pub id: String,
    pub series: String,
    pub year: i32,
    pub value: f64,
    pub unit: String,
    /// Ids of the indicators it was computed from.
    pub from: Vec<String>,
    /// The computation, e.g. "2万亿元 ÷ (1 + 13%) = 1.76991万亿元".
    pub formula: String,
}

/// Everything extracted from one text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dataset {
    /// The documents, in text order (most texts hold one).
    pub reports: Vec<ReportInfo>,
    pub indicators: Vec<Indicator>,
    pub pairs: Vec<YearPair>,
    pub derived: Vec<DerivedValue>,
    /// With several reports: each target against its year's result (empty for one report).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attainment: Vec<Attained>,
    /// With several reports: figures a later text restates (empty for one report).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub restated: Vec<Restated>,
}

impl Dataset {
    /// The indicator with this id.
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    /// All indicators of one series with a known year, in year order.
    pub fn series_members(&self, series: &str) -> Vec<&Indicator> {
        let mut members: Vec<&Indicator> = self
            .indicators
            .iter()
            .filter(|i| i.series == series && i.year.is_some())
            .collect();
        crate::text::sort_stable_by(&mut members, |a, b| a.year.cmp(&b.year));
        members
    }

    /// The first document's title ("" when there is none).
    pub fn title(&self) -> &str {
        self.reports.first().map_or("", |r| r.title.as_str())
    }

    /// SHA-256 of the text the dataset was read from ("" for an empty dataset).
    pub fn sha256(&self) -> &str {
        self.reports.first().map_or("", |r| r.sha256.as_str())
    }

    /// The years most pairs compare (result year, target year); without pairs, the latest year
    /// with results and the latest with targets.
    pub fn comparison_years(&self) -> (Option<i32>, Option<i32>) {
        let year_of = |id: &str| self.indicator(id).and_then(|i| i.year);
        let mut counts: Vec<((i32, i32), usize)> = Vec::new();
        for p in &self.pairs {
            if let (Some(a), Some(b)) = (year_of(&p.from), year_of(&p.to)) {
                match counts.iter_mut().find(|(k, _)| *k == (a, b)) {
                    Some(entry) => entry.1 += 1,
                    None => counts.push(((a, b), 1)),
                }
            }
        }
        if let Some(((a, b), _)) = counts.into_iter().max_by_key(|&((a, _), n)| (n, a)) {
            return (Some(a), Some(b));
        }
        let latest = |targets: bool| {
            self.indicators
                .iter()
                .filter(|i| (i.status == Status::Target) == targets && i.period.is_none())
                .filter_map(|i| i.year)
                .max()
        };
        (latest(false), latest(true))
    }

    /// The dataset as JSON, in the shape the CLI prints.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

json_names!(Comparability {
    Exact => "exact",
    Approximate => "approximate",
});
json_names!(Genre {
    WorkReport => "workReport",
    PlanReport => "planReport",
    News => "news",
    Text => "text",
});
