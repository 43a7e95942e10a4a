//! Turns extracted quantities into the dataset: ids and series, English names and categories
//! from the catalog, year pairs and derived values.

use std::collections::{HashMap, HashSet};

use super::catalog::Catalog;
use super::derived;
use super::ids::hashed_series;
use crate::extract::Found;
use crate::model::{
    indicator_id, Comparability, Dataset, Indicator, ReportInfo, SourceSpan, Status, YearPair,
    YEAR_PAIR_NOTE,
};
use crate::report::Report;

/// Builds the dataset of a parsed text.
pub fn build(report: &Report, found: &[Found], sha256: String, catalog: &Catalog) -> Dataset {
    let mut indicators: Vec<Indicator> = Vec::with_capacity(found.len());
    // Each id with the document that took it, and the next number of each numbered series.
    let mut used_ids: HashMap<String, usize> = HashMap::new();
    let mut next_suffix: HashMap<String, usize> = HashMap::new();
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
        let used = |ids: &HashMap<String, usize>, id: &str| ids.get(id).copied();
        let mut id = indicator_id(&series, f.year, f.period);
        if let Some(owner) = used(&used_ids, &id).filter(|&d| d != f.document) {
            // The same measure and year in another document of the text (a target, then the
            // result a year later): the same series, the id says which document.
            let _ = owner;
            id = format!("{id}-d{}", f.document + 1);
        }
        if used(&used_ids, &id).is_some() {
            // A second indicator of the same series and year: its own series, numbered, and not
            // the catalog's names (they belong to the first).
            subject_en = None;
            label_zh = None;
            let base = match entry {
                Some(_) => hashed_series(&f.subject, &f.unit, f.measure),
                None => series.clone(),
            };
            let n = next_suffix.entry(base.clone()).or_insert(2);
            loop {
                series = format!("{base}-{n}");
                id = indicator_id(&series, f.year, f.period);
                *n += 1;
                if used(&used_ids, &id).is_none() {
                    break;
                }
            }
        }
        used_ids.entry(id.clone()).or_insert(f.document);
        indicators.push(Indicator {
            id,
            series,
            subject: f.subject.clone(),
            subject_en,
            label_zh,
            value: f.value,
            value_high: f.value_high,
            unit: f.unit.clone(),
            display: f.display.clone(),
            year: f.year,
            year_basis: f.year_basis,
            year_note: f.year_note.clone(),
            period: f.period,
            measure: f.measure,
            status: f.status,
            qualifiers: f.qualifiers.clone(),
            section: f.section.clone(),
            part: f.part,
            category,
            report: f.document,
            span: f.span,
            quote: f.quote.clone(),
            quote_span: f.quote_span,
            corrected_from: None,
        });
    }
    let pairs = pairs(&indicators, catalog);
    let derived = derived::derive(found, &indicators);
    let reports = report
        .documents
        .iter()
        .map(|d| ReportInfo {
            title: d.title.clone(),
            sha256: sha256.clone(),
            reference_year: d.reference_year,
            reference_note: d.reference_note.clone(),
            genre: d.genre,
            place: d.place.clone(),
            span: SourceSpan {
                start: d.start,
                end: d.end,
            },
        })
        .collect();
    Dataset {
        reports,
        indicators,
        pairs,
        derived,
        attainment: Vec::new(),
        restated: Vec::new(),
    }
}

/// A pair for every series of a document with a whole-year result or estimate of year Y and a
/// target of year Y + 1 in the same document (the latest such Y; the first figure of each in
/// text order).
fn pairs(indicators: &[Indicator], catalog: &Catalog) -> Vec<YearPair> {
    // Series of each document in order of first appearance, with their whole-year members.
    // (A map from series to its slot: a long text has tens of thousands of figures.)
    let mut order: Vec<(usize, &str)> = Vec::new();
    let mut slot: HashMap<(usize, &str), usize> = HashMap::new();
    let mut members: Vec<Vec<&Indicator>> = Vec::new();
    for ind in indicators {
        if ind.year.is_none() || ind.period.is_some() || ind.status == Status::Derived {
            continue;
        }
        let key = (ind.report, ind.series.as_str());
        match slot.get(&key) {
            Some(&i) => members[i].push(ind),
            None => {
                slot.insert(key, order.len());
                order.push(key);
                members.push(vec![ind]);
            }
        }
    }
    let mut out = Vec::new();
    let mut ids: HashSet<String> = HashSet::new();
    for ((_, series), m) in order.into_iter().zip(members) {
        let is_result = |i: &&&Indicator| matches!(i.status, Status::Result | Status::Estimate);
        let best = m
            .iter()
            .filter(is_result)
            .filter_map(|r| {
                let y = r.year?;
                let t = m
                    .iter()
                    .find(|t| t.status == Status::Target && t.year == Some(y + 1))?;
                let first_r = m.iter().filter(is_result).find(|x| x.year == Some(y))?;
                Some((y, *first_r, *t))
            })
            .max_by_key(|(y, _, _)| *y);
        let Some((_, from, to)) = best else { continue };
        let (comparable, note) = match catalog.entry(series) {
            Some(e) => (e.comparable, e.note.clone()),
            None => (Comparability::Exact, String::from(YEAR_PAIR_NOTE)),
        };
        let (fy, ty) = (from.year.unwrap_or_default(), to.year.unwrap_or_default());
        let mut id = format!("{series}-{fy}-{ty}");
        if ids.contains(&id) {
            id = format!("{id}-d{}", to.report + 1);
        }
        ids.insert(id.clone());
        out.push(YearPair {
            id,
            from: from.id.clone(),
            to: to.id.clone(),
            comparable,
            note,
        });
    }
    out
}
