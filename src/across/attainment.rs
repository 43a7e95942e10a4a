//! Targets against results: each target for year Y (from a report delivered in Y) is paired with
//! the result or estimate for Y from the latest text that gives one, and judged by the rule its
//! qualifier sets (see docs/across-reports.md).

use super::units::convert;
use super::{Collection, Link};
use crate::model::{Genre, Indicator, Status};
use serde::Serialize;
use std::collections::BTreeMap;

/// Half the width of a 左右 band for a target in percent, in percentage points.
pub const BAND_PERCENT_POINTS: f64 = 0.5;
/// Half the width of a 左右 band for any other unit, as a share of the target.
pub const BAND_OTHER: f64 = 0.05;

pub use crate::model::{Rule, Verdict};

/// One target and what became of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Attainment {
    pub place: Option<String>,
    pub measure_key: String,
    pub series: String,
    pub name: String,
    pub year: i32,
    /// The target's indicator id.
    pub target: String,
    pub target_value: f64,
    pub target_display: String,
    pub unit: String,
    pub rule: Rule,
    pub lower_is_better: bool,
    /// The result's (or estimate's) indicator id, from the latest text that gives it.
    pub result: Option<String>,
    /// The result in the target's unit.
    pub result_value: Option<f64>,
    pub result_display: Option<String>,
    /// Earlier texts' figures for the same year, which the result restates.
    pub restated: Vec<String>,
    pub verdict: Verdict,
    /// The comparison in words (6.1% against 6%以上: above the floor).
    pub reason: String,
}

/// The rule a target's qualifiers set.
pub fn rule_of(ind: &Indicator) -> Rule {
    let has = |w: &str| ind.qualifiers.iter().any(|q| q == w);
    if has("左右") {
        Rule::Band
    } else if has("以上") || has("不低于") || has("不少于") {
        Rule::Floor
    } else if has("以内") || has("不超过") || has("以下") {
        Rule::Ceiling
    } else {
        Rule::Exact
    }
}

/// Judges `result` against `target` (same unit) by `rule`.
pub fn judge(result: f64, target: f64, unit: &str, rule: Rule, lower_is_better: bool) -> Verdict {
    let eps = 1e-9 * target.abs().max(1.0);
    let above = result > target + eps;
    let below = result < target - eps;
    match rule {
        Rule::Floor => {
            if above {
                Verdict::Exceeded
            } else if below {
                Verdict::Missed
            } else {
                Verdict::Met
            }
        }
        Rule::Ceiling => {
            if above {
                Verdict::Missed
            } else {
                Verdict::Met
            }
        }
        Rule::Band => {
            let half = if unit == "%" {
                BAND_PERCENT_POINTS
            } else {
                BAND_OTHER * target.abs()
            };
            if result > target + half + eps {
                if lower_is_better {
                    Verdict::Missed
                } else {
                    Verdict::Exceeded
                }
            } else if result < target - half - eps && !lower_is_better {
                Verdict::Missed
            } else {
                Verdict::Met
            }
        }
        Rule::Exact if lower_is_better => {
            if above {
                Verdict::Missed
            } else {
                Verdict::Met
            }
        }
        Rule::Exact => {
            if above {
                Verdict::Exceeded
            } else if below {
                Verdict::Missed
            } else {
                Verdict::Met
            }
        }
    }
}

fn reason(rule: Rule, verdict: Verdict, lower: bool) -> String {
    let rule_words = match rule {
        Rule::Floor => "a floor (以上)",
        Rule::Ceiling => "a ceiling (以内)",
        Rule::Band if lower => "a band (左右) read as a ceiling at its upper edge: lower is better",
        Rule::Band => "a band (左右)",
        Rule::Exact if lower => "the target itself: lower is better",
        Rule::Exact => "the target itself",
    };
    format!("{}; the target is {rule_words}", verdict.name())
}

/// Every target of the collection with its outcome, by place, measure and year.
pub fn attain_all(c: &Collection) -> Vec<Attainment> {
    let mut by_series: BTreeMap<&str, Vec<(&Indicator, &Link)>> = BTreeMap::new();
    for (ind, link) in c.indicators.iter().zip(&c.links) {
        if ind.period.is_none() && ind.year.is_some() {
            by_series.entry(&link.series).or_default().push((ind, link));
        }
    }
    let mut rows = Vec::new();
    for members in by_series.values() {
        let mut targets: BTreeMap<i32, &(&Indicator, &Link)> = BTreeMap::new();
        // A story of the year's report, for a target no report of the collection gives (the
        // report itself is missing).
        let mut told: BTreeMap<i32, &(&Indicator, &Link)> = BTreeMap::new();
        for m in members {
            let (ind, _) = m;
            let Some(year) = ind.year else { continue };
            let Some(report) = c.reports.get(ind.report) else {
                continue;
            };
            // The target source is the report delivered in its year; later restatements are not.
            if ind.status != Status::Target || report.info.reference_year != Some(year) {
                continue;
            }
            let into = if report.info.genre == Genre::News {
                &mut told
            } else {
                &mut targets
            };
            let earlier = into
                .get(&year)
                .is_some_and(|(t, _)| c.order_of(t) <= c.order_of(ind));
            if !earlier {
                into.insert(year, m);
            }
        }
        // A story's target counts only where a result tells what became of it.
        for (year, m) in told {
            let judged = members
                .iter()
                .any(|(i, _)| Collection::is_outcome(i) && i.year == Some(year));
            if judged {
                targets.entry(year).or_insert(m);
            }
        }
        for (year, (target, link)) in targets {
            let mut outcomes: Vec<(&Indicator, f64)> = members
                .iter()
                .filter(|(i, _)| Collection::is_outcome(i) && i.year == Some(year))
                .filter_map(|(i, _)| convert(i.value, &i.unit, &target.unit).map(|v| (*i, v)))
                .collect();
            // Latest text first; within a text, its first mention in the body (a news
            // headline rounds what its lead states).
            outcomes.sort_by_key(|(i, _)| {
                (
                    std::cmp::Reverse(c.order_of(i)),
                    c.is_headline(i),
                    i.span.start,
                )
            });
            let rule = rule_of(target);
            let lower = link.lower_is_better || rule == Rule::Ceiling;
            let (result, verdict) = match outcomes.first() {
                Some((r, v)) => (
                    Some((*r, *v)),
                    judge(*v, target.value, &target.unit, rule, lower),
                ),
                None => (None, Verdict::NotReported),
            };
            rows.push(Attainment {
                place: link.place.clone(),
                measure_key: link.measure_key.clone(),
                series: link.series.clone(),
                name: link.name.clone(),
                year,
                target: target.id.clone(),
                target_value: target.value,
                target_display: target.display.clone(),
                unit: target.unit.clone(),
                rule,
                lower_is_better: lower,
                result: result.map(|(r, _)| r.id.clone()),
                result_value: result.map(|(_, v)| v),
                result_display: result.map(|(r, _)| r.display.clone()),
                restated: outcomes.iter().skip(1).map(|(i, _)| i.id.clone()).collect(),
                verdict,
                reason: if result.is_some() {
                    reason(rule, verdict, lower)
                } else {
                    String::from("not-reported: no text of the collection gives the year's result")
                },
            });
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_rule_as_written_in_the_docs() {
        use Verdict::*;
        // Floor.
        assert_eq!(judge(6.1, 6.0, "%", Rule::Floor, false), Exceeded);
        assert_eq!(judge(8.0, 8.0, "%", Rule::Floor, false), Met);
        assert_eq!(judge(1.16, 1.2, "万人", Rule::Floor, false), Missed);
        // Ceiling.
        assert_eq!(judge(4.6, 5.0, "%", Rule::Ceiling, true), Met);
        assert_eq!(judge(5.2, 5.0, "%", Rule::Ceiling, true), Missed);
        // Band, higher is better: ±0.5 points for %, ±5% otherwise.
        assert_eq!(judge(6.3, 6.0, "%", Rule::Band, false), Met);
        assert_eq!(judge(6.5, 6.0, "%", Rule::Band, false), Met);
        assert_eq!(judge(8.1, 7.0, "%", Rule::Band, false), Exceeded);
        assert_eq!(judge(3.1, 6.5, "%", Rule::Band, false), Missed);
        assert_eq!(judge(2160.0, 2000.0, "个", Rule::Band, false), Exceeded);
        assert_eq!(judge(2090.0, 2000.0, "个", Rule::Band, false), Met);
        // Band, lower is better: a ceiling at the upper edge.
        assert_eq!(judge(4.8, 5.5, "%", Rule::Band, true), Met);
        assert_eq!(judge(3.6, 3.0, "%", Rule::Band, true), Missed);
        // No qualifier, signed: a larger decline is better when lower is better.
        assert_eq!(judge(-1.6, -2.0, "%", Rule::Exact, true), Missed);
        assert_eq!(judge(-2.8, -2.5, "%", Rule::Exact, true), Met);
        assert_eq!(judge(2500.0, 2400.0, "个", Rule::Exact, false), Exceeded);
    }
}
