//! The chart half of the glue: one `ReportWidget` handle per canvas, numbers in, and out
//! numbers, strings and the packed forms of tooltips and marks (`format::cards`, made into
//! objects by the bridge: this first-load wasm carries no serde). Errors are thrown with a
//! `code`. It starts with the embedded report's precomputed headline dataset and takes other
//! datasets in the packed form.

use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

use super::WebError;
use crate::chart::{self, ChartError, ChartLayout, ChartSpec, Lang, Theme, View};
use crate::format::{cards, packed};
use crate::limits::MAX_DEVICE_PX;
use crate::model::{Dataset, MarkBox};
use plotters_canvas::CanvasBackend;

/// One chart on one canvas.
#[wasm_bindgen]
#[derive(Debug)]
pub struct ReportWidget {
    canvas: HtmlCanvasElement,
    pub(super) dataset: Dataset,
    pub(super) spec: ChartSpec,
    partial: bool,
    /// `true` once `resize` gave a usable size.
    sized: bool,
    layout: Option<ChartLayout>,
}

impl ReportWidget {
    /// Lays out the current spec and draws it onto the canvas.
    fn redraw(&mut self) -> Result<(), ChartError> {
        // Whatever happens, hit-testing never answers for a chart that is not on the canvas.
        self.layout = None;
        let layout = chart::layout(&self.dataset, &self.spec)?;
        // Drawn with plotters through plotters-canvas (a fixed choice of the project), at the
        // positions the layout computed; nothing asks plotters to measure text.
        let mut backend = CanvasBackend::with_canvas_object(self.canvas.clone())
            .ok_or_else(|| ChartError::backend("the canvas has no 2D context"))?;
        chart::draw(&layout, self.spec.theme, &mut backend)?;
        self.layout = Some(layout);
        Ok(())
    }

    fn current(&self) -> Result<&ChartLayout, WebError> {
        self.layout.as_ref().ok_or_else(|| {
            WebError::new(
                "no-chart-yet",
                "no chart yet: call resize(cssWidth, cssHeight, dpr) first",
            )
        })
    }
}

#[wasm_bindgen]
impl ReportWidget {
    /// A widget for `canvas` holding the headline subset of the embedded report's dataset
    /// (precomputed by the extractor at build time; `isPartial` is true until `loadPacked`);
    /// nothing is drawn before `resize`.
    #[wasm_bindgen(constructor)]
    pub fn new(canvas: HtmlCanvasElement) -> Result<ReportWidget, WebError> {
        let dataset = packed::unpack(crate::EMBEDDED_HEADLINE)?;
        Ok(ReportWidget {
            partial: true,
            canvas,
            dataset,
            spec: ChartSpec::new(View::Overview),
            sized: false,
            layout: None,
        })
    }

    /// Charts another dataset, in the packed form the extractor's `extractPacked` returns. On
    /// error (a damaged packed text) the previous data stay. An indicator or category the new
    /// data lack is reset to the default. Draws at once when the current view can draw the new
    /// data; when it cannot (a text with no year-over-year pairs in the overview), the data are
    /// loaded all the same and the next `configure`, `resize` or `render` says why.
    #[wasm_bindgen(js_name = loadPacked)]
    pub fn load_packed(&mut self, packed_dataset: &str) -> Result<(), WebError> {
        self.dataset = packed::unpack(packed_dataset)?;
        self.partial = false;
        if chart::validate(&self.dataset, &self.spec).is_err() {
            self.spec.indicator = None;
            self.spec.category = None;
        }
        self.layout = None;
        if self.sized && self.redraw().is_err() {
            self.layout = None;
        }
        Ok(())
    }

    /// Chooses what to draw from the element's attributes (validated here, once); call
    /// `resize` or `render` to draw it. Throws on unknown values. `prefersDark` resolves
    /// `theme="auto"`.
    pub fn configure(
        &mut self,
        view: &str,
        indicator: Option<String>,
        category: Option<String>,
        lang: &str,
        theme: &str,
        prefers_dark: bool,
    ) -> Result<(), WebError> {
        let mut spec = self.spec.clone();
        spec.view = View::parse(if view.trim().is_empty() {
            "overview"
        } else {
            view
        })?;
        spec.indicator = indicator.filter(|s| !s.trim().is_empty());
        spec.category = match category.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            Some(c) => Some(chart::parse_category(c)?),
            None => None,
        };
        spec.lang = Lang::parse(lang)?;
        spec.theme = Theme::parse_attribute(theme, prefers_dark)?;
        chart::validate(&self.dataset, &spec)?;
        self.spec = spec;
        self.layout = None;
        Ok(())
    }

    /// Sets the canvas backing store to CSS size x dpr (dpr clamped to 1..4), lays out, draws.
    pub fn resize(&mut self, css_width: f64, css_height: f64, dpr: f64) -> Result<(), WebError> {
        let w = chart::check_css("width", css_width)?;
        let h = chart::check_css("height", css_height)?;
        let dpr = chart::clamp_dpr(dpr)?;
        let (bw, bh) = ((w * dpr).round(), (h * dpr).round());
        if bw > MAX_DEVICE_PX || bh > MAX_DEVICE_PX {
            return Err(WebError::new(
                "canvas-too-large",
                format!(
                    "the canvas would be {bw}x{bh} device pixels; the limit is {MAX_DEVICE_PX} per side: use a smaller size or pixel ratio"
                ),
            ));
        }
        self.spec.width = w;
        self.spec.height = h;
        self.spec.dpr = dpr;
        // Numbers are finite, positive and at most 16384 here, so the casts are exact.
        self.canvas.set_width(bw as u32);
        self.canvas.set_height(bh as u32);
        self.sized = true;
        self.redraw()?;
        Ok(())
    }

    /// Draws again at the current size.
    pub fn render(&mut self) -> Result<(), WebError> {
        if !self.sized {
            return Err(WebError::new(
                "no-chart-yet",
                "call resize(cssWidth, cssHeight, dpr) before render()",
            ));
        }
        self.redraw()?;
        Ok(())
    }

    /// The mark under (x, y) in CSS px, or -1.
    #[wasm_bindgen(js_name = hitTest)]
    pub fn hit_test(&self, x_css: f64, y_css: f64) -> i32 {
        self.layout
            .as_ref()
            .and_then(|l| l.hit_test(x_css, y_css))
            .and_then(|i| i32::try_from(i).ok())
            .unwrap_or(-1)
    }

    /// How many marks the current chart has (0 before the first draw).
    #[wasm_bindgen(js_name = markCount)]
    pub fn mark_count(&self) -> u32 {
        self.layout
            .as_ref()
            .map_or(0, |l| u32::try_from(l.mark_count()).unwrap_or(u32::MAX))
    }

    /// Mark indices in keyboard order.
    #[wasm_bindgen(js_name = focusOrder)]
    pub fn focus_order(&self) -> Vec<u32> {
        self.layout.as_ref().map_or_else(Vec::new, |l| {
            l.focus_order()
                .into_iter()
                .filter_map(|i| u32::try_from(i).ok())
                .collect()
        })
    }

    /// [x, y, w, h] of mark `i`'s target in CSS px (numbers only, for the pointer path).
    #[wasm_bindgen(js_name = markBounds)]
    pub fn mark_bounds(&self, i: u32) -> Result<Vec<f64>, WebError> {
        let l = self.current()?;
        let r = l
            .mark_bounds(i as usize)
            .ok_or_else(|| ChartError::mark_out_of_range(i as usize, l.mark_count()))?;
        Ok(vec![r.x, r.y, r.w, r.h])
    }

    /// Every mark of the current chart, packed (`format::cards`; the bridge's `marksObject`
    /// reads them).
    #[wasm_bindgen(js_name = marksPacked)]
    pub fn marks_packed(&self) -> Result<String, WebError> {
        let l = self.current()?;
        let boxes: Vec<MarkBox> = (0..l.mark_count())
            .filter_map(|i| {
                let r = l.mark_bounds(i)?;
                let t = l.tooltip(i)?;
                Some(MarkBox {
                    index: i,
                    x: r.x,
                    y: r.y,
                    width: r.w,
                    height: r.h,
                    indicator_id: t.indicator_id.clone(),
                })
            })
            .collect();
        Ok(cards::pack_marks(&boxes))
    }

    /// The tooltip of mark `i`, packed (`format::cards`; the bridge's `tooltipObject` reads it).
    #[wasm_bindgen(js_name = tooltipPacked)]
    pub fn tooltip_packed(&self, i: u32) -> Result<String, WebError> {
        let l = self.current()?;
        let t = l
            .tooltip(i as usize)
            .ok_or_else(|| ChartError::mark_out_of_range(i as usize, l.mark_count()))?;
        Ok(cards::pack_tooltip(t))
    }

    /// Whether this module draws `view` (the first-load module draws the overview and detail
    /// views; the element loads the module with every view for the others); `undefined` for a
    /// name that is no view (whichever module the widget is on refuses it in `configure`).
    #[wasm_bindgen(js_name = drawsView)]
    pub fn draws_view(view: &str) -> Option<bool> {
        View::parse(view).ok().map(chart::draws)
    }

    /// The indicator id of mark `i` ("" when there is no such mark), for the pointer path.
    #[wasm_bindgen(js_name = markIndicator)]
    pub fn mark_indicator(&self, i: u32) -> String {
        self.layout
            .as_ref()
            .and_then(|l| l.tooltip(i as usize))
            .map(|t| t.indicator_id.clone())
            .unwrap_or_default()
    }

    /// The packed headline subset the widget starts with (for the page to read through the
    /// bridge while `isPartial`).
    #[wasm_bindgen(js_name = headlinePacked)]
    pub fn headline_packed() -> String {
        crate::EMBEDDED_HEADLINE.to_string()
    }

    /// Whether the widget still holds only the headline subset of the embedded dataset (until
    /// `loadPacked` gives it the whole): enough for the overview and paired details.
    #[wasm_bindgen(js_name = isPartial)]
    pub fn is_partial(&self) -> bool {
        self.partial
    }

    /// SHA-256 of the report text: the `data-version` to pin.
    pub fn sha256(&self) -> String {
        self.dataset.sha256().to_string()
    }

    /// The current chart's title (its accessible name); empty before the first draw.
    pub fn title(&self) -> String {
        self.layout
            .as_ref()
            .map(|l| l.title().to_string())
            .unwrap_or_default()
    }

    /// The current chart's automatic description in its language.
    pub fn description(&self) -> String {
        self.layout
            .as_ref()
            .map(|l| l.description(l.lang).to_string())
            .unwrap_or_default()
    }

    /// The height (CSS px) at which the current view shows every figure at `cssWidth`.
    #[wasm_bindgen(js_name = preferredHeight)]
    pub fn preferred_height(&self, css_width: f64) -> Result<f64, WebError> {
        let w = chart::check_css("width", css_width)?;
        let spec = ChartSpec {
            width: w,
            height: 10_000.0,
            dpr: 1.0,
            ..self.spec.clone()
        };
        Ok(chart::preferred_height(&self.dataset, &spec)?)
    }

    /// Figures left out of the current chart for lack of height.
    #[wasm_bindgen(js_name = hiddenCount)]
    pub fn hidden_count(&self) -> u32 {
        self.layout
            .as_ref()
            .map_or(0, |l| u32::try_from(l.hidden).unwrap_or(u32::MAX))
    }

    /// For tests of fault isolation only: makes the instance fail the way real faults do.
    /// `"panic"` panics (the page sees `{ code: "panic" }`), `"unreachable"` traps, `"oom"`
    /// runs the out-of-memory handler (a trap). Any other kind is refused.
    #[wasm_bindgen(js_name = faultForTests)]
    #[allow(clippy::panic)] // the point of this function
    pub fn fault_for_tests(&self, kind: &str) -> Result<(), WebError> {
        match kind {
            "panic" => std::panic::panic_any(String::from("a fault caused for a test")),
            "unreachable" => core::arch::wasm32::unreachable(),
            "oom" => {
                // What the allocator does when memory cannot grow: reports and aborts (a trap).
                let layout = std::alloc::Layout::from_size_align(1 << 30, 8)
                    .map_err(|e| WebError::new("internal", e.to_string()))?;
                std::alloc::handle_alloc_error(layout)
            }
            other => Err(WebError::new(
                "unknown-fault",
                format!("unknown fault \"{other}\": expected panic, unreachable or oom"),
            )),
        }
    }
}
