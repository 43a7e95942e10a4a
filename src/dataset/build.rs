//! Turns extracted quantities into the dataset: ids and series, English names and categories
//! from the catalog, year pairs and derived values.

use super::catalog::Catalog;
use super::derived;
use super::ids::hashed_series;
use crate::extract::Found;
use crate::model::{Comparability, Dataset, Indicator, SourceInfo, Status, YearPair};
use crate::report::Report;

/// Builds the dataset of a parsed report.
pub fn build(report: &Report, found: &[Found], sha256: String, catalog: &Catalog) -> Dataset {
    let mut indicators: Vec<Indicator> = Vec::with_capacity(found.len());
    // Sorted, searched by bisection: a hash map's code is a few kilobytes of wasm.
    let mut used_ids: Vec<String> = Vec::new();
    let mut next_suffix: Vec<(String, usize)> = Vec::new();
    for f in found {
        let entry = catalog.lookup(&f.subject, f.measure, &f.unit);
        let (mut series, category, mut subject_en, mut label_zh) = match entry {
            Some(e) => (
                e.slug.clone(),
                e.category,
                Some(e.english.clone()),
                (!e.chinese.is_empty()).then(|| e.chinese.clone()),
            ),
            None => (
                hashed_series(&f.subject, &f.unit, f.measure),
                f.category,
                None,
                None,
            ),
        };
        let mut id = format!("{series}-{}", f.year);
        if used_ids.binary_search(&id).is_ok() {
            // A second indicator of the same series and year: its own series, numbered, and not
            // the catalog's names (they belong to the first).
            subject_en = None;
            label_zh = None;
            let base = match entry {
                Some(_) => hashed_series(&f.subject, &f.unit, f.measure),
                None => series.clone(),
            };
            let at = match next_suffix.binary_search_by(|(k, _)| k.as_str().cmp(&base)) {
                Ok(at) => at,
                Err(at) => {
                    next_suffix.insert(at, (base.clone(), 2));
                    at
                }
            };
            let n = &mut next_suffix[at].1;
            loop {
                series = format!("{base}-{n}");
                id = format!("{series}-{}", f.year);
                *n += 1;
                if used_ids.binary_search(&id).is_err() {
                    break;
                }
            }
        }
        if let Err(at) = used_ids.binary_search(&id) {
            used_ids.insert(at, id.clone());
        }
        indicators.push(Indicator {
            id,
            series,
            subject: f.subject.clone(),
            subject_en,
            label_zh,
            value: f.value,
            unit: f.unit.clone(),
            display: f.display.clone(),
            year: f.year,
            measure: f.measure,
            status: f.status,
            qualifiers: f.qualifiers.clone(),
            section: f.section.clone(),
            part: f.part,
            category,
            span: f.span,
            quote: f.quote.clone(),
            quote_span: f.quote_span,
            corrected_from: None,
        });
    }
    let pairs = pairs(report, &indicators, catalog);
    let derived = derived::derive(found, &indicators);
    Dataset {
        source: SourceInfo {
            title: report.title.clone(),
            sha256,
            review_year: report.review_year,
            plan_year: report.plan_year,
        },
        indicators,
        pairs,
        derived,
    }
}

/// A pair for every series with a review-year result or estimate and a plan-year target. Ids
/// are unique per series and year, so a series has at most one member per year.
fn pairs(report: &Report, indicators: &[Indicator], catalog: &Catalog) -> Vec<YearPair> {
    // Series in order of first appearance, with their review-year and plan-year members.
    // `members[i]` belongs to `order[i]`; `index` maps a series to `i`, sorted by series.
    let mut order: Vec<&str> = Vec::new();
    let mut members: Vec<(Option<&Indicator>, Option<&Indicator>)> = Vec::new();
    let mut index: Vec<(&str, usize)> = Vec::new();
    for ind in indicators {
        let series = ind.series.as_str();
        let i = match index.binary_search_by(|(k, _)| k.cmp(&series)) {
            Ok(at) => index[at].1,
            Err(at) => {
                index.insert(at, (series, order.len()));
                order.push(series);
                members.push((None, None));
                order.len() - 1
            }
        };
        let entry = &mut members[i];
        let is_result = matches!(ind.status, Status::Result | Status::Estimate);
        if ind.year == report.review_year && is_result && entry.0.is_none() {
            entry.0 = Some(ind);
        } else if ind.year == report.plan_year && ind.status == Status::Target && entry.1.is_none()
        {
            entry.1 = Some(ind);
        }
    }
    let mut out = Vec::new();
    for (series, m) in order.into_iter().zip(members) {
        let (Some(from), Some(to)) = m else {
            continue;
        };
        let (comparable, note) = match catalog.entry(series) {
            Some(e) => (e.comparable, e.note.clone()),
            None => (
                Comparability::Exact,
                String::from("Same subject, unit and measure in the review and the plan."),
            ),
        };
        out.push(YearPair {
            id: format!("{series}-{}-{}", from.year, to.year),
            from: from.id.clone(),
            to: to.id.clone(),
            comparable,
            note,
        });
    }
    out
}
