//! The frame every view shares: title, subtitle, legend, notes and source line around a body
//! area, with type sizes and padding chosen by the width.

use crate::chart::geometry::Rect;
use crate::chart::locale::Locale;
use crate::chart::metrics::{text_width, wrap};
use crate::chart::scene::{Anchor, Fill, Mark, Rule, Shape, TextItem, TextRole};
use crate::chart::spec::ChartSpec;
use crate::chart::theme::Ink;
use crate::model::Dataset;

/// Type sizes and spacing for one width.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Sizes {
    pub title: f64,
    pub subtitle: f64,
    pub label: f64,
    pub value: f64,
    pub small: f64,
    pub pad: f64,
    /// `true` below 560 px: labels stack above their marks.
    pub narrow: bool,
}

impl Sizes {
    pub fn for_width(w: f64) -> Sizes {
        if w < 480.0 {
            Sizes {
                title: 17.0,
                subtitle: 13.0,
                label: 12.0,
                value: 12.0,
                small: 11.0,
                pad: 12.0,
                narrow: true,
            }
        } else if w < 560.0 {
            Sizes {
                title: 18.0,
                subtitle: 13.0,
                label: 13.0,
                value: 12.0,
                small: 11.0,
                pad: 16.0,
                narrow: true,
            }
        } else if w < 900.0 {
            Sizes {
                title: 20.0,
                subtitle: 14.0,
                label: 13.0,
                value: 13.0,
                small: 11.0,
                pad: 20.0,
                narrow: false,
            }
        } else {
            Sizes {
                title: 22.0,
                subtitle: 15.0,
                label: 14.0,
                value: 13.0,
                small: 12.0,
                pad: 24.0,
                narrow: false,
            }
        }
    }

    /// Line height for text of `size`.
    pub fn line(size: f64) -> f64 {
        (size * 1.35).round()
    }
}

/// One legend entry.
#[derive(Debug, Clone)]
pub(crate) enum Key {
    Bar(Ink, Fill, String),
    Dot(Ink, bool, String),
}

/// Collects everything a view draws; `finish` turns it into a `ChartLayout`.
#[derive(Debug, Default)]
pub(crate) struct Builder {
    pub texts: Vec<TextItem>,
    pub rules: Vec<Rule>,
    pub decor: Vec<Shape>,
    pub marks: Vec<Mark>,
    pub plots: Vec<Rect>,
}

impl Builder {
    #[allow(clippy::too_many_arguments)]
    pub fn text(
        &mut self,
        text: impl Into<String>,
        x: f64,
        y: f64,
        anchor: Anchor,
        size: f64,
        bold: bool,
        ink: Ink,
        role: TextRole,
    ) {
        let text = text.into();
        if text.is_empty() {
            return;
        }
        self.texts.push(TextItem {
            text,
            x,
            y,
            anchor,
            size,
            bold,
            ink,
            role,
        });
    }

    pub fn hline(&mut self, x: f64, y: f64, len: f64, ink: Ink) {
        self.rules.push(Rule {
            x,
            y,
            len,
            horizontal: true,
            ink,
        });
    }

    pub fn vline(&mut self, x: f64, y: f64, len: f64, ink: Ink) {
        self.rules.push(Rule {
            x,
            y,
            len,
            horizontal: false,
            ink,
        });
    }
}

/// The source line under the chart; it says so when an editor corrected any figure, so that a
/// reader who never opens a tooltip is told too.
pub(crate) fn source_line(ds: &Dataset, loc: &Locale) -> String {
    let mut line = source(ds, loc);
    if ds.indicators.iter().any(|i| i.corrected_from.is_some()) {
        line.push_str(loc.corrected);
    }
    line
}

fn source(ds: &Dataset, loc: &Locale) -> String {
    if is_embedded(ds) {
        return loc.source_embedded.to_string();
    }
    let title = ds.title().trim();
    if title.is_empty() {
        loc.source_unknown.to_string()
    } else {
        format!("{}{title}", loc.source_prefix)
    }
}

/// `true` when the dataset was extracted from the report this crate embeds.
fn is_embedded(ds: &Dataset) -> bool {
    ds.sha256()
        .eq_ignore_ascii_case(crate::EMBEDDED_REPORT_SHA256)
}

/// The body area left between header and footer, after the frame texts were placed.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Body {
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
}

impl Body {
    pub fn width(&self) -> f64 {
        self.right - self.left
    }
    pub fn height(&self) -> f64 {
        (self.bottom - self.top).max(0.0)
    }
}

/// Header and footer contents of a view.
#[derive(Debug, Clone, Default)]
pub(crate) struct FrameText {
    pub title: String,
    pub subtitle: String,
    pub keys: Vec<Key>,
    pub notes: Vec<String>,
    pub source: String,
}

/// Height the header and footer take at this width.
pub(crate) fn frame_height(spec: &ChartSpec, ft: &FrameText) -> f64 {
    let mut b = Builder::default();
    let body = place_frame(&mut b, spec, ft, 100_000.0);
    100_000.0 - body.height()
}

/// Places title, subtitle, legend at the top and notes and source at the bottom.
pub(crate) fn place_frame(b: &mut Builder, spec: &ChartSpec, ft: &FrameText, height: f64) -> Body {
    let s = Sizes::for_width(spec.width);
    let left = s.pad;
    let right = spec.width - s.pad;
    let avail = (right - left).max(10.0);
    let mut y = s.pad;
    for line in wrap(&ft.title, avail, s.title, true, 2) {
        let lh = Sizes::line(s.title);
        b.text(
            line,
            left,
            y + lh / 2.0,
            Anchor::Start,
            s.title,
            true,
            Ink::Text,
            TextRole::Title,
        );
        y += lh;
    }
    if !ft.subtitle.is_empty() {
        y += 2.0;
        for line in wrap(&ft.subtitle, avail, s.subtitle, false, 3) {
            let lh = Sizes::line(s.subtitle);
            b.text(
                line,
                left,
                y + lh / 2.0,
                Anchor::Start,
                s.subtitle,
                false,
                Ink::Muted,
                TextRole::Subtitle,
            );
            y += lh;
        }
    }
    if !ft.keys.is_empty() {
        y += 8.0;
        let lh = Sizes::line(s.small).max(16.0);
        let mut x = left;
        for key in &ft.keys {
            let (label, sw) = match key {
                Key::Bar(_, _, l) => (l, 14.0),
                Key::Dot(_, _, l) => (l, 10.0),
            };
            let tw = text_width(label, s.small, false);
            let item_w = sw + 5.0 + tw;
            if x > left && x + item_w > right {
                x = left;
                y += lh;
            }
            let cy = y + lh / 2.0;
            match key {
                Key::Bar(ink, fill, _) => b.decor.push(Shape::Bar {
                    rect: Rect::new(x, cy - 5.0, 14.0, 10.0),
                    ink: *ink,
                    fill: *fill,
                }),
                Key::Dot(ink, hollow, _) => b.decor.push(Shape::Dot {
                    cx: x + 5.0,
                    cy,
                    r: 5.0,
                    ink: *ink,
                    hollow: *hollow,
                }),
            }
            b.text(
                label.clone(),
                x + sw + 5.0,
                cy,
                Anchor::Start,
                s.small,
                false,
                Ink::Muted,
                TextRole::Legend,
            );
            x += item_w + 14.0;
        }
        y += lh;
    }
    let top = y + 12.0;

    // Footer, from the bottom up.
    let mut fy = height - s.pad;
    let src_lines = wrap(&ft.source, avail, s.small, false, 2);
    let lh = Sizes::line(s.small);
    for line in src_lines.iter().rev() {
        b.text(
            line.clone(),
            left,
            fy - lh / 2.0,
            Anchor::Start,
            s.small,
            false,
            Ink::Muted,
            TextRole::Source,
        );
        fy -= lh;
    }
    let mut note_lines = Vec::new();
    for n in &ft.notes {
        note_lines.extend(wrap(n, avail, s.small, false, 3));
    }
    for line in note_lines.iter().rev() {
        b.text(
            line.clone(),
            left,
            fy - lh / 2.0,
            Anchor::Start,
            s.small,
            false,
            Ink::Muted,
            TextRole::Note,
        );
        fy -= lh;
    }
    let bottom = fy - 10.0;
    Body {
        left,
        right,
        top,
        bottom,
    }
}

/// Drops the subtitle, then the legend, while the body would be shorter than `min_body` px
/// (small embeds): the description and the data table still carry them.
pub(crate) fn fit_header(spec: &ChartSpec, ft: &mut FrameText, min_body: f64) {
    if spec.height - frame_height(spec, ft) >= min_body {
        return;
    }
    ft.subtitle.clear();
    if spec.height - frame_height(spec, ft) >= min_body {
        return;
    }
    ft.keys.clear();
}
