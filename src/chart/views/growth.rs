//! The growth view: every growth rate stated for the review year (GDP, revenue, investment,
//! software, culture, tourism, loans ...) as horizontal bars, with the plan-year targets that exist.

use super::bars::{push_bar, status_keys, status_notes};
use super::data::{style_of, Point};
use super::frame::{place_frame, source_line, Builder, FrameText, Sizes};
use super::rows::{columns, fit_under_frame, keep_largest};
use super::Drawn;
use crate::chart::error::{ChartError, ErrorKind};
use crate::chart::format::is_percent;
use crate::chart::geometry::{nice_ticks, Rect};
use crate::chart::locale::{Locale, EN, ZH};
use crate::chart::metrics::{ellipsize, text_width};
use crate::chart::scene::{Anchor, TextRole};
use crate::chart::spec::ChartSpec;
use crate::chart::theme::Ink;
use crate::model::{Dataset, Indicator, Measure, Status};

struct Row {
    name: String,
    past: Option<Point>,
    target: Option<Point>,
}

fn rows_of(ds: &Dataset, loc: &Locale) -> Vec<Row> {
    let (review, plan) = ds.comparison_years();
    let is_target = |i: &&Indicator| {
        i.measure == Measure::Growth
            && is_percent(&i.unit)
            && i.year.is_some()
            && i.year == plan
            && i.status == Status::Target
    };
    let mut rows: Vec<Row> = Vec::new();
    let mut used: Vec<&str> = Vec::new();
    for ind in ds.indicators.iter().filter(|i| {
        i.measure == Measure::Growth
            && is_percent(&i.unit)
            && i.year.is_some()
            && i.year == review
            && i.status != Status::Target
    }) {
        if !ind.value.is_finite() {
            continue;
        }
        let target = ds
            .indicators
            .iter()
            .filter(is_target)
            .find(|t| t.series == ind.series && !used.contains(&t.id.as_str()));
        if let Some(t) = target {
            used.push(&t.id);
        }
        rows.push(Row {
            name: (loc.name)(ind),
            past: Some(Point::of_indicator(ind, loc)),
            target: target.map(|t| Point::of_indicator(t, loc)),
        });
    }
    crate::text::sort_stable_by(&mut rows, |a, b| {
        let va = a.past.as_ref().map_or(f64::MIN, |p| p.v);
        let vb = b.past.as_ref().map_or(f64::MIN, |p| p.v);
        vb.partial_cmp(&va).unwrap_or(std::cmp::Ordering::Equal)
    });
    for t in ds.indicators.iter().filter(is_target) {
        if !used.contains(&t.id.as_str()) && t.value.is_finite() {
            rows.push(Row {
                name: (loc.name)(t),
                past: None,
                target: Some(Point::of_indicator(t, loc)),
            });
        }
    }
    rows
}

fn describe(rows: &[Row], loc: &Locale) -> String {
    let parts: Vec<String> = rows
        .iter()
        .map(|r| {
            let past = r.past.as_ref().map(|p| {
                let word = if p.status == Status::Estimate {
                    loc.stated.estimate
                } else {
                    ""
                };
                loc.dated(p.year, word, &p.label)
            });
            let target = r
                .target
                .as_ref()
                .map(|p| loc.dated(p.year, loc.stated.target, &p.label));
            let joined: Vec<String> = past.into_iter().chain(target).collect();
            loc.points.with(&[&r.name], &joined)
        })
        .collect();
    loc.growth_desc.with(&[&rows.len()], &parts)
}

pub(crate) fn growth(ds: &Dataset, spec: &ChartSpec) -> Result<Drawn, ChartError> {
    let loc = Locale::of(spec.lang);
    let s = Sizes::for_width(spec.width);
    let mut rows = rows_of(ds, loc);
    if rows.is_empty() {
        return Err(ChartError::new(ErrorKind::NoData("growth")));
    }
    let all_pts: Vec<Point> = rows
        .iter()
        .flat_map(|r| r.past.iter().chain(r.target.iter()).cloned())
        .collect();
    let (review, plan) = ds.comparison_years();
    let (review, plan) = (review.unwrap_or_default(), plan.unwrap_or_default());
    let title = loc.growth_title.with(&[&review]);
    let mut ft = FrameText {
        title: title.clone(),
        subtitle: loc.growth_subtitle.with(&[&plan]),
        keys: status_keys(&all_pts, loc),
        notes: status_notes(&all_pts, loc),
        source: source_line(ds, loc),
    };
    let n = rows.len();
    let tick_h = Sizes::line(s.small) + 6.0;
    let header = super::frame::frame_height(spec, &ft);
    let preferred_height = header + tick_h + n as f64 * super::rows::pitches(&s).0.total();
    super::frame::fit_header(spec, &mut ft, spec.height * 0.5);
    let (keep, pitch) = fit_under_frame(spec, &mut ft, n, tick_h, &s, loc);
    if keep < n {
        let weights: Vec<f64> = rows
            .iter()
            .map(|r| {
                // Rows with a target (the headline figures) stay first, then the largest rates.
                let v = r
                    .past
                    .as_ref()
                    .or(r.target.as_ref())
                    .map_or(0.0, |p| p.v.abs());
                v + if r.past.is_some() && r.target.is_some() {
                    1e9
                } else {
                    0.0
                }
            })
            .collect();
        let idx = keep_largest(&weights, keep);
        rows = rows
            .into_iter()
            .enumerate()
            .filter(|(i, _)| idx.contains(i))
            .map(|(_, r)| r)
            .collect();
    }
    let hidden = n - rows.len();
    let mut b = Builder::default();
    let body = place_frame(&mut b, spec, &ft, spec.height);
    let names: Vec<String> = rows.iter().map(|r| r.name.clone()).collect();
    let cols = columns(&body, &s, &names, &[]);
    let pts: Vec<&Point> = rows
        .iter()
        .flat_map(|r| r.past.iter().chain(r.target.iter()))
        .collect();
    let vw = pts
        .iter()
        .map(|p| text_width(&p.label, s.value, false))
        .fold(0.0, f64::max)
        + 14.0;
    let lo = pts.iter().map(|p| p.v).fold(0.0, f64::min);
    let hi = pts.iter().map(|p| p.v).fold(0.0, f64::max);
    let x0 = cols.plot.0 + if lo < 0.0 { vw } else { 0.0 };
    let x1 = (body.right - if hi > 0.0 { vw } else { 0.0 }).max(x0 + 20.0);
    let ticks = nice_ticks(lo, hi, if s.narrow { 3 } else { 5 });
    let t0 = ticks.first().copied().unwrap_or(0.0).max(lo.min(0.0));
    let t1 = hi.max(t0 + 1e-9);
    let x = |v: f64| x0 + (v - t0) / (t1 - t0) * (x1 - x0);
    let rows_h = rows.len() as f64 * pitch.total();
    let ty = body.top + tick_h / 2.0 - 3.0;
    let top = body.top + tick_h;
    let mut last_right = f64::NEG_INFINITY;
    for t in ticks
        .iter()
        .filter(|t| **t >= t0 - 1e-9 && **t <= t1 + 1e-9)
    {
        let xx = x(*t);
        let label = loc.num.tick_label(*t, "%");
        let w = text_width(&label, s.small, false);
        b.vline(
            xx,
            top,
            rows_h,
            if *t == 0.0 { Ink::Axis } else { Ink::Grid },
        );
        if xx - w / 2.0 > last_right + 6.0 && xx + w / 2.0 <= body.right {
            b.text(
                label,
                xx,
                ty,
                Anchor::Middle,
                s.small,
                false,
                Ink::Muted,
                TextRole::Axis,
            );
            last_right = xx + w / 2.0;
        }
    }
    b.plots.push(Rect::new(
        cols.plot.0,
        top,
        body.right - cols.plot.0,
        rows_h,
    ));
    let mut y0 = top;
    for row in &rows {
        let ly = match cols.label {
            Some(_) => y0 + pitch.band / 2.0,
            None => y0 + pitch.label_h / 2.0,
        };
        let lw = cols.label.map_or(body.width(), |(a, c)| c - a);
        b.text(
            ellipsize(&row.name, lw, s.label, false),
            body.left,
            ly,
            Anchor::Start,
            s.label,
            false,
            Ink::Text,
            TextRole::Label,
        );
        let band_top = y0 + pitch.label_h;
        let both = row.past.is_some() && row.target.is_some();
        let bh = if both {
            ((pitch.band - 4.0) / 2.0).floor()
        } else {
            (pitch.band * 0.6).round()
        };
        let mut by = band_top + if both { 1.0 } else { (pitch.band - bh) / 2.0 };
        for p in row.past.iter().chain(row.target.iter()) {
            let (xa, xb) = (x(0.0), x(p.v));
            let rect = Rect::from_corners(
                xa,
                by,
                if (xb - xa).abs() < 2.0 { xa + 2.0 } else { xb },
                by + bh,
            );
            let positive = p.v >= 0.0;
            let mark = push_bar(&mut b, p, rect, true, positive);
            let arrow = if p.floor { 8.0 } else { 0.0 };
            let (ink, _) = style_of(p.status);
            let cy = by + bh / 2.0;
            let size = if both {
                (((bh + 2.0) / 1.2).floor()).clamp(9.0, s.value)
            } else {
                s.value
            };
            if positive {
                b.text(
                    p.label.clone(),
                    rect.right() + arrow + 5.0,
                    cy,
                    Anchor::Start,
                    size,
                    false,
                    ink,
                    TextRole::Value,
                );
            } else {
                b.text(
                    p.label.clone(),
                    rect.x - arrow - 5.0,
                    cy,
                    Anchor::End,
                    size,
                    false,
                    ink,
                    TextRole::Value,
                );
            }
            b.marks.push(mark);
            by += bh + 2.0;
        }
        y0 += pitch.total();
    }
    Ok(Drawn {
        b,
        title,
        desc_zh: describe(&rows_of(ds, &ZH), &ZH),
        desc_en: describe(&rows_of(ds, &EN), &EN),
        hidden,
        preferred_height,
    })
}
