//! The overview's panels: heading with tick row, the name and value texts of a row, rate rows
//! as dumbbells (percentage points) and amount rows as bars of percent change.

use super::data::PairData;
use super::frame::{Body, Builder, Sizes};
use super::rows::{Columns, Pitch};
use crate::chart::geometry::{nice_ticks, Rect};
use crate::chart::locale::Locale;
use crate::chart::metrics::{ellipsize, text_width};
use crate::chart::scene::{Anchor, Fill, Mark, Shape, TextRole, MIN_TARGET};
use crate::chart::theme::Ink;
use crate::chart::tooltip;

/// One year pair as a row of the overview.
pub(crate) struct Row<'a> {
    pub pair: PairData<'a>,
    /// Percentage points (rates) or percent (amounts).
    pub change: f64,
    pub name: String,
    pub va: String,
    pub vb: String,
}

/// Extra height per panel: heading line and tick row.
pub(crate) fn panel_extra(s: &Sizes) -> f64 {
    Sizes::line(s.label) + 4.0 + Sizes::line(s.small) + 10.0
}

/// Panel heading and the tick row; returns the y where rows start.
#[allow(clippy::too_many_arguments)]
fn panel_head(
    b: &mut Builder,
    s: &Sizes,
    body: &Body,
    cols: &Columns,
    y: f64,
    heading: &str,
    ticks: &[(f64, String)],
    rows_h: f64,
) -> f64 {
    let lh = Sizes::line(s.label);
    let h = ellipsize(heading, body.width(), s.label, true);
    b.text(
        h,
        body.left,
        y + lh / 2.0,
        Anchor::Start,
        s.label,
        true,
        Ink::Text,
        TextRole::Heading,
    );
    let ty = y + lh + 4.0 + Sizes::line(s.small) / 2.0;
    let mut last_right = f64::NEG_INFINITY;
    for (x, label) in ticks {
        let w = text_width(label, s.small, false);
        let (x0, anchor, xt) = if x - w / 2.0 < cols.plot.0 {
            (cols.plot.0, Anchor::Start, cols.plot.0)
        } else if x + w / 2.0 > cols.plot.1 {
            (cols.plot.1 - w, Anchor::End, cols.plot.1)
        } else {
            (x - w / 2.0, Anchor::Middle, *x)
        };
        if x0 < last_right + 6.0 {
            continue;
        }
        last_right = x0 + w;
        b.text(
            label.clone(),
            xt,
            ty,
            anchor,
            s.small,
            false,
            Ink::Muted,
            TextRole::Axis,
        );
    }
    let top = y + panel_extra(s) - 6.0;
    for (x, label) in ticks {
        let ink = if label
            .trim_start_matches(['+', '-', '\u{2212}'])
            .starts_with('0')
            && label.len() <= 3
        {
            Ink::Axis
        } else {
            Ink::Grid
        };
        b.vline(*x, top, rows_h + 4.0, ink);
    }
    b.plots.push(Rect::new(
        cols.plot.0,
        top,
        cols.plot.1 - cols.plot.0,
        rows_h + 4.0,
    ));
    top + 4.0
}

/// Name (column or stacked) and the two-colour value text of one row.
#[allow(clippy::too_many_arguments)]
fn row_texts(
    b: &mut Builder,
    s: &Sizes,
    body: &Body,
    cols: &Columns,
    pitch: Pitch,
    y0: f64,
    name: &str,
    va: &str,
    vb: &str,
) -> (Rect, f64) {
    let lead = format!("{va} →");
    let gap = text_width(" ", s.value, false);
    let wb = text_width(vb, s.value, false);
    let wa = text_width(&lead, s.value, false) + gap;
    let (ty, label_w) = match cols.label {
        Some((x0, x1)) => (y0 + pitch.band / 2.0, x1 - x0),
        None => (y0 + pitch.label_h / 2.0, body.width() - wa - wb - 10.0),
    };
    let name = ellipsize(name, label_w.max(20.0), s.label, false);
    b.text(
        name,
        body.left,
        ty,
        Anchor::Start,
        s.label,
        false,
        Ink::Text,
        TextRole::Label,
    );
    let vx = cols.value.1;
    b.text(
        vb.to_string(),
        vx,
        ty,
        Anchor::End,
        s.value,
        false,
        Ink::Target,
        TextRole::Value,
    );
    b.text(
        lead,
        vx - wb - gap,
        ty,
        Anchor::End,
        s.value,
        false,
        Ink::Past,
        TextRole::Value,
    );
    let h = s.value * 1.2;
    (
        Rect::new(vx - wb - wa, ty - h / 2.0, wa, h),
        y0 + pitch.label_h + pitch.band / 2.0,
    )
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn rate_panel(
    b: &mut Builder,
    s: &Sizes,
    body: &Body,
    cols: &Columns,
    pitch: Pitch,
    y: f64,
    heading: &str,
    rows: &[Row<'_>],
    loc: &Locale,
) -> f64 {
    let lo = rows
        .iter()
        .map(|r| r.pair.a.min(r.pair.b))
        .fold(0.0, f64::min);
    let hi = rows
        .iter()
        .map(|r| r.pair.a.max(r.pair.b))
        .fold(0.0, f64::max);
    let ticks = nice_ticks(lo, hi, if s.narrow { 3 } else { 5 });
    let t0 = ticks.first().copied().unwrap_or(0.0);
    let t1 = ticks.last().copied().unwrap_or(1.0).max(t0 + 1e-9);
    let r = 6.0;
    let (p0, p1) = (cols.plot.0 + r, cols.plot.1 - r);
    let x = |v: f64| p0 + (v - t0) / (t1 - t0) * (p1 - p0);
    let tick_labels: Vec<(f64, String)> = ticks
        .iter()
        .map(|t| (x(*t), loc.num.tick_label(*t, "%")))
        .collect();
    let rows_h = rows.len() as f64 * pitch.total();
    let mut y0 = panel_head(b, s, body, cols, y, heading, &tick_labels, rows_h);
    for row in rows {
        let (_, cy) = row_texts(b, s, body, cols, pitch, y0, &row.name, &row.va, &row.vb);
        let (xa, xb) = (x(row.pair.a), x(row.pair.b));
        let off = if (xa - xb).abs() < 3.0 { 4.0 } else { 0.0 };
        b.decor.push(Shape::Bar {
            rect: Rect::new(xa.min(xb), cy - 1.0, (xa - xb).abs(), 2.0),
            ink: Ink::Connector,
            fill: Fill::Solid,
        });
        let from = Shape::Dot {
            cx: xa,
            cy: cy - off,
            r,
            ink: Ink::Past,
            hollow: false,
        };
        let to = Shape::Dot {
            cx: xb,
            cy: cy + off,
            r,
            ink: Ink::Target,
            hollow: true,
        };
        b.marks.push(Mark {
            target: from.bounds().at_least(MIN_TARGET, MIN_TARGET),
            shape: from,
            tooltip: tooltip::for_indicator(row.pair.from, loc),
        });
        b.marks.push(Mark {
            target: to.bounds().at_least(MIN_TARGET, MIN_TARGET),
            shape: to,
            tooltip: tooltip::for_indicator(row.pair.to, loc),
        });
        y0 += pitch.total();
    }
    y0
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn count_panel(
    b: &mut Builder,
    s: &Sizes,
    body: &Body,
    cols: &Columns,
    pitch: Pitch,
    y: f64,
    heading: &str,
    rows: &[Row<'_>],
    loc: &Locale,
) -> f64 {
    let labels: Vec<String> = rows
        .iter()
        .map(|r| loc.num.change_text(r.pair.a, r.pair.b, false).0)
        .collect();
    let lw = labels
        .iter()
        .map(|l| text_width(l, s.value, false))
        .fold(0.0, f64::max)
        + 6.0;
    let lo = rows.iter().map(|r| r.change).fold(0.0, f64::min);
    let hi = rows.iter().map(|r| r.change).fold(0.0, f64::max);
    let ticks = nice_ticks(lo, hi, if s.narrow { 3 } else { 4 });
    let t0 = ticks.first().copied().unwrap_or(0.0).max(lo);
    let t1 = ticks.last().copied().unwrap_or(1.0).min(hi).max(t0 + 1e-9);
    let p0 = cols.plot.0 + if lo < 0.0 { lw } else { 0.0 };
    let p1 = (cols.plot.1 - if hi > 0.0 { lw } else { 0.0 }).max(p0 + 10.0);
    let x = |v: f64| p0 + (v - t0) / (t1 - t0) * (p1 - p0);
    let tick_labels: Vec<(f64, String)> = ticks
        .iter()
        .filter(|t| **t >= t0 - 1e-9 && **t <= t1 + 1e-9)
        .map(|t| {
            let l = loc.num.tick_label(*t, "%");
            (
                x(*t),
                if *t > 0.0 {
                    format!("+{l}")
                } else {
                    l.replace('-', "\u{2212}")
                },
            )
        })
        .collect();
    let rows_h = rows.len() as f64 * pitch.total();
    let mut y0 = panel_head(b, s, body, cols, y, heading, &tick_labels, rows_h);
    let x0 = x(0.0);
    for (row, label) in rows.iter().zip(labels) {
        let (lead_box, cy) = row_texts(b, s, body, cols, pitch, y0, &row.name, &row.va, &row.vb);
        let xc = x(row.change);
        let bh = (pitch.band * 0.55).round().max(10.0);
        let (l, rgt) = if xc >= x0 {
            (x0, xc.max(x0 + 2.0))
        } else {
            (xc.min(x0 - 2.0), x0)
        };
        let bar = Shape::Bar {
            rect: Rect::new(l, cy - bh / 2.0, rgt - l, bh),
            ink: Ink::Target,
            fill: Fill::Outlined,
        };
        if xc >= x0 {
            b.text(
                label,
                rgt + 4.0,
                cy,
                Anchor::Start,
                s.value,
                false,
                Ink::Text,
                TextRole::Value,
            );
        } else {
            b.text(
                label,
                l - 4.0,
                cy,
                Anchor::End,
                s.value,
                false,
                Ink::Text,
                TextRole::Value,
            );
        }
        // The 2024 figure is reachable through its value text.
        b.marks.push(Mark {
            target: lead_box.at_least(MIN_TARGET, MIN_TARGET),
            shape: Shape::Label { rect: lead_box },
            tooltip: tooltip::for_indicator(row.pair.from, loc),
        });
        b.marks.push(Mark {
            target: bar.bounds().at_least(MIN_TARGET, MIN_TARGET),
            shape: bar,
            tooltip: tooltip::for_indicator(row.pair.to, loc),
        });
        y0 += pitch.total();
    }
    y0
}
