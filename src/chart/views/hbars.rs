//! Labelled horizontal bars on one shared scale, one figure per row: the body of the timeline and
//! places views (ticks on top, a zero line, value labels at the bars' ends).

use super::across::AcrossWords;
use super::bars::push_bar;
use super::data::{style_of, Point};
use super::frame::{fit_header, frame_height, place_frame, Body, Builder, FrameText, Sizes};
use super::rows::{columns, fit_under_frame, pitches, Pitch};
use crate::chart::geometry::{nice_ticks, Rect};
use crate::chart::locale::Locale;
use crate::chart::metrics::{ellipsize, text_width};
use crate::chart::scene::{Anchor, TextRole};
use crate::chart::spec::ChartSpec;
use crate::chart::theme::Ink;

/// One row: its label and the figure it shows.
#[derive(Debug, Clone)]
pub(crate) struct BarRow {
    pub label: String,
    pub point: Point,
    /// Drawn in the muted ink (an earlier figure a later text restated).
    pub muted: bool,
}

/// The height of the tick line above the rows.
pub(crate) fn tick_height(s: &Sizes) -> f64 {
    Sizes::line(s.small) + 6.0
}

/// Draws `rows` into `body`, `pitch` apart, on one scale whose ticks are in `unit`.
pub(crate) fn draw_rows(
    b: &mut Builder,
    body: &Body,
    s: &Sizes,
    rows: &[BarRow],
    pitch: Pitch,
    unit: &str,
    loc: &Locale,
) {
    let tick_h = tick_height(s);
    let names: Vec<String> = rows.iter().map(|r| r.label.clone()).collect();
    let cols = columns(body, s, &names, &[]);
    let vw = rows
        .iter()
        .map(|r| text_width(&r.point.label, s.value, false))
        .fold(0.0, f64::max)
        + 14.0;
    let lo = rows.iter().map(|r| r.point.v).fold(0.0, f64::min);
    let hi = rows.iter().map(|r| r.point.v).fold(0.0, f64::max);
    let x0 = cols.plot.0 + if lo < 0.0 { vw } else { 0.0 };
    let x1 = (body.right - if hi > 0.0 { vw } else { 0.0 }).max(x0 + 20.0);
    let ticks = nice_ticks(lo, hi, if s.narrow { 3 } else { 5 });
    let t0 = ticks.first().copied().unwrap_or(0.0).max(lo.min(0.0));
    let t1 = hi
        .max(ticks.last().copied().unwrap_or(hi).min(hi))
        .max(t0 + 1e-9);
    let x = |v: f64| x0 + (v - t0) / (t1 - t0) * (x1 - x0);
    let rows_h = rows.len() as f64 * pitch.total();
    let top = body.top + tick_h;
    let mut last_right = f64::NEG_INFINITY;
    for t in ticks
        .iter()
        .filter(|t| **t >= t0 - 1e-9 && **t <= t1 + 1e-9)
    {
        let xx = x(*t);
        let label = loc.num.tick_label(*t, unit);
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
                body.top + tick_h / 2.0 - 3.0,
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
    for row in rows {
        let ly = match cols.label {
            Some(_) => y0 + pitch.band / 2.0,
            None => y0 + pitch.label_h / 2.0,
        };
        let lw = cols.label.map_or(body.width(), |(a, c)| c - a);
        b.text(
            ellipsize(&row.label, lw, s.label, false),
            body.left,
            ly,
            Anchor::Start,
            s.label,
            false,
            if row.muted { Ink::Muted } else { Ink::Text },
            TextRole::Label,
        );
        let band_top = y0 + pitch.label_h;
        let bh = (pitch.band * 0.6).round();
        let by = band_top + (pitch.band - bh) / 2.0;
        let p = &row.point;
        let (xa, xb) = (x(0.0), x(p.v));
        let rect = Rect::from_corners(
            xa,
            by,
            if (xb - xa).abs() < 2.0 { xa + 2.0 } else { xb },
            by + bh,
        );
        let positive = p.v >= 0.0;
        let mark = push_bar(b, p, rect, true, positive);
        let arrow = if p.floor { 8.0 } else { 0.0 };
        let (ink, _) = style_of(p.status);
        let ink = if row.muted { Ink::Muted } else { ink };
        let cy = by + bh / 2.0;
        let (tx, anchor) = if positive {
            (rect.right() + arrow + 5.0, Anchor::Start)
        } else {
            (rect.x - arrow - 5.0, Anchor::End)
        };
        b.text(
            p.label.clone(),
            tx,
            cy,
            anchor,
            s.value,
            false,
            ink,
            TextRole::Value,
        );
        b.marks.push(mark);
        y0 += pitch.total();
    }
}

/// Which rows stay when not all fit: the first (highest) or the last (latest).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Keep {
    First,
    Last,
}

/// Lays out `rows` under the frame `ft` at the spec's size: the header gives way to the rows, the
/// rows that do not fit are dropped (a note says how many); returns the builder, how many were
/// dropped, and the height at which every row shows.
pub(crate) fn lay_out(
    spec: &ChartSpec,
    mut ft: FrameText,
    mut rows: Vec<BarRow>,
    keep: Keep,
    unit: &str,
    loc: &Locale,
) -> (Builder, usize, f64) {
    let s = Sizes::for_width(spec.width);
    let n = rows.len();
    let tick_h = tick_height(&s);
    let (comfy, tight) = pitches(&s);
    let preferred_height = frame_height(spec, &ft) + tick_h + n as f64 * comfy.total();
    let least = tick_h + n as f64 * tight.total();
    fit_header(spec, &mut ft, least.min(spec.height * 0.5));
    let (shown, pitch) = fit_under_frame(spec, &mut ft, n, tick_h, &s, loc);
    match keep {
        Keep::First => rows.truncate(shown),
        Keep::Last => {
            rows.drain(..n - shown.min(n));
        }
    }
    let mut b = Builder::default();
    let body = place_frame(&mut b, spec, &ft, spec.height);
    draw_rows(&mut b, &body, &s, &rows, pitch, unit, loc);
    (b, n - rows.len(), preferred_height)
}

/// A view's description: its title, then each row's label and value.
pub(crate) fn describe_rows(title: &str, rows: &[BarRow], w: &AcrossWords) -> String {
    let parts: Vec<String> = rows
        .iter()
        .map(|r| format!("{}{}{}", r.label, w.sep, r.point.label))
        .collect();
    format!("{title}{}{}{}", w.sep, parts.join(w.list_sep), w.end)
}
