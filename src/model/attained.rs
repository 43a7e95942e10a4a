//! Several reports read as one: a target judged against its year's result (attainment), and a
//! figure a later text restates. Plain data the across layer computes and the views draw.

use serde::Serialize;

use super::names::json_names;

/// How a target is met, from its qualifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Rule {
    /// 以上, 不低于, 不少于: at least the target.
    Floor,
    /// 以内, 不超过, 以下: at most the target.
    Ceiling,
    /// 左右: within a band around the target.
    Band,
    /// No qualifier: the target itself.
    Exact,
}

/// What became of a target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Exceeded,
    Met,
    Missed,
    NotReported,
}

json_names!(Rule {
    Floor => "floor",
    Ceiling => "ceiling",
    Band => "band",
    Exact => "exact",
});
json_names!(Verdict {
    Exceeded => "exceeded",
    Met => "met",
    Missed => "missed",
    NotReported => "not-reported",
});

/// One target of a dataset of several reports and the result it was judged against.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Attained {
    /// The target's indicator id.
    pub target: String,
    /// The result's (or estimate's) indicator id, from the latest text that gives one.
    pub result: Option<String>,
    /// The result in the target's unit.
    pub result_value: Option<f64>,
    pub rule: Rule,
    pub verdict: Verdict,
    /// Whether a lower value is better (unemployment, energy intensity, a ceiling).
    pub lower_is_better: bool,
}

/// A figure that a later text restates: the later one leads, the earlier one stays visible.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Restated {
    /// The earlier figure.
    pub id: String,
    /// The figure that leads for the same series, year and role.
    pub by: String,
}
