//! Drawing a `ChartLayout` through plotters: any `DrawingBackend` (plotters-canvas in the
//! browser, SVG natively). Only rects, lines, triangles, circles and anchored text at computed
//! device-pixel positions; never anything that asks plotters to measure text.

use plotters::prelude::DrawingBackend;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, FontDesc, FontFamily, FontStyle, RGBColor, TextStyle};

use super::error::ChartError;
use super::geometry::Rect;
use super::metrics::FONT_STACK;
use super::scene::{Anchor, ChartLayout, Fill, Shape};
use super::spec::Theme;
use super::theme::{Palette, Rgb};

/// A point in device pixels.
type Px = (i32, i32);

fn rgb(c: Rgb) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

/// Draws `layout` in `theme` onto `backend`, whose size must be the CSS size times the layout's
/// device pixel ratio.
pub fn draw<DB: DrawingBackend>(
    layout: &ChartLayout,
    theme: Theme,
    backend: &mut DB,
) -> Result<(), ChartError> {
    draw_scaled(layout, theme, backend, 1.0)
}

/// `font_scale` compensates backends that shrink font sizes (plotters' SVG writes size / 1.24).
pub(crate) fn draw_scaled<DB: DrawingBackend>(
    layout: &ChartLayout,
    theme: Theme,
    backend: &mut DB,
    font_scale: f64,
) -> Result<(), ChartError> {
    let pal = Palette::of(theme);
    let mut p = Painter {
        db: backend,
        dpr: layout.dpr,
        pal,
    };
    p.db.ensure_prepared().map_err(ChartError::backend)?;
    p.fill(
        Rect::new(0.0, 0.0, layout.width, layout.height),
        pal.background,
    )?;
    for r in &layout.rules {
        p.hairline(r.x, r.y, r.len, r.horizontal, pal.ink(r.ink))?;
    }
    for s in &layout.decor {
        p.shape(s)?;
    }
    for m in &layout.marks {
        p.shape(&m.shape)?;
    }
    for t in &layout.texts {
        let size = t.size * p.dpr * font_scale;
        let pos = (p.px(t.x), p.px(t.y));
        p.text(&t.text, size, t.bold, t.anchor, pos, pal.ink(t.ink))?;
    }
    p.db.present().map_err(ChartError::backend)
}

/// Draws in device pixels on a plotters backend.
struct Painter<'a, DB: DrawingBackend> {
    db: &'a mut DB,
    dpr: f64,
    pal: Palette,
}

impl<DB: DrawingBackend> Painter<'_, DB> {
    /// A filled rectangle from `a` (top left) to `b` (bottom right).
    fn rect(&mut self, a: Px, b: Px, c: Rgb) -> Result<(), ChartError> {
        self.db
            .draw_rect(a, b, &rgb(c), true)
            .map_err(ChartError::backend)
    }

    /// A line `width` device pixels wide.
    fn line(&mut self, a: Px, b: Px, c: Rgb, width: u32) -> Result<(), ChartError> {
        self.db
            .draw_line(a, b, &rgb(c).stroke_width(width))
            .map_err(ChartError::backend)
    }

    /// A filled circle.
    fn circle(&mut self, center: Px, r: u32, c: Rgb) -> Result<(), ChartError> {
        self.db
            .draw_circle(center, r, &rgb(c), true)
            .map_err(ChartError::backend)
    }

    /// A filled polygon.
    fn polygon(&mut self, points: &[Px], c: Rgb) -> Result<(), ChartError> {
        self.db
            .fill_polygon(points.to_vec(), &rgb(c))
            .map_err(ChartError::backend)
    }

    /// One line of text in the chart's font stack, `size` device pixels, vertically centred on
    /// `at` and anchored horizontally by `anchor`.
    fn text(
        &mut self,
        text: &str,
        size: f64,
        bold: bool,
        anchor: Anchor,
        at: Px,
        c: Rgb,
    ) -> Result<(), ChartError> {
        let style = if bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        };
        let h = match anchor {
            Anchor::Start => HPos::Left,
            Anchor::Middle => HPos::Center,
            Anchor::End => HPos::Right,
        };
        let color = rgb(c);
        let ts = TextStyle::from(FontDesc::new(FontFamily::Name(FONT_STACK), size, style))
            .color(&color)
            .pos(Pos::new(h, VPos::Center));
        self.db
            .draw_text(text, &ts, at)
            .map_err(ChartError::backend)
    }

    /// A CSS coordinate in whole device pixels.
    fn px(&self, v: f64) -> i32 {
        let d = (v * self.dpr).round();
        d.clamp(-1e6, 1e6) as i32
    }

    /// A filled rectangle snapped to device pixels.
    fn fill(&mut self, r: Rect, c: Rgb) -> Result<(), ChartError> {
        let (x0, y0, x1, y1) = (
            self.px(r.x),
            self.px(r.y),
            self.px(r.right()),
            self.px(r.bottom()),
        );
        if x1 <= x0 || y1 <= y0 {
            return Ok(());
        }
        self.rect((x0, y0), (x1, y1), c)
    }

    /// A line exactly one device pixel thick, drawn as a filled rect so it stays crisp.
    fn hairline(
        &mut self,
        x: f64,
        y: f64,
        len: f64,
        horizontal: bool,
        c: Rgb,
    ) -> Result<(), ChartError> {
        let (x0, y0) = (self.px(x), self.px(y));
        let (a, b) = if horizontal {
            ((x0, y0), (self.px(x + len).max(x0 + 1), y0 + 1))
        } else {
            ((x0, y0), (x0 + 1, self.px(y + len).max(y0 + 1)))
        };
        self.rect(a, b, c)
    }

    /// The outline of `r`, `w` device pixels thick, inside the rectangle.
    fn outline(&mut self, r: Rect, w: i32, c: Rgb) -> Result<(), ChartError> {
        let (x0, y0, x1, y1) = (
            self.px(r.x),
            self.px(r.y),
            self.px(r.right()),
            self.px(r.bottom()),
        );
        let w = w.min((x1 - x0) / 2).min((y1 - y0) / 2).max(1);
        for (a, b) in [
            ((x0, y0), (x1, y0 + w)),
            ((x0, y1 - w), (x1, y1)),
            ((x0, y0), (x0 + w, y1)),
            ((x1 - w, y0), (x1, y1)),
        ] {
            if b.0 > a.0 && b.1 > a.1 {
                self.rect(a, b, c)?;
            }
        }
        Ok(())
    }

    /// 45° hatching clipped to `r`.
    fn hatch(&mut self, r: Rect, c: Rgb) -> Result<(), ChartError> {
        let (x0, y0, x1, y1) = (
            self.px(r.x),
            self.px(r.y),
            self.px(r.right()),
            self.px(r.bottom()),
        );
        let step = (5.0 * self.dpr).round().max(3.0) as i32;
        let width = self.dpr.round().max(1.0) as u32;
        // Lines x - y = k: on each, y runs over [y0, y1] intersected with [x0 - k, x1 - k].
        let mut k = x0 - y1;
        while k <= x1 - y0 {
            let lo = y0.max(x0 - k);
            let hi = y1.min(x1 - k);
            if lo < hi {
                self.line((k + lo, lo), (k + hi, hi), c, width)?;
            }
            k += step;
        }
        Ok(())
    }

    fn shape(&mut self, s: &Shape) -> Result<(), ChartError> {
        match s {
            Shape::Bar { rect, ink, fill } => {
                let c = self.pal.ink(*ink);
                let w = (1.5 * self.dpr).round().max(1.0) as i32;
                match fill {
                    Fill::Solid => self.fill(*rect, c),
                    Fill::Outlined => {
                        self.fill(*rect, self.pal.tint(*ink))?;
                        self.outline(*rect, w, c)
                    }
                    Fill::Hatched => {
                        self.fill(*rect, self.pal.tint(*ink))?;
                        self.hatch(*rect, c)?;
                        self.outline(*rect, w, c)
                    }
                }
            }
            Shape::Dot {
                cx,
                cy,
                r,
                ink,
                hollow,
            } => {
                let c = self.pal.ink(*ink);
                let center = (self.px(*cx), self.px(*cy));
                let rad = (r * self.dpr).round().max(1.0) as u32;
                self.circle(center, rad, c)?;
                if *hollow {
                    let inner = rad
                        .saturating_sub((2.0 * self.dpr).round().max(1.0) as u32)
                        .max(1);
                    self.circle(center, inner, self.pal.tint(*ink))?;
                }
                Ok(())
            }
            Shape::Arrow {
                x,
                y,
                dx,
                dy,
                half,
                ink,
            } => {
                let c = self.pal.ink(*ink);
                let tip = (self.px(x + dx), self.px(y + dy));
                let (b1, b2) = if dx.abs() > dy.abs() {
                    (
                        (self.px(*x), self.px(y - half)),
                        (self.px(*x), self.px(y + half)),
                    )
                } else {
                    (
                        (self.px(x - half), self.px(*y)),
                        (self.px(x + half), self.px(*y)),
                    )
                };
                self.polygon(&[b1, tip, b2], c)
            }
            Shape::Label { .. } => Ok(()),
        }
    }
}
