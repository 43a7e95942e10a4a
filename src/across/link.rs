//! Series across reports: each figure is linked to the series of what it measures, by the
//! catalog (the same slug), the same subject once the place, years and plan verbs are set aside,
//! or a similar subject (bigram similarity at or above `SIMILAR_THRESHOLD`, with its score).

use super::subjects::{is_method_phrase, normalize, similarity};
use super::units::{base_unit, convert};
use super::CollectedReport;
use crate::dataset::catalog::Catalog;
use crate::dataset::ids::fnv1a32;
use crate::model::{Indicator, Measure};
use serde::Serialize;
use std::collections::HashMap;

/// Subjects at least this alike (Dice similarity of character bigrams) measure the same thing.
pub const SIMILAR_THRESHOLD: f64 = 0.75;

/// Why a figure is in its series.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum LinkBasis {
    /// The catalog names the series (`data/catalog.tsv`).
    Catalog,
    /// The same subject, measure and unit (magnitudes folded).
    SameSubject,
    /// A similar subject with the same measure and unit; `score` says how similar.
    Similar,
    /// An editor linked or unlinked it.
    Editor,
}

/// A figure's series across reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Link {
    pub indicator: String,
    pub place: Option<String>,
    /// What is measured, the same in every place (`gdp-growth`, `level-1a2b3c4d`).
    pub measure_key: String,
    /// The series: the place and what is measured (`青川区/gdp-growth`).
    pub series: String,
    pub basis: LinkBasis,
    /// For a similar subject: the similarity, 0 to 1.
    pub score: Option<f64>,
    /// The subject the link was made on (place, years and plan verbs set aside).
    pub subject: String,
    /// A short name for the series: the catalog's, else the subject.
    pub name: String,
    pub lower_is_better: bool,
    /// For an edited link: what it was before, as `basis series`.
    pub edited_from: Option<String>,
}

/// The series of a place and a measure key.
pub fn series_of(place: Option<&str>, key: &str) -> String {
    format!("{}/{key}", place.unwrap_or("?"))
}

struct Key {
    key: String,
    subject: String,
    measure: Measure,
    unit: String,
    reports: Vec<usize>,
}

/// Links every figure.
pub fn link_all(indicators: &[Indicator], reports: &[CollectedReport]) -> Vec<Link> {
    let catalog = Catalog::builtin();
    let mut keys: Vec<Key> = Vec::new();
    let mut exact: HashMap<(String, &'static str, String), usize> = HashMap::new();
    let mut by_gram: HashMap<(char, char), Vec<usize>> = HashMap::new();
    let mut links: Vec<Link> = Vec::with_capacity(indicators.len());
    // The last figure with a subject of its own: (report, sentence start, index into links).
    let mut last: Option<(usize, usize, usize)> = None;
    for ind in indicators {
        let place = reports.get(ind.report).and_then(|r| r.info.place.clone());
        let mut subject = normalize(&ind.subject, place.as_deref());
        if is_method_phrase(&subject) {
            // 505.2亿元，按不变价格计算增长6.1%; 增长6.8%，高于年初确定的6.5%以上的预期目标: what the
            // figure before it in the sentence measures. In the same unit it is that series;
            // otherwise that subject in its own measure.
            let before = last
                .filter(|&(r, q, _)| r == ind.report && q == ind.quote_span.start)
                .and_then(|(_, _, k)| Some((links.get(k)?, indicators.get(k)?)));
            if let Some((prev, prev_ind)) = before {
                if convert(1.0, &prev_ind.unit, &ind.unit).is_some() {
                    let prev = prev.clone();
                    links.push(Link {
                        indicator: ind.id.clone(),
                        basis: LinkBasis::SameSubject,
                        score: None,
                        edited_from: None,
                        ..prev
                    });
                    continue;
                }
                subject = prev.subject.clone();
            }
        } else {
            last = Some((ind.report, ind.quote_span.start, links.len()));
        }
        let fits = |u: &str| convert(1.0, &ind.unit, u).is_some();
        // 青川区今年6%左右的增长目标, 设定7%以上的增长目标, 这5.5%左右的增长预期: a growth
        // target that names no measure is the economy's.
        let mut measure = ind.measure;
        let named = catalog.lookup_where(&subject, measure, fits).is_some();
        if !named && ind.unit == "%" && growth_goal_follows(ind) {
            subject = String::from("经济");
            measure = Measure::Growth;
        }
        // A percent read as a rate may be a growth rate, and the other way round (经济增长目标定
        // 在5.5%左右).
        let other = match measure {
            Measure::Rate => Measure::Growth,
            Measure::Growth => Measure::Rate,
            m => m,
        };
        let entry = catalog
            .lookup_where(&subject, measure, fits)
            .or_else(|| catalog.lookup_where(&ind.subject, ind.measure, fits))
            .or_else(|| catalog.lookup_where(&subject, other, fits));
        let (measure_key, basis, score, name, lower) = if let Some(e) = entry {
            let name = if e.chinese.is_empty() {
                subject.clone()
            } else {
                e.chinese.clone()
            };
            (
                e.slug.clone(),
                LinkBasis::Catalog,
                None,
                name,
                e.lower_is_better,
            )
        } else {
            let unit = base_unit(&ind.unit).0.to_string();
            let exact_key = (subject.clone(), ind.measure.name(), unit.clone());
            let (k, basis, score) = if let Some(&k) = exact.get(&exact_key) {
                (k, LinkBasis::SameSubject, None)
            } else {
                match most_similar(&keys, &by_gram, &subject, ind.measure, &unit, ind.report) {
                    Some((k, s)) => (k, LinkBasis::Similar, Some(s)),
                    None => {
                        let k = keys.len();
                        let name = ind.measure.name();
                        let hash = fnv1a32(&format!("{subject}|{unit}|{name}"));
                        keys.push(Key {
                            key: format!("{name}-{hash:08x}"),
                            subject: subject.clone(),
                            measure: ind.measure,
                            unit: unit.clone(),
                            reports: Vec::new(),
                        });
                        let chars: Vec<char> = subject.chars().collect();
                        for w in chars.windows(2) {
                            let list = by_gram.entry((w[0], w[1])).or_default();
                            if list.last() != Some(&k) {
                                list.push(k);
                            }
                        }
                        exact.insert(exact_key, k);
                        (k, LinkBasis::SameSubject, None)
                    }
                }
            };
            if keys[k].reports.last() != Some(&ind.report) {
                keys[k].reports.push(ind.report);
            }
            (keys[k].key.clone(), basis, score, subject.clone(), false)
        };
        links.push(Link {
            indicator: ind.id.clone(),
            series: series_of(place.as_deref(), &measure_key),
            place,
            measure_key,
            basis,
            score,
            subject,
            name,
            lower_is_better: lower,
            edited_from: None,
        });
    }
    links
}

/// Whether the words right after the figure (and its unit and qualifier) are 的增长目标.
fn growth_goal_follows(ind: &Indicator) -> bool {
    let after: String = ind
        .quote
        .chars()
        .skip(ind.span.end.saturating_sub(ind.quote_span.start))
        .take(12)
        .collect();
    // After the number: its unit and qualifier (%左右), then the words.
    let words = after.trim_start_matches(|c: char| {
        c == '%' || c == '-' || c.is_ascii_digit() || "左右以上以内".contains(c)
    });
    [
        "的增长目标",
        "的增速目标",
        "的经济增长目标",
        "的增长预期",
        "的预期增长目标",
    ]
    .iter()
    .any(|w| words.starts_with(w))
}

/// The key most like `subject` among those of the same measure and unit that no figure of
/// `report` has joined (two figures of one report are two things), when alike enough.
fn most_similar(
    keys: &[Key],
    by_gram: &HashMap<(char, char), Vec<usize>>,
    subject: &str,
    measure: Measure,
    unit: &str,
    report: usize,
) -> Option<(usize, f64)> {
    let chars: Vec<char> = subject.chars().collect();
    let mut candidates: Vec<usize> = chars
        .windows(2)
        .filter_map(|w| by_gram.get(&(w[0], w[1])))
        .flatten()
        .copied()
        .collect();
    candidates.sort_unstable();
    candidates.dedup();
    let mut best: Option<(usize, f64)> = None;
    // The best score of any key of the measure and unit, this report's own included.
    let mut top: Option<(usize, f64)> = None;
    let mut tied = false;
    for k in candidates {
        let key = &keys[k];
        if key.measure != measure || key.unit != unit {
            continue;
        }
        let s = similarity(subject, &key.subject);
        if s < SIMILAR_THRESHOLD {
            continue;
        }
        match top {
            Some((_, b)) if (s - b).abs() < 1e-9 => tied = true,
            Some((_, b)) if s < b => {}
            _ => {
                top = Some((k, s));
                tied = false;
            }
        }
        if !key.reports.contains(&report) && best.is_none_or(|(_, b)| s > b) {
            best = Some((k, s));
        }
    }
    // 居民人均可支配收入 is as like 城镇居民… as 农村居民…: it is neither, but a measure of its
    // own; and one that is most like a key this report already has is that key's sibling.
    if tied || top.map(|(k, _)| k) != best.map(|(k, _)| k) {
        return None;
    }
    best.map(|(k, s)| (k, (s * 1000.0).round() / 1000.0))
}
