//! The attainment view: one row per target, the target (outlined) against the result or estimate
//! of its year (solid or hatched) on the row's own scale, the verdict in words and a symbol
//! (▲ ✓ ✗ …) so that met or missed reads without colour, and a tooltip with both sentences.

use super::across::{
    is_collection, point, report_title, source_line, split_series, words, AcrossWords, Selection,
};
use super::bars::{push_bar, status_keys};
use super::data::{style_of, Point};
use super::frame::{place_frame, Builder, FrameText, Sizes};
use super::rows::{columns, fit_under_frame};
use super::Drawn;
use crate::chart::error::{ChartError, ErrorKind};
use crate::chart::geometry::Rect;
use crate::chart::locale::{Locale, ZH};
use crate::chart::metrics::{ellipsize, text_width};
use crate::chart::scene::{Anchor, TextRole};
use crate::chart::spec::{ChartSpec, Lang};
use crate::chart::theme::Ink;
use crate::chart::tooltip::split_quote;
use crate::model::{Attained, Compared, Dataset, Indicator, Verdict};

struct Row<'a> {
    label: String,
    verdict: Verdict,
    target: Point,
    result: Option<Point>,
    values: String,
    target_ind: &'a Indicator,
}

fn place_of<'a>(ds: &'a Dataset, ind: &Indicator) -> &'a str {
    ds.reports
        .get(ind.report)
        .and_then(|r| r.place.as_deref())
        .unwrap_or("")
}

/// The measure key of a series of several reports (`海淀区/gdp-growth` -> `gdp-growth`).
fn key_of(series: &str) -> &str {
    split_series(series).map_or(series, |(_, k)| k)
}

pub(crate) fn resolve_attainment(
    ds: &Dataset,
    indicator: Option<&str>,
) -> Result<Selection, ChartError> {
    if !is_collection(ds) {
        return Err(ChartError::new(ErrorKind::NeedsSeveral("attainment")));
    }
    let targets = || ds.attainment.iter().filter_map(|a| ds.indicator(&a.target));
    let latest_judged = ds
        .attainment
        .iter()
        .filter(|a| a.verdict != Verdict::NotReported)
        .filter_map(|a| ds.indicator(&a.target)?.year)
        .max()
        .or_else(|| targets().filter_map(|t| t.year).max());
    match indicator.map(str::trim).filter(|s| !s.is_empty()) {
        None => latest_judged
            .map(Selection::Year)
            .ok_or_else(|| ChartError::new(ErrorKind::NoData("attainment"))),
        Some(given) => {
            if let Ok(year) = given.parse::<i32>() {
                if targets().any(|t| t.year == Some(year)) {
                    return Ok(Selection::Year(year));
                }
            }
            let key = ds
                .indicator(given)
                .map_or(key_of(given), |i| key_of(&i.series));
            if targets().any(|t| key_of(&t.series) == key) {
                return Ok(Selection::Key(key.to_string()));
            }
            Err(ChartError::new(ErrorKind::UnknownIndicator {
                given: given.to_string(),
                example: latest_judged.map(|y| y.to_string()),
            }))
        }
    }
}

fn rows_of<'a>(
    ds: &'a Dataset,
    sel: &Selection,
    spec: &ChartSpec,
    loc: &Locale,
    w: &AcrossWords,
    lang: Lang,
) -> Vec<Row<'a>> {
    let chosen = |t: &Indicator| {
        let matches = match sel {
            Selection::Year(y) => t.year == Some(*y),
            Selection::Key(k) => key_of(&t.series) == k,
        };
        matches && spec.category.is_none_or(|c| t.category == c)
    };
    let mut places: Vec<&str> = Vec::new();
    for a in &ds.attainment {
        if let Some(t) = ds.indicator(&a.target).filter(|t| chosen(t)) {
            let p = place_of(ds, t);
            if !places.contains(&p) {
                places.push(p);
            }
        }
    }
    let several = places.len() > 1;
    let mut rows: Vec<Row<'a>> = ds
        .attainment
        .iter()
        .filter_map(|a| {
            let t = ds.indicator(&a.target).filter(|t| chosen(t))?;
            let year = t.year?;
            let r = a.result.as_deref().and_then(|id| ds.indicator(id));
            let dated = matches!(sel, Selection::Key(_));
            Some(row(ds, a, t, (year, dated), r, several, loc, w, lang))
        })
        .collect();
    crate::text::sort_stable_by(&mut rows, |a, b| {
        let key = |r: &Row<'_>| {
            (
                place_of(ds, r.target_ind),
                r.target_ind.year,
                r.target_ind.category,
                r.verdict == Verdict::NotReported,
            )
        };
        key(a).cmp(&key(b))
    });
    rows
}

#[allow(clippy::too_many_arguments)]
fn row<'a>(
    ds: &Dataset,
    a: &Attained,
    t: &'a Indicator,
    (year, dated): (i32, bool),
    r: Option<&Indicator>,
    several: bool,
    loc: &Locale,
    w: &AcrossWords,
    lang: Lang,
) -> Row<'a> {
    let name = (loc.name)(t);
    let place = place_of(ds, t);
    let mut label = match (lang, dated) {
        (_, false) => name,
        (Lang::Zh, true) => format!("{year}年{name}"),
        (Lang::En, true) => format!("{name}, {year}"),
    };
    if several && !place.is_empty() {
        label.push_str(&match lang {
            Lang::Zh => format!("（{place}）"),
            Lang::En => format!(" ({place})"),
        });
    }
    let mut target = point(ds, t, loc);
    let result = r.map(|r| {
        let mut p = point(ds, r, loc);
        // On the target's scale: the result converted to the target's unit.
        if let Some(v) = a.result_value {
            p.v = super::super::format::base_value(v, &t.unit);
        }
        p
    });
    let (before, matched, after) = r.map(split_quote).unwrap_or_default();
    target.tooltip.compared = Some(Compared {
        verdict: (w.verdict)(a.verdict).to_string(),
        rule: (w.rule)(a.rule, a.lower_is_better).to_string(),
        kind: r.map_or(String::new(), |r| loc.kind.of(r.status).to_string()),
        value_display: r.map_or(String::new(), |r| {
            ZH.num.qualified(&r.display, &r.qualifiers)
        }),
        year: r.and_then(|r| r.year),
        report: r
            .and_then(|r| ds.reports.get(r.report))
            .map(report_title)
            .unwrap_or_default(),
        quote_before: before,
        quote_match: matched,
        quote_after: after,
    });
    let values = format!(
        "{} / {}",
        result.as_ref().map_or("—", |p| p.label.as_str()),
        target.label
    );
    Row {
        label,
        verdict: a.verdict,
        target,
        result,
        values,
        target_ind: t,
    }
}

fn describe(ds: &Dataset, sel: &Selection, spec: &ChartSpec, lang: Lang) -> String {
    let (loc, w) = (Locale::of(lang), words(lang));
    let rows = rows_of(ds, sel, spec, loc, w, lang);
    let parts: Vec<String> = rows
        .iter()
        .map(|r| {
            let result = r
                .result
                .as_ref()
                .map_or(w.not_reported, |p| p.label.as_str());
            let verdict = (w.verdict_word)(r.verdict);
            match lang {
                Lang::Zh => format!(
                    "{}，目标{}，结果{}，{}",
                    r.label, r.target.label, result, verdict
                ),
                Lang::En => format!(
                    "{}: target {}, result {}, {}",
                    r.label, r.target.label, result, verdict
                ),
            }
        })
        .collect();
    format!(
        "{}{}{}{}",
        (w.attainment_title)(sel),
        w.sep,
        parts.join(w.list_sep),
        w.end
    )
}

pub(crate) fn attainment(ds: &Dataset, spec: &ChartSpec) -> Result<Drawn, ChartError> {
    let sel = resolve_attainment(ds, spec.indicator.as_deref())?;
    let loc = Locale::of(spec.lang);
    let w = words(spec.lang);
    let s = Sizes::for_width(spec.width);
    let mut rows = rows_of(ds, &sel, spec, loc, w, spec.lang);
    if rows.is_empty() {
        return Err(ChartError::new(ErrorKind::NoData("attainment")));
    }
    let mut places: Vec<&str> = rows.iter().map(|r| place_of(ds, r.target_ind)).collect();
    crate::text::sort_stable_by(&mut places, |a, b| a.cmp(b));
    places.dedup();
    let title = (w.attainment_title)(&sel);
    let pts: Vec<Point> = rows
        .iter()
        .flat_map(|r| std::iter::once(r.target.clone()).chain(r.result.clone()))
        .collect();
    let mut ft = FrameText {
        title: title.clone(),
        subtitle: (w.attainment_subtitle)(rows.len(), places.len()),
        keys: status_keys(&pts, loc),
        notes: vec![w.band_note.to_string()],
        source: source_line(ds, loc, w),
    };
    let n = rows.len();
    let preferred_height =
        super::frame::frame_height(spec, &ft) + n as f64 * super::rows::pitches(&s).0.total();
    let least = n as f64 * super::rows::pitches(&s).1.total();
    super::frame::fit_header(spec, &mut ft, least.min(spec.height * 0.5));
    let (keep, pitch) = fit_under_frame(spec, &mut ft, n, 0.0, &s, loc);
    if keep < n {
        rows.truncate(keep);
    }
    let mut b = Builder::default();
    let mut body = place_frame(&mut b, spec, &ft, spec.height);
    let verdict_w = rows
        .iter()
        .map(|r| text_width((w.verdict)(r.verdict), s.label, true))
        .fold(0.0, f64::max);
    let verdict_right = body.right;
    if !s.narrow {
        body.right -= verdict_w + 16.0;
    }
    let labels: Vec<String> = rows.iter().map(|r| r.label.clone()).collect();
    let values: Vec<String> = rows.iter().map(|r| r.values.clone()).collect();
    let cols = columns(&body, &s, &labels, &[]);
    // The values column: as wide as its widest text, leaving the bars at least 60 px.
    let vw = values
        .iter()
        .map(|v| text_width(v, s.value, false))
        .fold(0.0, f64::max)
        .min((body.right - cols.plot.0 - 72.0).max(0.0));
    let plot = (
        cols.plot.0,
        (body.right - vw - 12.0).max(cols.plot.0 + 20.0),
    );
    b.plots.push(Rect::new(
        plot.0,
        body.top,
        plot.1 - plot.0,
        rows.len() as f64 * pitch.total(),
    ));
    let mut y0 = body.top;
    for row in &rows {
        let line_y = match cols.label {
            Some(_) => y0 + pitch.band / 2.0,
            None => y0 + pitch.label_h / 2.0,
        };
        let verdict_room = if s.narrow { verdict_w + 8.0 } else { 0.0 };
        let lw = cols
            .label
            .map_or(body.width() - verdict_room, |(a, c)| c - a);
        b.text(
            ellipsize(&row.label, lw, s.label, false),
            body.left,
            line_y,
            Anchor::Start,
            s.label,
            false,
            Ink::Text,
            TextRole::Label,
        );
        b.text(
            (w.verdict)(row.verdict),
            verdict_right,
            line_y,
            Anchor::End,
            s.label,
            row.verdict != Verdict::NotReported,
            if row.verdict == Verdict::NotReported {
                Ink::Muted
            } else {
                Ink::Text
            },
            TextRole::Value,
        );
        let band_top = y0 + pitch.label_h;
        b.text(
            ellipsize(&row.values, vw, s.value, false),
            body.right,
            band_top + pitch.band / 2.0,
            Anchor::End,
            s.value,
            false,
            Ink::Text,
            TextRole::Value,
        );
        // The row's own scale: zero and the larger of the two values, with room for an arrow.
        let vals: Vec<f64> = std::iter::once(row.target.v)
            .chain(row.result.as_ref().map(|p| p.v))
            .collect();
        let lo = vals.iter().copied().fold(0.0, f64::min);
        let hi = vals.iter().copied().fold(0.0, f64::max);
        let span = (hi - lo).max(1e-9) * 1.08;
        let (xa, xb) = (plot.0 + 2.0, plot.1 - 10.0);
        let x = |v: f64| xa + (v - lo) / span * (xb - xa);
        let bh = ((pitch.band - 10.0) / 2.0).floor().max(6.0);
        let zero = x(0.0);
        b.vline(zero, band_top, pitch.band, Ink::Axis);
        let bar = |v: f64, top: f64| {
            let end = x(v);
            let end = if (end - zero).abs() < 2.0 {
                zero + 2.0
            } else {
                end
            };
            Rect::from_corners(zero, top, end, top + bh)
        };
        let target_rect = bar(row.target.v, band_top + 4.0);
        let mut mark = push_bar(&mut b, &row.target, target_rect, true, row.target.v >= 0.0);
        if let Some(r) = &row.result {
            let rect = bar(r.v, band_top + 6.0 + bh);
            let (ink, fill) = style_of(r.status);
            b.decor
                .push(crate::chart::scene::Shape::Bar { rect, ink, fill });
        }
        // The whole row answers the pointer: label, bars, values and verdict.
        mark.target = Rect::new(
            body.left,
            y0,
            verdict_right - body.left,
            pitch.total().max(24.0),
        );
        b.marks.push(mark);
        y0 += pitch.total();
    }
    Ok(Drawn {
        b,
        title,
        desc_zh: describe(ds, &sel, spec, Lang::Zh),
        desc_en: describe(ds, &sel, spec, Lang::En),
        hidden: n - rows.len(),
        preferred_height,
    })
}
