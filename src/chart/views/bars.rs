//! Bars that stand for one figure, shared by the detail, growth and category views: fill by
//! status (solid result, hatched estimate, outlined target or derived value), an arrowhead for
//! floors (以上), a bracket for approximations (左右), and the legend and notes that explain them.

use super::data::{style_of, Point};
use super::frame::{Builder, Key};
use crate::chart::geometry::Rect;
use crate::chart::locale::Locale;
use crate::chart::scene::{Fill, Mark, Shape, MIN_TARGET};
use crate::chart::theme::Ink;
use crate::model::Status;

/// Legend keys for the statuses present.
pub(crate) fn status_keys(pts: &[Point], loc: &Locale) -> Vec<Key> {
    let mut keys = Vec::new();
    for st in [
        Status::Derived,
        Status::Result,
        Status::Estimate,
        Status::Target,
    ] {
        if pts.iter().any(|p| p.status == st) {
            let (ink, fill) = style_of(st);
            keys.push(Key::Bar(ink, fill, loc.legend.of(st).to_string()));
        }
    }
    keys
}

/// Notes explaining derived values, floors and approximations.
pub(crate) fn status_notes(pts: &[Point], loc: &Locale) -> Vec<String> {
    let mut notes = Vec::new();
    if pts.iter().any(|p| p.status == Status::Derived) {
        notes.push(loc.derived_note.to_string());
    }
    if pts.iter().any(|p| p.floor) {
        notes.push(loc.floor_note.to_string());
    }
    notes
}

/// Draws one bar with its style, floor arrow and approximation whisker; returns the far end.
pub(crate) fn push_bar(
    b: &mut Builder,
    p: &Point,
    rect: Rect,
    horizontal: bool,
    positive: bool,
) -> Mark {
    let (ink, fill) = style_of(p.status);
    let shape = Shape::Bar { rect, ink, fill };
    if p.floor {
        let (x, y, dx, dy) = if horizontal {
            (
                if positive { rect.right() } else { rect.x },
                rect.y + rect.h / 2.0,
                if positive { 7.0 } else { -7.0 },
                0.0,
            )
        } else {
            (
                rect.x + rect.w / 2.0,
                if positive { rect.y } else { rect.bottom() },
                0.0,
                if positive { -7.0 } else { 7.0 },
            )
        };
        b.decor.push(Shape::Arrow {
            x,
            y,
            dx,
            dy,
            half: 5.0,
            ink,
        });
    }
    if p.approx {
        // A short bracket across the bar's end: "about here".
        if horizontal {
            let xe = if positive { rect.right() } else { rect.x };
            b.decor.push(Shape::Bar {
                rect: Rect::new(xe - 1.0, rect.y - 3.0, 2.0, rect.h + 6.0),
                ink: Ink::Text,
                fill: Fill::Solid,
            });
        } else {
            let ye = if positive { rect.y } else { rect.bottom() };
            b.decor.push(Shape::Bar {
                rect: Rect::new(rect.x - 3.0, ye - 1.0, rect.w + 6.0, 2.0),
                ink: Ink::Text,
                fill: Fill::Solid,
            });
        }
    }
    Mark {
        target: shape.bounds().at_least(MIN_TARGET, MIN_TARGET),
        shape,
        tooltip: p.tooltip.clone(),
    }
}
