//! The browser canvas as a chart `Surface`: the 2D context calls plotters-canvas makes, with
//! colour and font strings written without core's float formatting (a wasm-size choice: the
//! strings are the same, `rgba(r,g,b,1)` and `bold 24px <stack>`).

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::chart::text::FONT_STACK;
use crate::chart::theme::Rgb;
use crate::chart::{Anchor, ChartError, Px, Surface};
use crate::text::decimal::Shortest;

/// The 2D context of one canvas.
#[derive(Debug)]
pub(crate) struct Canvas {
    ctx: CanvasRenderingContext2d,
}

impl Canvas {
    /// The canvas's 2D context, or `None` if it has none.
    pub(crate) fn of(canvas: &HtmlCanvasElement) -> Option<Canvas> {
        let ctx = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        Some(Canvas { ctx })
    }

    fn fill_style(&self, c: Rgb) {
        self.ctx.set_fill_style_str(&css(c));
    }
}

/// An opaque colour as plotters-canvas writes it.
fn css(c: Rgb) -> String {
    format!("rgba({},{},{},1)", c.0, c.1, c.2)
}

/// A failed context call, worded as plotters-canvas's error through plotters.
fn failed(e: JsValue) -> ChartError {
    let json = js_sys::JSON::stringify(&e)
        .map(String::from)
        .unwrap_or_else(|_| String::from("Unknown"));
    ChartError::backend(format!("Drawing backend error: Canvas Error: {json}"))
}

impl Surface for Canvas {
    fn rect(&mut self, a: Px, b: Px, c: Rgb) -> Result<(), ChartError> {
        self.fill_style(c);
        self.ctx.fill_rect(
            f64::from(a.0),
            f64::from(a.1),
            f64::from(b.0 - a.0),
            f64::from(b.1 - a.1),
        );
        Ok(())
    }

    fn line(&mut self, a: Px, b: Px, c: Rgb, width: u32) -> Result<(), ChartError> {
        // Horizontal and vertical lines move half a pixel to stay crisp, as in plotters-canvas.
        let (mut from, mut to) = (
            (f64::from(a.0), f64::from(a.1)),
            (f64::from(b.0), f64::from(b.1)),
        );
        if from.0 == to.0 {
            from.0 -= 0.5;
            to.0 -= 0.5;
        }
        if from.1 == to.1 {
            from.1 -= 0.5;
            to.1 -= 0.5;
        }
        self.ctx.set_stroke_style_str(&css(c));
        self.ctx.set_line_width(f64::from(width));
        self.ctx.begin_path();
        self.ctx.move_to(from.0, from.1);
        self.ctx.line_to(to.0, to.1);
        self.ctx.stroke();
        Ok(())
    }

    fn circle(&mut self, center: Px, r: u32, c: Rgb) -> Result<(), ChartError> {
        self.fill_style(c);
        self.ctx.begin_path();
        self.ctx
            .arc(
                f64::from(center.0),
                f64::from(center.1),
                f64::from(r),
                0.0,
                std::f64::consts::PI * 2.0,
            )
            .map_err(failed)?;
        self.ctx.fill();
        Ok(())
    }

    fn polygon(&mut self, points: &[Px], c: Rgb) -> Result<(), ChartError> {
        self.ctx.begin_path();
        if let Some((first, rest)) = points.split_first() {
            self.fill_style(c);
            self.ctx.move_to(f64::from(first.0), f64::from(first.1));
            for p in rest {
                self.ctx.line_to(f64::from(p.0), f64::from(p.1));
            }
            self.ctx.close_path();
        }
        self.ctx.fill();
        Ok(())
    }

    fn text(
        &mut self,
        text: &str,
        size: f64,
        bold: bool,
        anchor: Anchor,
        at: Px,
        c: Rgb,
    ) -> Result<(), ChartError> {
        self.ctx.set_text_baseline("middle");
        self.ctx.set_text_align(match anchor {
            Anchor::Start => "start",
            Anchor::Middle => "center",
            Anchor::End => "end",
        });
        self.fill_style(c);
        let weight = if bold { "bold" } else { "normal" };
        self.ctx
            .set_font(&format!("{weight} {}px {FONT_STACK}", Shortest(size)));
        self.ctx
            .fill_text(text, f64::from(at.0), f64::from(at.1))
            .map_err(failed)
    }
}
