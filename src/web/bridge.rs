//! The bridge (its own small wasm module, loaded after the first chart): turns the packed forms
//! the chart's wasm hands out into plain JS objects through serde-wasm-bindgen, so that the
//! chart's wasm carries no serde machinery.

use wasm_bindgen::prelude::*;

use super::{to_js, WebError};
use crate::format::{cards, packed};

/// The dataset object (the CLI's JSON shape, the page's `Dataset`) of a packed dataset.
#[wasm_bindgen(js_name = datasetObject)]
pub fn dataset_object(packed_dataset: &str) -> Result<JsValue, WebError> {
    to_js(&packed::unpack(packed_dataset)?)
}

/// The tooltip object (the page's `MarkTooltip`) of a packed tooltip
/// (`ReportWidget.tooltipPacked`).
#[wasm_bindgen(js_name = tooltipObject)]
pub fn tooltip_object(packed_tooltip: &str) -> Result<JsValue, WebError> {
    to_js(&cards::unpack_tooltip(packed_tooltip)?)
}

/// The marks (the page's `ChartMark[]`) of packed marks (`ReportWidget.marksPacked`).
#[wasm_bindgen(js_name = marksObject)]
pub fn marks_object(packed_marks: &str) -> Result<JsValue, WebError> {
    to_js(&cards::unpack_marks(packed_marks)?)
}
