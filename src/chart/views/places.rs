//! The places view: one measure across places in one year (several districts' 2025 GDP growth
//! targets), one bar per place, highest first; each place's figure is the one its latest text
//! gives.

use super::across::{is_collection, is_target, point, restated, source_line, split_series, words};
use super::bars::{status_keys, status_notes};
use super::frame::FrameText;
use super::hbars::{describe_rows, lay_out, BarRow, Keep};
use super::Drawn;
use crate::chart::error::{ChartError, ErrorKind};
use crate::chart::format::split_unit;
use crate::chart::locale::Locale;
use crate::chart::spec::{ChartSpec, Lang};
use crate::model::{Dataset, Indicator};

/// Which figures the view compares: a measure key, a year, targets or outcomes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Choice {
    pub key: String,
    pub year: i32,
    pub targets: bool,
}

/// Full-year figures that lead (no later text restated them), with their place and key.
fn leads(ds: &Dataset) -> Vec<(&str, &str, &Indicator)> {
    let earlier = restated(ds);
    ds.indicators
        .iter()
        .filter(|i| i.period.is_none() && i.year.is_some() && i.value.is_finite())
        .filter(|i| !earlier.contains(i.id.as_str()))
        .filter_map(|i| split_series(&i.series).map(|(p, k)| (p, k, i)))
        .collect()
}

/// The most-compared year and role of `key` (or of every key when `None`): most places, then
/// targets, then the latest year.
fn best(ds: &Dataset, key: Option<&str>) -> Option<Choice> {
    // (measure key, year, targets) and the places that give it.
    type Compared<'a> = ((&'a str, i32, bool), Vec<&'a str>);
    let mut places: Vec<Compared<'_>> = Vec::new();
    for (place, k, ind) in leads(ds) {
        if key.is_some_and(|want| want != k) {
            continue;
        }
        let at = (k, ind.year.unwrap_or_default(), is_target(ind.status));
        match places.iter_mut().find(|(key, _)| *key == at) {
            Some((_, ps)) if !ps.contains(&place) => ps.push(place),
            Some(_) => {}
            None => places.push((at, vec![place])),
        }
    }
    places
        .into_iter()
        .max_by_key(|((k, year, targets), ps)| {
            (ps.len(), *targets, *year, k.ends_with("gdp-growth"), *k)
        })
        .map(|((k, year, targets), _)| Choice {
            key: k.to_string(),
            year,
            targets,
        })
}

/// What the view compares for the `indicator` attribute: an indicator id (its measure, year and
/// role), a measure key such as `gdp-growth`, or nothing (the most-compared figures).
pub(crate) fn resolve_places(ds: &Dataset, indicator: Option<&str>) -> Result<Choice, ChartError> {
    if !is_collection(ds) {
        return Err(ChartError::new(ErrorKind::NeedsSeveral("places")));
    }
    let unknown = |given: &str| {
        ChartError::new(ErrorKind::UnknownIndicator {
            given: given.to_string(),
            example: best(ds, None).map(|c| c.key),
        })
    };
    match indicator.map(str::trim).filter(|s| !s.is_empty()) {
        Some(id) => {
            if let Some(ind) = ds.indicator(id) {
                let (_, key) = split_series(&ind.series).ok_or_else(|| unknown(id))?;
                return Ok(Choice {
                    key: key.to_string(),
                    year: ind.year.ok_or_else(|| unknown(id))?,
                    targets: is_target(ind.status),
                });
            }
            let key = split_series(id).map_or(id, |(_, k)| k);
            best(ds, Some(key)).ok_or_else(|| unknown(id))
        }
        None => best(ds, None).ok_or_else(|| ChartError::new(ErrorKind::NoData("places"))),
    }
}

/// One row per place, highest first.
fn rows_of(ds: &Dataset, c: &Choice, loc: &Locale) -> Vec<BarRow> {
    let mut seen: Vec<&str> = Vec::new();
    let mut rows = Vec::new();
    for (place, key, ind) in leads(ds) {
        if key != c.key
            || ind.year != Some(c.year)
            || is_target(ind.status) != c.targets
            || seen.contains(&place)
        {
            continue;
        }
        seen.push(place);
        rows.push(BarRow {
            label: place.to_string(),
            point: point(ds, ind, loc),
            muted: false,
        });
    }
    crate::text::sort_stable_by(&mut rows, |a, b| {
        b.point
            .v
            .partial_cmp(&a.point.v)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then_with(|| a.label.cmp(&b.label))
    });
    rows
}

pub(crate) fn places(ds: &Dataset, spec: &ChartSpec) -> Result<Drawn, ChartError> {
    let loc = Locale::of(spec.lang);
    let w = words(spec.lang);
    let choice = resolve_places(ds, spec.indicator.as_deref())?;
    let rows = rows_of(ds, &choice, loc);
    let first = ds.indicators.iter().find(|i| {
        rows.first()
            .is_some_and(|r| r.point.tooltip.indicator_id == i.id)
    });
    let Some(first) = first else {
        return Err(ChartError::new(ErrorKind::NoData("places")));
    };
    let unit = split_unit(&first.unit).1.to_string();
    let name = (loc.name)(first);
    let title = (w.places_title)(&name, choice.year, choice.targets);
    let pts: Vec<_> = rows.iter().map(|r| r.point.clone()).collect();
    let ft = FrameText {
        title: title.clone(),
        subtitle: w.places_subtitle.to_string(),
        keys: status_keys(&pts, loc),
        notes: status_notes(&pts, loc),
        source: source_line(ds, loc, w),
    };
    let (b, hidden, preferred_height) = lay_out(spec, ft, rows, Keep::First, &unit, loc);
    let describe = |lang: Lang| {
        let (loc, w) = (Locale::of(lang), words(lang));
        let title = (w.places_title)(&(loc.name)(first), choice.year, choice.targets);
        describe_rows(&title, &rows_of(ds, &choice, loc), w)
    };
    Ok(Drawn {
        b,
        title,
        desc_zh: describe(Lang::Zh),
        desc_en: describe(Lang::En),
        hidden,
        preferred_height,
    })
}
