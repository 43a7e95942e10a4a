//! The pure result of layout (`ChartLayout`): every text, rule and mark at its position in CSS
//! pixels, ready to be drawn by any backend, hit-tested and described.

use super::geometry::Rect;
use super::metrics::text_width;
use super::spec::{Lang, Theme, View};
use super::theme::Ink;
use crate::model::Tooltip;

/// Horizontal text anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

/// What a piece of text is, for styling and tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextRole {
    Title,
    Subtitle,
    Legend,
    /// An indicator's name.
    Label,
    /// A number as written.
    Value,
    /// Axis ticks and panel headings.
    Axis,
    Heading,
    Note,
    Source,
}

/// One line of text; `y` is the vertical centre of the line.
#[derive(Debug, Clone, PartialEq)]
pub struct TextItem {
    pub text: String,
    pub x: f64,
    pub y: f64,
    pub anchor: Anchor,
    pub size: f64,
    pub bold: bool,
    pub ink: Ink,
    pub role: TextRole,
}

impl TextItem {
    /// The box the text occupies according to the width model (line height 1.2 em).
    pub fn bbox(&self) -> Rect {
        let w = text_width(&self.text, self.size, self.bold);
        let x = match self.anchor {
            Anchor::Start => self.x,
            Anchor::Middle => self.x - w / 2.0,
            Anchor::End => self.x - w,
        };
        let h = self.size * 1.2;
        Rect::new(x, self.y - h / 2.0, w, h)
    }
}

/// How a bar is filled, so that series differ by more than colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fill {
    /// Solid: achieved results.
    Solid,
    /// Diagonal hatching inside an outline: estimates (预计).
    Hatched,
    /// Outline around a light tint: targets and derived values.
    Outlined,
}

/// A drawable shape in CSS pixels.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Bar {
        rect: Rect,
        ink: Ink,
        fill: Fill,
    },
    /// A dot; `hollow` draws a ring (targets).
    Dot {
        cx: f64,
        cy: f64,
        r: f64,
        ink: Ink,
        hollow: bool,
    },
    /// A filled triangle pointing right (dx > 0), left, up (dy < 0) or down: open-ended values.
    Arrow {
        x: f64,
        y: f64,
        dx: f64,
        dy: f64,
        half: f64,
        ink: Ink,
    },
    /// Nothing drawn: the mark is a text label (drawn with the texts) at `rect`.
    Label {
        rect: Rect,
    },
}

impl Shape {
    /// The visual bounds.
    pub fn bounds(&self) -> Rect {
        match self {
            Shape::Bar { rect, .. } => *rect,
            Shape::Dot { cx, cy, r, .. } => Rect::new(cx - r, cy - r, 2.0 * r, 2.0 * r),
            Shape::Label { rect } => *rect,
            Shape::Arrow {
                x, y, dx, dy, half, ..
            } => {
                let (ax, ay) = (x + dx, y + dy);
                let (px, py) = if dx.abs() > dy.abs() {
                    (0.0, *half)
                } else {
                    (*half, 0.0)
                };
                Rect::from_corners(
                    x.min(ax) - px,
                    y.min(ay) - py,
                    x.max(ax) + px,
                    y.max(ay) + py,
                )
            }
        }
    }
}

/// A hairline: one device pixel thick whatever the ratio, horizontal or vertical.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rule {
    pub x: f64,
    pub y: f64,
    pub len: f64,
    pub horizontal: bool,
    pub ink: Ink,
}

/// An interactive element: a bar, dot or value label standing for one figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub shape: Shape,
    /// The hit target, at least 24x24 CSS px, centred on the shape.
    pub target: Rect,
    pub tooltip: Tooltip,
}

/// Minimum hit target edge in CSS pixels (WCAG 2.2 target size).
pub const MIN_TARGET: f64 = 24.0;
/// Touch radius: the nearest mark within this distance is hit.
pub const TOUCH_RADIUS: f64 = 24.0;

/// Everything one view draws, in CSS pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartLayout {
    pub view: View,
    pub lang: Lang,
    pub theme: Theme,
    pub width: f64,
    pub height: f64,
    pub dpr: f64,
    /// The regions where data is drawn (one per panel); marks stay inside them.
    pub plots: Vec<Rect>,
    pub rules: Vec<Rule>,
    /// Non-interactive shapes: legend swatches, connectors, arrowheads, whiskers.
    pub decor: Vec<Shape>,
    pub marks: Vec<Mark>,
    pub texts: Vec<TextItem>,
    pub(crate) title: String,
    pub(crate) description_zh: String,
    pub(crate) description_en: String,
    /// Figures left out because the height was too small (listed in a note).
    pub hidden: usize,
    /// The height at which nothing would be left out.
    pub preferred_height: f64,
}

impl ChartLayout {
    /// The chart's title (also its accessible name).
    pub fn title(&self) -> &str {
        &self.title
    }

    /// An automatic accessible description in `lang`.
    pub fn description(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.description_zh,
            Lang::En => &self.description_en,
        }
    }

    /// The number of interactive marks.
    pub fn mark_count(&self) -> usize {
        self.marks.len()
    }

    /// The hit target of mark `i`.
    pub fn mark_bounds(&self, i: usize) -> Option<Rect> {
        self.marks.get(i).map(|m| m.target)
    }

    /// The tooltip payload of mark `i`.
    pub fn tooltip(&self, i: usize) -> Option<&Tooltip> {
        self.marks.get(i).map(|m| &m.tooltip)
    }

    /// The boxes of all texts.
    pub fn text_boxes(&self) -> Vec<Rect> {
        self.texts.iter().map(TextItem::bbox).collect()
    }
}
