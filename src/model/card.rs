//! What the page shows of one figure: its tooltip card, and the box of a mark on the chart.

use serde::Serialize;

/// What a tooltip shows for one figure (its JSON form is the page's `MarkTooltip`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Tooltip {
    pub indicator_id: String,
    pub name: String,
    /// The value as written in the report (Chinese), qualifiers included (85%以上).
    pub value_display: String,
    /// The year the figure is about; `None` when the text does not tell.
    pub year: Option<i32>,
    /// 实际 / 预计 / 目标 / 推算 (or Result / Estimate / Target / Derived).
    pub kind: String,
    pub qualifiers: Vec<String>,
    pub quote_before: String,
    pub quote_match: String,
    pub quote_after: String,
    /// The value as the report wrote it, when an editor corrected it.
    pub corrected_from: Option<String>,
    /// The report the figure is from, when the chart shows several ("" otherwise).
    pub report: String,
    /// The result a target was judged against, in the attainment view.
    pub compared: Option<Compared>,
}

/// What a target's tooltip adds in the attainment view: the verdict, the rule, and the result's
/// figure with its own sentence (the page's `ComparedFigure`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Compared {
    /// The verdict in words: 超额完成 / Exceeded.
    pub verdict: String,
    /// How the target is read: 以上为下限 / 以上 is a floor.
    pub rule: String,
    /// 实际 / 预计 (Result / Estimate); "" when no text gives the year's result.
    pub kind: String,
    pub value_display: String,
    pub year: Option<i32>,
    pub report: String,
    pub quote_before: String,
    pub quote_match: String,
    pub quote_after: String,
}

/// A mark of a drawn chart: its box in CSS px and the figure it shows (the page's `ChartMark`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MarkBox {
    pub index: usize,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    pub indicator_id: String,
}
