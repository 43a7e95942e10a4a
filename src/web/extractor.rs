//! The extractor half of the glue (its own wasm module, fetched only when a page charts a text
//! other than the embedded report): report text in, dataset out, as a JS object or in the packed
//! form `ReportWidget.loadPacked` takes; and the CSV export.

use wasm_bindgen::prelude::*;

use serde::Serialize;

use crate::dataset::{self};

use crate::format::packed;

/// A Rust value as a plain JS value, through serde-wasm-bindgen.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not convert to a JavaScript value: {e}")))
}

/// Parses a report text and returns its dataset object (the CLI's JSON shape).
#[wasm_bindgen]
pub fn extract(text: &str) -> Result<JsValue, JsError> {
    let ds = dataset::extract_dataset(text)?;
    to_js(&ds)
}

/// Parses a report text and returns its dataset in the packed form, for
/// `ReportWidget.loadPacked`.
#[wasm_bindgen(js_name = extractPacked)]
pub fn extract_packed(text: &str) -> Result<String, JsError> {
    let ds = dataset::extract_dataset(text)?;
    Ok(packed::pack(&ds))
}

/// A packed dataset as CSV, the CLI's `--format csv`: kept here, in
/// the lazily loaded module, so that the chart's wasm does not carry the CSV writer.
#[wasm_bindgen(js_name = packedToCsv)]
pub fn packed_to_csv(packed_dataset: &str) -> Result<String, JsError> {
    Ok(crate::format::to_csv(&packed::unpack(packed_dataset)?))
}

/// Applies editorial corrections (`dataset::corrections`: "set ID VALUE; drop ID; pair A B") to
/// a packed dataset and returns the corrected one, packed.
#[wasm_bindgen(js_name = applyCorrections)]
pub fn apply_corrections(packed_dataset: &str, corrections: &str) -> Result<String, JsError> {
    let ds = packed::unpack(packed_dataset)?;
    Ok(packed::pack(&dataset::corrections::corrected(
        &ds,
        corrections,
    )?))
}
