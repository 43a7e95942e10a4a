//! What the views read from the dataset: exact year pairs in base units, and the points of a
//! series (derived values, results, estimates, targets) with their labels and tooltips.

use crate::chart::format::{base_value, is_approx, is_floor, is_percent, split_unit};
use crate::chart::locale::Locale;
use crate::chart::scene::Fill;
use crate::chart::theme::Ink;
use crate::chart::tooltip;
use crate::model::Tooltip;
use crate::model::{Comparability, Dataset, Indicator, Status};

/// An exact pair with both values in the same base unit.
#[derive(Debug, Clone)]
pub(crate) struct PairData<'a> {
    pub from: &'a Indicator,
    pub to: &'a Indicator,
    pub a: f64,
    pub b: f64,
    pub percent: bool,
}

/// Every exact pair whose two indicators exist and share a base unit.
pub(crate) fn exact_pairs(ds: &Dataset) -> Vec<PairData<'_>> {
    ds.pairs
        .iter()
        .filter(|p| p.comparable == Comparability::Exact)
        .filter_map(|p| {
            let from = ds.indicator(&p.from)?;
            let to = ds.indicator(&p.to)?;
            let (_, ub) = split_unit(&from.unit);
            let (_, vb) = split_unit(&to.unit);
            if ub != vb {
                return None;
            }
            let a = base_value(from.value, &from.unit);
            let b = base_value(to.value, &to.unit);
            if !a.is_finite() || !b.is_finite() {
                return None;
            }
            Some(PairData {
                from,
                to,
                a,
                b,
                percent: is_percent(ub),
            })
        })
        .collect()
}

/// Colour role and fill of a status: results solid, estimates hatched, targets and derived
/// values outlined.
pub(crate) fn style_of(status: Status) -> (Ink, Fill) {
    match status {
        Status::Result => (Ink::Past, Fill::Solid),
        Status::Estimate => (Ink::Past, Fill::Hatched),
        Status::Target => (Ink::Target, Fill::Outlined),
        Status::Derived => (Ink::Derived, Fill::Outlined),
    }
}

/// One value of a series, ready to draw.
#[derive(Debug, Clone)]
pub(crate) struct Point {
    pub v: f64,
    pub base: String,
    pub year: i32,
    pub status: Status,
    pub label: String,
    pub tooltip: Tooltip,
    pub floor: bool,
    pub approx: bool,
}

impl Point {
    pub fn of_indicator(ind: &Indicator, loc: &Locale) -> Point {
        let (_, base) = split_unit(&ind.unit);
        Point {
            v: base_value(ind.value, &ind.unit),
            base: base.to_string(),
            year: ind.year.unwrap_or_default(),
            status: ind.status,
            label: (loc.value)(ind),
            tooltip: tooltip::for_indicator(ind, loc),
            floor: ind.qualifiers.iter().any(|q| is_floor(q)),
            approx: ind.qualifiers.iter().any(|q| is_approx(q)),
        }
    }
}

/// The display name of a series (from its last member).
pub(crate) fn series_name(ds: &Dataset, series: &str, loc: &Locale) -> String {
    ds.series_members(series)
        .last()
        .map(|i| (loc.name)(i))
        .unwrap_or_else(|| series.to_string())
}

/// The points of a series in year order: derived values first within a year.
pub(crate) fn series_points(ds: &Dataset, series: &str, loc: &Locale) -> Vec<Point> {
    let members = ds.series_members(series);
    let unit = members.first().map(|i| i.unit.clone()).unwrap_or_default();
    let (_, series_base) = split_unit(&unit);
    let name = series_name(ds, series, loc);
    let mut pts: Vec<Point> = Vec::new();
    for d in ds.derived.iter().filter(|d| d.series == series) {
        let (mult, base) = split_unit(&d.unit);
        if !members.is_empty() && base != series_base {
            continue;
        }
        // Skip a derived value for a year the text states.
        if members.iter().any(|m| m.year == Some(d.year)) {
            continue;
        }
        let v = d.value * mult;
        if !v.is_finite() {
            continue;
        }
        let label = format!("{}{}", loc.about, loc.num.format_value(v, base));
        pts.push(Point {
            v,
            base: base.to_string(),
            year: d.year,
            status: Status::Derived,
            label,
            tooltip: tooltip::for_derived(d, &name, loc),
            floor: false,
            approx: false,
        });
    }
    for m in members {
        let (_, base) = split_unit(&m.unit);
        if base != series_base || !m.value.is_finite() {
            continue;
        }
        pts.push(Point::of_indicator(m, loc));
    }
    crate::text::sort_stable_by(&mut pts, |a, b| {
        (a.year, a.status != Status::Derived).cmp(&(b.year, b.status != Status::Derived))
    });
    pts
}
