//! The overview: every exact 2024 -> 2025 pair, rates as a dumbbell in percent and amounts as
//! the percent change of the target, in two panels so that points and percents never mix.

use super::data::{exact_pairs, PairData};
use super::frame::{place_frame, source_line, Body, Builder, FrameText, Key, Sizes};
use super::rows::{columns, fit_rows, keep_largest, Columns, Pitch};
use super::Drawn;
use crate::chart::describe::pairs_description;
use crate::chart::error::{ChartError, ErrorKind};
use crate::chart::format::{change_text, percent_change, tick_label};
use crate::chart::geometry::{nice_ticks, Rect};
use crate::chart::scene::{Anchor, Fill, Mark, Shape, TextRole, MIN_TARGET};
use crate::chart::spec::{ChartSpec, Lang};
use crate::chart::text::{ellipsize, text_width};
use crate::chart::theme::Ink;
use crate::chart::tooltip::{self, name_of, value_label};
use crate::dataset::{Dataset, Measure};

struct Row<'a> {
    pair: PairData<'a>,
    /// Percentage points (rates) or percent (amounts).
    change: f64,
    name: String,
    va: String,
    vb: String,
}

fn frame_text(
    ds: &Dataset,
    lang: Lang,
    n: usize,
    note: Option<String>,
    has_rates: bool,
    has_counts: bool,
) -> FrameText {
    let (r, p) = (ds.source.review_year, ds.source.plan_year);
    let mut keys = Vec::new();
    match lang {
        Lang::Zh => {
            keys.push(Key::Dot(Ink::Past, false, format!("{r}年")));
            keys.push(Key::Dot(Ink::Target, true, format!("{p}年目标")));
            if has_counts {
                keys.push(Key::Bar(
                    Ink::Target,
                    Fill::Outlined,
                    format!("{p}年目标较{r}年的变化"),
                ));
            }
        }
        Lang::En => {
            keys.push(Key::Dot(Ink::Past, false, r.to_string()));
            keys.push(Key::Dot(Ink::Target, true, format!("{p} target")));
            if has_counts {
                keys.push(Key::Bar(
                    Ink::Target,
                    Fill::Outlined,
                    format!("change of {p} target on {r}"),
                ));
            }
        }
    }
    if !has_rates {
        keys.truncate(0);
        keys.push(match lang {
            Lang::Zh => Key::Bar(
                Ink::Target,
                Fill::Outlined,
                format!("{p}年目标较{r}年的变化"),
            ),
            Lang::En => Key::Bar(
                Ink::Target,
                Fill::Outlined,
                format!("change of {p} target on {r}"),
            ),
        });
    }
    let (title, subtitle) = match lang {
        Lang::Zh => (
            format!("{p}年目标与{r}年成绩对比"),
            format!("报告中两年都有的{n}项指标：增速和比率按百分点比较，数量按变化幅度比较"),
        ),
        Lang::En => (
            format!("{p} targets against {r} results"),
            format!("{n} figures the report gives for both years: rates compared in percentage points, amounts by percent change"),
        ),
    };
    FrameText {
        title,
        subtitle,
        keys,
        notes: note.into_iter().collect(),
        source: source_line(ds, lang),
    }
}

fn hidden_note(k: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("另有{k}项因高度不足未显示，见数据表。"),
        Lang::En => format!("{k} more figures not shown at this height; see the data table."),
    }
}

/// Extra height per panel: heading line and tick row.
fn panel_extra(s: &Sizes) -> f64 {
    Sizes::line(s.label) + 4.0 + Sizes::line(s.small) + 10.0
}

pub(crate) fn overview(ds: &Dataset, spec: &ChartSpec) -> Result<Drawn, ChartError> {
    let lang = spec.lang;
    let s = Sizes::for_width(spec.width);
    let pairs = exact_pairs(ds);
    if pairs.is_empty() {
        return Err(ChartError::new(ErrorKind::NoData("overview")));
    }
    // Three panels: growth rates, other rates and shares (both in percent, compared in
    // percentage points, each on its own axis) and amounts (compared by percent change).
    let mut groups: [Vec<Row>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    for pair in pairs.iter().cloned() {
        let name = name_of(pair.to, lang);
        let va = value_label(pair.from, lang);
        let vb = value_label(pair.to, lang);
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
        g.sort_by(|x, y| {
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

    let mut ft = frame_text(ds, lang, n, None, has_rates, has_counts);
    let header = super::frame::frame_height(spec, &ft);
    let preferred_height = header + extra + n as f64 * super::rows::pitches(&s).0.total();
    super::frame::fit_header(spec, &mut ft, spec.height * 0.5);
    let header = super::frame::frame_height(spec, &ft);
    let sizes: Vec<usize> = groups.iter().map(Vec::len).collect();
    let per_panel = panel_extra(&s) + 14.0;
    let (mut keep, mut pitch, mut quota) = fit_panels(&sizes, spec.height - header, per_panel, &s);
    if keep < n {
        ft.notes = vec![hidden_note(n - keep, lang)];
        let header = super::frame::frame_height(spec, &ft);
        (keep, pitch, quota) = fit_panels(&sizes, spec.height - header, per_panel, &s);
        if let Some(nt) = ft.notes.first_mut() {
            *nt = hidden_note(n - keep, lang);
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
        let heading = match (g, lang) {
            (0, Lang::Zh) => "增速（%）：按百分点比较",
            (0, Lang::En) => "Growth rates (%), compared in percentage points",
            (1, Lang::Zh) => "比率与占比（%）：按百分点比较",
            (1, Lang::En) => "Rates and shares (%), compared in percentage points",
            (_, Lang::Zh) => "数量指标：目标较上年变化幅度",
            (_, Lang::En) => "Amounts: percent change of the target on the year before",
        };
        y = if g < 2 {
            rate_panel(&mut b, &s, &body, &cols, pitch, y, heading, rows, lang)
        } else {
            count_panel(&mut b, &s, &body, &cols, pitch, y, heading, rows, lang)
        };
        y += 14.0;
    }
    let title = ft.title.clone();
    Ok(Drawn {
        b,
        title,
        desc_zh: pairs_description(&pairs, Lang::Zh),
        desc_en: pairs_description(&pairs, Lang::En),
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
fn rate_panel(
    b: &mut Builder,
    s: &Sizes,
    body: &Body,
    cols: &Columns,
    pitch: Pitch,
    y: f64,
    heading: &str,
    rows: &[Row<'_>],
    lang: Lang,
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
        .map(|t| (x(*t), tick_label(*t, "%", lang)))
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
            tooltip: tooltip::for_indicator(row.pair.from, lang),
        });
        b.marks.push(Mark {
            target: to.bounds().at_least(MIN_TARGET, MIN_TARGET),
            shape: to,
            tooltip: tooltip::for_indicator(row.pair.to, lang),
        });
        y0 += pitch.total();
    }
    y0
}

#[allow(clippy::too_many_arguments)]
fn count_panel(
    b: &mut Builder,
    s: &Sizes,
    body: &Body,
    cols: &Columns,
    pitch: Pitch,
    y: f64,
    heading: &str,
    rows: &[Row<'_>],
    lang: Lang,
) -> f64 {
    let labels: Vec<String> = rows
        .iter()
        .map(|r| change_text(r.pair.a, r.pair.b, false, lang).0)
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
            let l = tick_label(*t, "%", lang);
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
            tooltip: tooltip::for_indicator(row.pair.from, lang),
        });
        b.marks.push(Mark {
            target: bar.bounds().at_least(MIN_TARGET, MIN_TARGET),
            shape: bar,
            tooltip: tooltip::for_indicator(row.pair.to, lang),
        });
        y0 += pitch.total();
    }
    y0
}
