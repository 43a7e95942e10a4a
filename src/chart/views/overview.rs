//! The overview: every exact 2024 -> 2025 pair, rates as a dumbbell in percent and amounts as
//! the percent change of the target, in two panels so that points and percents never mix.

use super::data::exact_pairs;
use super::describe::pairs_description;
use super::frame::{place_frame, source_line, Builder, FrameText, Key, Sizes};
use super::panels::{count_panel, panel_extra, rate_panel, Row};
use super::rows::{columns, fit_rows, keep_largest, Pitch};
use super::Drawn;
use crate::chart::error::{ChartError, ErrorKind};
use crate::chart::format::percent_change;
use crate::chart::locale::{Locale, EN, ZH};
use crate::chart::scene::Fill;
use crate::chart::spec::ChartSpec;
use crate::chart::theme::Ink;
use crate::model::{Dataset, Measure, Status};

fn frame_text(
    ds: &Dataset,
    loc: &Locale,
    n: usize,
    note: Option<String>,
    has_rates: bool,
    has_counts: bool,
) -> FrameText {
    let (r, p) = ds.comparison_years();
    let (r, p) = (r.unwrap_or_default(), p.unwrap_or_default());
    let mut keys = vec![
        Key::Dot(Ink::Past, false, loc.year(r)),
        Key::Dot(Ink::Target, true, loc.target_key.with(&[&p])),
    ];
    if has_counts {
        keys.push(Key::Bar(
            Ink::Target,
            Fill::Outlined,
            loc.change_key.with(&[&p, &r]),
        ));
    }
    if !has_rates {
        keys.truncate(0);
        keys.push(Key::Bar(
            Ink::Target,
            Fill::Outlined,
            loc.change_key.with(&[&p, &r]),
        ));
    }
    FrameText {
        title: loc.overview_title.with(&[&p, &r]),
        subtitle: loc.overview_subtitle.with(&[&n]),
        keys,
        notes: note.into_iter().collect(),
        source: source_line(ds, loc),
    }
}

pub(crate) fn overview(ds: &Dataset, spec: &ChartSpec) -> Result<Drawn, ChartError> {
    let loc = Locale::of(spec.lang);
    let s = Sizes::for_width(spec.width);
    let pairs = exact_pairs(ds);
    if pairs.is_empty() {
        return Err(ChartError::new(ErrorKind::NoData("overview")));
    }
    // Three panels: growth rates, other rates and shares (both in percent, compared in
    // percentage points, each on its own axis) and amounts (compared by percent change).
    let mut groups: [Vec<Row>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    for pair in pairs.iter().cloned() {
        let name = (loc.name)(pair.to);
        let star = if pair.from.status == Status::Estimate {
            "*"
        } else {
            ""
        };
        let va = format!("{}{star}", (loc.value)(pair.from));
        let vb = (loc.value)(pair.to);
        let (g, change) = if pair.percent {
            let g = if pair.from.measure == Measure::Growth {
                0
            } else {
                1
            };
            (g, Some(pair.b - pair.a))
        } else {
            (2, percent_change(pair.a, pair.b))
        };
        if let (Some(change), Some(group)) = (change, groups.get_mut(g)) {
            group.push(Row {
                pair,
                change,
                name,
                va,
                vb,
            });
        }
    }
    for g in groups.iter_mut() {
        crate::text::sort_stable_by(g, |x, y| {
            y.change
                .partial_cmp(&x.change)
                .unwrap_or(std::cmp::Ordering::Equal)
        });
    }
    let n: usize = groups.iter().map(Vec::len).sum();
    let panels = groups.iter().filter(|g| !g.is_empty()).count();
    let extra = panels as f64 * (panel_extra(&s) + 14.0);
    let has_rates = groups.iter().take(2).any(|g| !g.is_empty());
    let has_counts = groups.get(2).is_some_and(|g| !g.is_empty());

    let mut ft = frame_text(ds, loc, n, None, has_rates, has_counts);
    if pairs.iter().any(|p| p.from.status == Status::Estimate) {
        ft.notes.push(
            loc.estimate_note
                .with(&[&ds.comparison_years().0.unwrap_or_default()]),
        );
    }
    let header = super::frame::frame_height(spec, &ft);
    let preferred_height = header + extra + n as f64 * super::rows::pitches(&s).0.total();
    super::frame::fit_header(spec, &mut ft, spec.height * 0.5);
    let header = super::frame::frame_height(spec, &ft);
    let sizes: Vec<usize> = groups.iter().map(Vec::len).collect();
    let per_panel = panel_extra(&s) + 14.0;
    let (mut keep, mut pitch, mut quota) = fit_panels(&sizes, spec.height - header, per_panel, &s);
    if keep < n {
        ft.notes.push(loc.overview_hidden.with(&[&(n - keep)]));
        let header = super::frame::frame_height(spec, &ft);
        (keep, pitch, quota) = fit_panels(&sizes, spec.height - header, per_panel, &s);
        if let Some(nt) = ft.notes.last_mut() {
            *nt = loc.overview_hidden.with(&[&(n - keep)]);
        }
    }
    let hidden = n - keep;
    let groups: Vec<Vec<Row>> = groups
        .into_iter()
        .zip(quota)
        .map(|(g, q)| select(g, q))
        .collect();

    let mut b = Builder::default();
    let body = place_frame(&mut b, spec, &ft, spec.height);
    let mut y = body.top;
    let all_labels: Vec<String> = groups.iter().flatten().map(|r| r.name.clone()).collect();
    let all_values: Vec<String> = groups
        .iter()
        .flatten()
        .map(|r| format!("{} → {}", r.va, r.vb))
        .collect();
    let cols = columns(&body, &s, &all_labels, &all_values);
    for (g, rows) in groups.iter().enumerate() {
        if rows.is_empty() {
            continue;
        }
        let heading = loc.overview_headings[g.min(2)];
        y = if g < 2 {
            rate_panel(&mut b, &s, &body, &cols, pitch, y, heading, rows, loc)
        } else {
            count_panel(&mut b, &s, &body, &cols, pitch, y, heading, rows, loc)
        };
        y += 14.0;
    }
    let title = ft.title.clone();
    Ok(Drawn {
        b,
        title,
        desc_zh: pairs_description(&pairs, &ZH),
        desc_en: pairs_description(&pairs, &EN),
        hidden,
        preferred_height,
    })
}

/// Rows per panel when `keep` rows are shown in all: in proportion to the panel sizes, the
/// remainder to the first panels with room.
fn quotas(sizes: &[usize], keep: usize) -> Vec<usize> {
    let n: usize = sizes.iter().sum();
    let mut quota: Vec<usize> = sizes
        .iter()
        .map(|g| (keep * g).checked_div(n).unwrap_or(0))
        .collect();
    let mut left = keep.saturating_sub(quota.iter().sum());
    while left > 0 {
        let mut gave = false;
        for (q, g) in quota.iter_mut().zip(sizes) {
            if left > 0 && *q < *g {
                *q += 1;
                left -= 1;
                gave = true;
            }
        }
        if !gave {
            break;
        }
    }
    quota
}

/// The most rows that fit in `avail` px, counting the heading of each panel that shows rows.
fn fit_panels(
    sizes: &[usize],
    avail: f64,
    per_panel: f64,
    s: &Sizes,
) -> (usize, Pitch, Vec<usize>) {
    let n: usize = sizes.iter().sum();
    for k in (1..=n).rev() {
        let quota = quotas(sizes, k);
        let extra = quota.iter().filter(|q| **q > 0).count() as f64 * per_panel;
        let (fit, pitch) = fit_rows(k, avail, extra, s);
        if fit == k {
            return (k, pitch, quota);
        }
    }
    (0, super::rows::pitches(s).1, vec![0; sizes.len()])
}

fn select(rows: Vec<Row<'_>>, keep: usize) -> Vec<Row<'_>> {
    if keep >= rows.len() {
        return rows;
    }
    // The biggest changes stay; the headline pair (GDP growth) always does.
    let weights: Vec<f64> = rows
        .iter()
        .map(|r| {
            let headline = r.pair.from.series == "gdp-growth";
            r.change.abs() + if headline { 1e12 } else { 0.0 }
        })
        .collect();
    let idx = keep_largest(&weights, keep);
    rows.into_iter()
        .enumerate()
        .filter(|(i, _)| idx.contains(i))
        .map(|(_, r)| r)
        .collect()
}
