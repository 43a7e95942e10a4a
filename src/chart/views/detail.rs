//! The detail view: one indicator's years side by side (2023 derived, 2024 result or estimate,
//! 2025 target), columns when there is room and horizontal bars when narrow.

use super::bars::{push_bar, status_keys, status_notes};
use super::data::{exact_pairs, series_name, series_points, style_of, Point};
use super::describe::{pair_sentence, points_sentence};
use super::frame::{place_frame, source_line, Body, Builder, FrameText, Sizes};
use super::Drawn;
use crate::chart::error::{ChartError, ErrorKind};
use crate::chart::geometry::{nice_ticks, Rect};
use crate::chart::locale::{Locale, EN, ZH};
use crate::chart::metrics::{ellipsize, text_width};
use crate::chart::scene::{Anchor, TextRole, MIN_TARGET};
use crate::chart::spec::ChartSpec;
use crate::chart::theme::Ink;
use crate::model::Dataset;

/// The series a detail view shows: `indicator` may be an indicator id or a series id; without
/// one, the headline pair (GDP growth), else the first pair, else the first indicator.
pub(crate) fn resolve_series(ds: &Dataset, indicator: Option<&str>) -> Result<String, ChartError> {
    let example = || {
        ds.pairs
            .first()
            .and_then(|p| ds.indicator(&p.from))
            .map(|i| i.series.clone())
            .or_else(|| ds.indicators.first().map(|i| i.id.clone()))
    };
    match indicator.map(str::trim).filter(|s| !s.is_empty()) {
        Some(id) => {
            if let Some(ind) = ds.indicator(id) {
                return Ok(ind.series.clone());
            }
            if ds.indicators.iter().any(|i| i.series == id) {
                return Ok(id.to_string());
            }
            Err(ChartError::new(ErrorKind::UnknownIndicator {
                given: id.to_string(),
                example: example(),
            }))
        }
        None => {
            if ds.indicators.iter().any(|i| i.series == "gdp-growth") {
                return Ok("gdp-growth".into());
            }
            example()
                .and_then(|e| ds.indicator(&e).map(|i| i.series.clone()).or(Some(e)))
                .ok_or_else(|| ChartError::new(ErrorKind::NoData("detail")))
        }
    }
}

pub(crate) fn detail(ds: &Dataset, spec: &ChartSpec) -> Result<Drawn, ChartError> {
    let loc = Locale::of(spec.lang);
    let series = resolve_series(ds, spec.indicator.as_deref())?;
    let pts = series_points(ds, &series, loc);
    if pts.is_empty() {
        return Err(ChartError::new(ErrorKind::NoData("detail")));
    }
    let name = series_name(ds, &series, loc);
    let pairs = exact_pairs(ds);
    let pair = pairs
        .iter()
        .find(|p| p.from.series == series || p.to.series == series);
    let sentence = |l: &Locale| match pair {
        Some(p) => pair_sentence(p, l),
        None => points_sentence(
            &series_name(ds, &series, l),
            &series_points(ds, &series, l),
            l,
        ),
    };
    let subtitle = sentence(loc);
    let mut ft = FrameText {
        title: name.clone(),
        subtitle,
        keys: status_keys(&pts, loc),
        notes: status_notes(&pts, loc),
        source: source_line(ds, loc),
    };
    let header = super::frame::frame_height(spec, &ft);
    let s = Sizes::for_width(spec.width);
    let vertical = spec.width >= 400.0 && pts.len() <= 6;
    // Columns need room for value labels and year labels; rows need 28 px each.
    let min_body = if vertical {
        150.0
    } else {
        pts.len() as f64 * (MIN_TARGET + 4.0) + 8.0
    };
    let preferred_height = (header + min_body.max(if vertical { 260.0 } else { 0.0 })).max(320.0);
    super::frame::fit_header(spec, &mut ft, min_body);
    let mut b = Builder::default();
    let body = place_frame(&mut b, spec, &ft, spec.height);
    if vertical {
        columns(&mut b, &s, &body, &pts, loc);
    } else {
        rows(&mut b, &s, &body, &pts, loc);
    }
    Ok(Drawn {
        b,
        title: name,
        desc_zh: sentence(&ZH),
        desc_en: sentence(&EN),
        hidden: 0,
        preferred_height,
    })
}

fn unit_of(pts: &[Point]) -> String {
    pts.first().map(|p| p.base.clone()).unwrap_or_default()
}

fn columns(b: &mut Builder, s: &Sizes, body: &Body, pts: &[Point], loc: &Locale) {
    let unit = unit_of(pts);
    let lo = pts.iter().map(|p| p.v).fold(0.0, f64::min);
    let hi = pts.iter().map(|p| p.v).fold(0.0, f64::max);
    let ticks = nice_ticks(lo, hi, 4);
    let t0 = ticks.first().copied().unwrap_or(0.0);
    let t1 = ticks.last().copied().unwrap_or(1.0).max(t0 + 1e-9);
    let tick_text: Vec<String> = ticks
        .iter()
        .map(|t| loc.num.tick_label(*t, &unit))
        .collect();
    let axis_w = tick_text
        .iter()
        .map(|t| text_width(t, s.small, false))
        .fold(0.0, f64::max)
        + 8.0;
    let lh = Sizes::line(s.label);
    let cat_h = 2.0 * lh + 8.0;
    // Direct labels are the point of this view: set them a little larger.
    let vs = s.value + 3.0;
    let value_room = Sizes::line(vs) + 12.0;
    let plot = Rect::new(
        body.left + axis_w,
        body.top + value_room,
        (body.width() - axis_w).max(10.0),
        (body.height() - value_room - cat_h - if lo < 0.0 { value_room } else { 0.0 }).max(20.0),
    );
    let y = |v: f64| plot.bottom() - (v - t0) / (t1 - t0) * plot.h;
    for (t, label) in ticks.iter().zip(tick_text) {
        let yy = y(*t);
        b.hline(
            plot.x,
            yy,
            plot.w,
            if *t == 0.0 { Ink::Axis } else { Ink::Grid },
        );
        b.text(
            label,
            plot.x - 8.0,
            yy,
            Anchor::End,
            s.small,
            false,
            Ink::Muted,
            TextRole::Axis,
        );
    }
    b.plots.push(Rect::new(
        plot.x,
        plot.y - value_room,
        plot.w,
        plot.h + value_room + if lo < 0.0 { value_room } else { 0.0 },
    ));
    let n = pts.len().max(1) as f64;
    let slot = plot.w / n;
    let bw = (slot * 0.56).clamp(MIN_TARGET, 110.0);
    let y_zero = y(0.0);
    let cat_y = plot.bottom() + if lo < 0.0 { value_room } else { 0.0 } + 6.0;
    for (i, p) in pts.iter().enumerate() {
        let cx = plot.x + slot * (i as f64 + 0.5);
        let yv = y(p.v);
        let positive = p.v >= 0.0;
        let rect = Rect::from_corners(
            cx - bw / 2.0,
            y_zero,
            cx + bw / 2.0,
            if (yv - y_zero).abs() < 2.0 {
                y_zero - 2.0
            } else {
                yv
            },
        );
        let mark = push_bar(b, p, rect, false, positive);
        let arrow = if p.floor { 8.0 } else { 0.0 };
        let vy = if positive {
            rect.y - arrow - 4.0 - Sizes::line(vs) / 2.0
        } else {
            rect.bottom() + arrow + 4.0 + Sizes::line(vs) / 2.0
        };
        let (ink, _) = style_of(p.status);
        let label = ellipsize(&p.label, slot - 4.0, vs, true);
        b.text(
            label,
            cx,
            vy,
            Anchor::Middle,
            vs,
            true,
            ink,
            TextRole::Value,
        );
        b.marks.push(mark);
        let (yr, kind) = loc.year_kind(p.year, p.status);
        b.text(
            ellipsize(&yr, slot - 4.0, s.label, true),
            cx,
            cat_y + lh / 2.0,
            Anchor::Middle,
            s.label,
            true,
            Ink::Text,
            TextRole::Label,
        );
        b.text(
            ellipsize(kind, slot - 4.0, s.small, false),
            cx,
            cat_y + lh * 1.5,
            Anchor::Middle,
            s.small,
            false,
            Ink::Muted,
            TextRole::Label,
        );
    }
}

fn rows(b: &mut Builder, s: &Sizes, body: &Body, pts: &[Point], loc: &Locale) {
    let labels: Vec<String> = pts
        .iter()
        .map(|p| loc.year_and_kind(p.year, p.status))
        .collect();
    let lw = labels
        .iter()
        .map(|l| text_width(l, s.label, false))
        .fold(0.0, f64::max)
        + 10.0;
    let vw = pts
        .iter()
        .map(|p| text_width(&p.label, s.value, true))
        .fold(0.0, f64::max)
        + 14.0;
    let lo = pts.iter().map(|p| p.v).fold(0.0, f64::min);
    let hi = pts.iter().map(|p| p.v).fold(0.0, f64::max);
    let x0 = body.left + lw + if lo < 0.0 { vw } else { 0.0 };
    let x1 = (body.right - if hi > 0.0 { vw } else { 0.0 }).max(x0 + 20.0);
    let span = (hi - lo).max(1e-9);
    let x = |v: f64| x0 + (v - lo) / span * (x1 - x0);
    let pitch = (body.height() / pts.len().max(1) as f64).clamp(MIN_TARGET + 4.0, 52.0);
    let bh = (pitch * 0.6).clamp(MIN_TARGET - 4.0, 30.0);
    let top = body.top;
    b.plots.push(Rect::new(
        body.left + lw,
        top,
        body.width() - lw,
        pitch * pts.len() as f64,
    ));
    b.vline(x(0.0), top, pitch * pts.len() as f64, Ink::Axis);
    for (i, (p, label)) in pts.iter().zip(labels).enumerate() {
        let cy = top + pitch * (i as f64 + 0.5);
        b.text(
            label,
            body.left,
            cy,
            Anchor::Start,
            s.label,
            false,
            Ink::Text,
            TextRole::Label,
        );
        let (xa, xb) = (x(0.0), x(p.v));
        let rect = Rect::from_corners(
            xa,
            cy - bh / 2.0,
            if (xb - xa).abs() < 2.0 { xa + 2.0 } else { xb },
            cy + bh / 2.0,
        );
        let positive = p.v >= 0.0;
        let mark = push_bar(b, p, rect, true, positive);
        let arrow = if p.floor { 8.0 } else { 0.0 };
        let (ink, _) = style_of(p.status);
        if positive {
            b.text(
                p.label.clone(),
                rect.right() + arrow + 5.0,
                cy,
                Anchor::Start,
                s.value,
                true,
                ink,
                TextRole::Value,
            );
        } else {
            b.text(
                p.label.clone(),
                rect.x - arrow - 5.0,
                cy,
                Anchor::End,
                s.value,
                true,
                ink,
                TextRole::Value,
            );
        }
        b.marks.push(mark);
    }
}
