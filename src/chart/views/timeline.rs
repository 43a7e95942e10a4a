//! The timeline view: one series over the years, every figure the reports give for it (targets
//! outlined, estimates hatched, results solid), each row naming its report; a figure a later
//! text restated stays visible, muted, under the one that leads.

use super::across::{
    point, report_short, restated, series_name, source_line, split_series, words, AcrossWords,
};
use super::bars::{status_keys, status_notes};
use super::frame::FrameText;
use super::hbars::{describe_rows, lay_out, BarRow, Keep};
use super::Drawn;
use crate::chart::error::{ChartError, ErrorKind};
use crate::chart::format::split_unit;
use crate::chart::locale::Locale;
use crate::chart::spec::{ChartSpec, Lang};
use crate::model::{Dataset, Indicator, Status};

/// The series for the `indicator` attribute: an indicator id or a series id; without one, the
/// series with the most years (GDP growth first among equals).
pub(crate) fn resolve_timeline(
    ds: &Dataset,
    indicator: Option<&str>,
) -> Result<String, ChartError> {
    let mut years: Vec<(&str, Vec<i32>)> = Vec::new();
    for ind in ds.indicators.iter().filter(|i| i.period.is_none()) {
        if let Some(y) = ind.year {
            match years.iter_mut().find(|(s, _)| *s == ind.series) {
                Some((_, ys)) if !ys.contains(&y) => ys.push(y),
                Some(_) => {}
                None => years.push((ind.series.as_str(), vec![y])),
            }
        }
    }
    let best = years
        .iter()
        .max_by_key(|(s, ys)| (ys.len(), s.ends_with("gdp-growth"), *s))
        .map(|(s, _)| s.to_string());
    match indicator.map(str::trim).filter(|s| !s.is_empty()) {
        Some(id) => {
            if let Some(ind) = ds.indicator(id) {
                return Ok(ind.series.clone());
            }
            if years.iter().any(|(s, _)| *s == id) {
                return Ok(id.to_string());
            }
            Err(ChartError::new(ErrorKind::UnknownIndicator {
                given: id.to_string(),
                example: best,
            }))
        }
        None => best.ok_or_else(|| ChartError::new(ErrorKind::NoData("timeline"))),
    }
}

fn order(s: Status) -> u8 {
    match s {
        Status::Target => 0,
        Status::Estimate => 1,
        Status::Result => 2,
        Status::Derived => 3,
    }
}

/// The series' full-year figures in the lead's base unit: by year, then target, estimate,
/// result, the leading figure before those it restates.
fn members<'a>(ds: &'a Dataset, series: &str) -> Vec<&'a Indicator> {
    let earlier = restated(ds);
    let mut m: Vec<&Indicator> = ds
        .indicators
        .iter()
        .filter(|i| i.series == series && i.period.is_none() && i.year.is_some())
        .filter(|i| i.value.is_finite())
        .collect();
    let base = m
        .iter()
        .find(|i| !earlier.contains(i.id.as_str()))
        .or(m.first())
        .map(|i| split_unit(&i.unit).1.to_string())
        .unwrap_or_default();
    m.retain(|i| split_unit(&i.unit).1 == base);
    crate::text::sort_stable_by(&mut m, |a, b| {
        (
            a.year,
            order(a.status),
            earlier.contains(a.id.as_str()),
            std::cmp::Reverse(a.report),
        )
            .cmp(&(
                b.year,
                order(b.status),
                earlier.contains(b.id.as_str()),
                std::cmp::Reverse(b.report),
            ))
    });
    m
}

fn rows_of(ds: &Dataset, series: &str, loc: &Locale, w: &AcrossWords) -> Vec<BarRow> {
    members(ds, series)
        .into_iter()
        .map(|ind| {
            let by = ds.restated.iter().find(|r| r.id == ind.id);
            let muted = by.is_some();
            let mut label = (w.point_label)(
                ind.year.unwrap_or_default(),
                loc.legend.of(ind.status),
                &report_short(ds, ind, w),
            );
            if let Some(lead) = by.and_then(|r| ds.indicator(&r.by)) {
                label.push_str(if ind.report < lead.report {
                    w.earlier
                } else {
                    w.restating
                });
            }
            BarRow {
                label,
                point: point(ds, ind, loc),
                muted,
            }
        })
        .collect()
}

pub(crate) fn timeline(ds: &Dataset, spec: &ChartSpec) -> Result<Drawn, ChartError> {
    let loc = Locale::of(spec.lang);
    let w = words(spec.lang);
    let series = resolve_timeline(ds, spec.indicator.as_deref())?;
    let rows = rows_of(ds, &series, loc, w);
    let all = members(ds, &series);
    let Some(last) = all.last() else {
        return Err(ChartError::new(ErrorKind::NoData("timeline")));
    };
    let unit = split_unit(&last.unit).1.to_string();
    let name = series_name(ds, &all, loc);
    let place = split_series(&series).map_or("", |(p, _)| p);
    let title = (w.timeline_title)(&name);
    let pts: Vec<_> = rows.iter().map(|r| r.point.clone()).collect();
    let mut notes = status_notes(&pts, loc);
    if rows.iter().any(|r| r.muted) {
        notes.push(w.restated_note.to_string());
    }
    let ft = FrameText {
        title: title.clone(),
        subtitle: (w.timeline_subtitle)(place, &unit),
        keys: status_keys(&pts, loc),
        notes,
        source: source_line(ds, loc, w),
    };
    let (b, hidden, preferred_height) = lay_out(spec, ft, rows, Keep::Last, &unit, loc);
    let describe = |lang: Lang| {
        let (loc, w) = (Locale::of(lang), words(lang));
        let title = (w.timeline_title)(&series_name(ds, &all, loc));
        describe_rows(&title, &rows_of(ds, &series, loc, w), w)
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
