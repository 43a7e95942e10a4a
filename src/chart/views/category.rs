//! The category view: the indicators of one category (housing, transport ...) as small
//! multiples, one panel per series, each with its own scale; single figures as number tiles.

use super::bars::{push_bar, status_keys};
use super::data::{series_name, series_points, style_of, Point};
use super::describe::points_sentence;
use super::frame::{place_frame, source_line, Builder, FrameText, Sizes};
use super::Drawn;
use crate::chart::error::{ChartError, ErrorKind};
use crate::chart::geometry::Rect;
use crate::chart::locale::{Locale, EN, ZH};
use crate::chart::metrics::{ellipsize, text_width, wrap};
use crate::chart::scene::{Anchor, Mark, Shape, TextItem, TextRole, MIN_TARGET};
use crate::chart::spec::ChartSpec;
use crate::chart::theme::Ink;
use crate::model::{Category, Dataset};

/// The category shown: the one asked for, else the first with indicators that can be drawn
/// (those with a year: a figure the text does not date has no place on a chart).
pub(crate) fn resolve_category(
    ds: &Dataset,
    asked: Option<Category>,
) -> Result<Category, ChartError> {
    let drawable = |c: Category| {
        ds.indicators
            .iter()
            .any(|i| i.category == c && i.year.is_some())
    };
    match asked {
        Some(c) if drawable(c) => Ok(c),
        Some(c) => Err(ChartError::new(ErrorKind::EmptyCategory(c.slug()))),
        None => Category::ALL
            .into_iter()
            .find(|c| drawable(*c))
            .ok_or_else(|| ChartError::new(ErrorKind::NoData("category"))),
    }
}

fn series_of(ds: &Dataset, cat: Category) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for i in ds.indicators.iter().filter(|i| i.category == cat) {
        if !out.contains(&i.series) {
            out.push(i.series.clone());
        }
    }
    out
}

fn describe(ds: &Dataset, cat: Category, loc: &Locale) -> String {
    let parts: Vec<String> = series_of(ds, cat)
        .iter()
        .map(|s| points_sentence(&series_name(ds, s, loc), &series_points(ds, s, loc), loc))
        .collect();
    loc.category_desc
        .with(&[&(loc.category_name)(cat), &parts.len()], &parts)
}

pub(crate) fn category(ds: &Dataset, spec: &ChartSpec) -> Result<Drawn, ChartError> {
    let loc = Locale::of(spec.lang);
    let cat = resolve_category(ds, spec.category)?;
    let s = Sizes::for_width(spec.width);
    let series = series_of(ds, cat);
    let panels: Vec<(String, Vec<Point>)> = series
        .iter()
        .map(|id| (series_name(ds, id, loc), series_points(ds, id, loc)))
        .filter(|(_, p)| !p.is_empty())
        .collect();
    let all: Vec<Point> = panels.iter().flat_map(|(_, p)| p.iter().cloned()).collect();
    let n = panels.len();
    let title = loc.category_title.with(&[&(loc.category_name)(cat), &n]);
    let mut ft = FrameText {
        title: title.clone(),
        subtitle: loc.category_subtitle.to_string(),
        keys: status_keys(&all, loc),
        notes: Vec::new(),
        source: source_line(ds, loc),
    };

    let gap = if s.narrow { 12.0 } else { 20.0 };
    let inner_w = spec.width - 2.0 * s.pad;
    // Two panels side by side even on a 320 px phone; up to five on a wide page.
    let min_panel = if s.narrow { 136.0 } else { 170.0 };
    // `max(1)`: `chunks` below must never get 0, whatever the float did.
    let cols = ((((inner_w + gap) / (min_panel + gap)).floor()).clamp(1.0, 5.0) as usize).max(1);
    let pw = (inner_w - gap * (cols as f64 - 1.0)) / cols as f64;
    let name_lines = 2usize;
    let name_h = name_lines as f64 * Sizes::line(s.label);
    // Each grid row is as tall as its tallest panel: columns need room, number tiles less.
    let row_h: Vec<f64> = panels
        .chunks(cols)
        .map(|row| {
            name_h
                + if row.iter().any(|(_, p)| p.len() > 1) {
                    118.0
                } else {
                    68.0
                }
        })
        .collect();
    let header = super::frame::frame_height(spec, &ft);
    let preferred_height = header + row_h.iter().map(|h| h + gap).sum::<f64>();
    let fit = |header: f64| {
        let mut used = 0.0;
        let mut rows = 0;
        for h in &row_h {
            if header + used + h > spec.height {
                break;
            }
            used += h + gap;
            rows += 1;
        }
        (rows * cols).min(n)
    };
    let tallest = row_h.iter().copied().fold(0.0, f64::max);
    super::frame::fit_header(spec, &mut ft, (tallest + gap) * 1.2);
    let mut keep = fit(super::frame::frame_height(spec, &ft));
    if keep < n {
        ft.notes.push(loc.hidden_note.with(&[&(n - keep)]));
        keep = fit(super::frame::frame_height(spec, &ft));
        if let Some(last) = ft.notes.last_mut() {
            *last = loc.hidden_note.with(&[&(n - keep)]);
        }
    }
    let mut b = Builder::default();
    let body = place_frame(&mut b, spec, &ft, spec.height);
    for (k, (name, pts)) in panels.iter().take(keep).enumerate() {
        let (r, c) = (k / cols, k % cols);
        let px = body.left + c as f64 * (pw + gap);
        let py = body.top + row_h.iter().take(r).map(|h| h + gap).sum::<f64>();
        let ph = row_h.get(r).copied().unwrap_or(name_h + 118.0);
        let lh = Sizes::line(s.label);
        for (j, line) in wrap(name, pw, s.label, true, name_lines)
            .into_iter()
            .enumerate()
        {
            b.text(
                line,
                px,
                py + lh * (j as f64 + 0.5),
                Anchor::Start,
                s.label,
                true,
                Ink::Text,
                TextRole::Label,
            );
        }
        let area = Rect::new(px, py + name_h + 4.0, pw, ph - name_h - 4.0);
        b.plots.push(area);
        if pts.len() == 1 {
            if let Some(p) = pts.first() {
                tile(&mut b, &s, area, p, loc);
            }
        } else {
            mini_columns(&mut b, &s, area, pts, loc);
        }
    }
    Ok(Drawn {
        b,
        title,
        desc_zh: describe(ds, cat, &ZH),
        desc_en: describe(ds, cat, &EN),
        hidden: n - keep.min(n),
        preferred_height,
    })
}

/// A single figure: the number large, its year and kind below, a rule on top.
fn tile(b: &mut Builder, s: &Sizes, area: Rect, p: &Point, loc: &Locale) {
    let (ink, _) = style_of(p.status);
    b.hline(area.x, area.y, area.w, Ink::Grid);
    let mut size = if s.narrow { 22.0 } else { 26.0 };
    while size > 12.0 && text_width(&p.label, size, true) > area.w {
        size -= 1.0;
    }
    let label = ellipsize(&p.label, area.w, size, true);
    let cy = area.y + 10.0 + size * 0.6;
    let item = TextItem {
        text: label,
        x: area.x,
        y: cy,
        anchor: Anchor::Start,
        size,
        bold: true,
        ink,
        role: TextRole::Value,
    };
    let bbox = item.bbox();
    b.texts.push(item);
    let sub = loc.year_and_kind(p.year, p.status);
    b.text(
        ellipsize(&sub, area.w, s.small, false),
        area.x,
        cy + size * 0.6 + 4.0 + Sizes::line(s.small) / 2.0,
        Anchor::Start,
        s.small,
        false,
        Ink::Muted,
        TextRole::Label,
    );
    b.marks.push(Mark {
        target: bbox.at_least(MIN_TARGET, MIN_TARGET),
        shape: Shape::Label { rect: bbox },
        tooltip: p.tooltip.clone(),
    });
}

/// Two or more figures of one series as small columns with labels.
fn mini_columns(b: &mut Builder, s: &Sizes, area: Rect, pts: &[Point], loc: &Locale) {
    let lh = Sizes::line(s.small);
    let value_room = Sizes::line(s.small) + 10.0;
    let plot = Rect::new(
        area.x,
        area.y + value_room,
        area.w,
        (area.h - value_room - lh - 4.0).max(10.0),
    );
    let hi = pts.iter().map(|p| p.v).fold(0.0, f64::max);
    let lo = pts.iter().map(|p| p.v).fold(0.0, f64::min);
    let span = (hi - lo).max(1e-9);
    let y = |v: f64| plot.bottom() - (v - lo) / span * plot.h;
    let y0 = y(0.0);
    b.hline(plot.x, y0, plot.w, Ink::Axis);
    let slot = plot.w / pts.len().max(1) as f64;
    let bw = (slot * 0.6).clamp(MIN_TARGET, 56.0).min(slot - 2.0);
    for (i, p) in pts.iter().enumerate() {
        let cx = plot.x + slot * (i as f64 + 0.5);
        let yv = y(p.v);
        let positive = p.v >= 0.0;
        let rect = Rect::from_corners(
            cx - bw / 2.0,
            y0,
            cx + bw / 2.0,
            if (yv - y0).abs() < 2.0 { y0 - 2.0 } else { yv },
        );
        let mark = push_bar(b, p, rect, false, positive);
        let (ink, _) = style_of(p.status);
        let arrow = if p.floor { 8.0 } else { 0.0 };
        let vy = if positive {
            rect.y - arrow - 3.0 - lh / 2.0
        } else {
            rect.bottom() + arrow + 3.0 + lh / 2.0
        };
        b.text(
            ellipsize(&p.label, slot - 2.0, s.small, true),
            cx,
            vy,
            Anchor::Middle,
            s.small,
            true,
            ink,
            TextRole::Value,
        );
        let cat = loc.year_and_kind(p.year, p.status);
        b.text(
            ellipsize(&cat, slot - 2.0, s.small, false),
            cx,
            plot.bottom() + 4.0 + lh / 2.0,
            Anchor::Middle,
            s.small,
            false,
            Ink::Muted,
            TextRole::Label,
        );
        b.marks.push(mark);
    }
}
