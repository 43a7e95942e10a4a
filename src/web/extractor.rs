//! The extractor half of the glue (its own wasm module, fetched only when a page charts a text
//! other than the embedded report): report text in, dataset out, as a JS object or in the packed
//! form `ReportWidget.loadPacked` takes; corrections; and the CSV export.

use wasm_bindgen::prelude::*;

use super::{to_js, WebError};
use crate::dataset::{self, corrections};
use crate::format::{packed, to_csv};
use crate::report::ReadOptions;

/// The reading options of a reference year given from JS: a string ("2025"), a number (2025),
/// or nothing (undefined, null, "").
fn options(reference_year: &JsValue) -> Result<ReadOptions, WebError> {
    let text = if reference_year.is_undefined() || reference_year.is_null() {
        String::new()
    } else if let Some(s) = reference_year.as_string() {
        s
    } else if let Some(n) = reference_year.as_f64() {
        if n.fract() == 0.0 && n.abs() < 1e6 {
            format!("{n:.0}")
        } else {
            format!("{n}")
        }
    } else {
        return Err(WebError::new(
            "bad-reference-year",
            "the reference year must be a year such as 2025 (a number or a string)",
        ));
    };
    ReadOptions::with_year_text(&text).map_err(|m| WebError::new("bad-reference-year", m))
}

/// Parses a report text and returns its dataset object (the CLI's JSON shape).
/// `referenceYear` ("2025" or 2025) dates a text that states no year; blank or absent means
/// none.
#[wasm_bindgen]
pub fn extract(text: &str, reference_year: JsValue) -> Result<JsValue, WebError> {
    let ds = dataset::extract_dataset_with(text, options(&reference_year)?)?;
    to_js(&ds)
}

/// Parses a report text and returns its dataset in the packed form, for
/// `ReportWidget.loadPacked`.
#[wasm_bindgen(js_name = extractPacked)]
pub fn extract_packed(text: &str, reference_year: JsValue) -> Result<String, WebError> {
    let ds = dataset::extract_dataset_with(text, options(&reference_year)?)?;
    Ok(packed::pack(&ds))
}

/// A packed dataset as CSV, the CLI's `--format csv`: kept here, in the lazily loaded module,
/// so that the chart's wasm does not carry the CSV writer.
#[wasm_bindgen(js_name = packedToCsv)]
pub fn packed_to_csv(packed_dataset: &str) -> Result<String, WebError> {
    Ok(to_csv(&packed::unpack(packed_dataset)?))
}

/// Applies editorial corrections (`dataset::corrections`: "set ID VALUE; drop ID; pair A B") to
/// a packed dataset and returns the corrected one, packed.
#[wasm_bindgen(js_name = applyCorrections)]
pub fn apply_corrections(packed_dataset: &str, spec: &str) -> Result<String, WebError> {
    let ds = packed::unpack(packed_dataset)?;
    Ok(packed::pack(&corrections::corrected(&ds, spec)?))
}

/// Reads several texts as one collection (series linked across reports, targets judged against
/// results) and returns it as one packed dataset, reports in time order. `names` label the
/// texts in messages (URLs, file names); `places` name the issuing government of a text that
/// names none ("" for a text that does); a text that cannot be read fails the whole with its
/// name and the reason, so that the page can say which one to fix. A text given twice counts once.
#[wasm_bindgen(js_name = extractCollection)]
pub fn extract_collection(
    texts: Vec<String>,
    names: Vec<String>,
    places: Vec<String>,
    reference_year: JsValue,
) -> Result<String, WebError> {
    use crate::across::{Collection, Read};
    if texts.is_empty() {
        return Err(WebError::new("no-texts", "give at least one report text"));
    }
    let options = options(&reference_year)?;
    let count = texts.len();
    let mut read = Vec::with_capacity(count);
    for (i, text) in texts.iter().enumerate() {
        let name = names
            .get(i)
            .filter(|n| !n.is_empty())
            .cloned()
            .unwrap_or_else(|| format!("text {}", i + 1));
        let ds = dataset::extract_dataset_with(text, options.clone()).map_err(|e| {
            let e = WebError::from(e);
            WebError::new(
                e.code,
                format!("{name} ({} of {count}): {}", i + 1, e.message),
            )
        })?;
        read.push(Read {
            name,
            place: places
                .get(i)
                .map(|p| p.trim())
                .filter(|p| !p.is_empty())
                .map(str::to_string),
            result: Ok(ds),
        });
    }
    Ok(packed::pack(&Collection::from_results(read).to_dataset()))
}

/// SHA-256 of a text (UTF-8), lowercase hex: what `data-version` pins, one per text.
#[wasm_bindgen(js_name = textSha256)]
pub fn text_sha256(text: &str) -> String {
    dataset::sha256_hex(text.strip_prefix('\u{feff}').unwrap_or(text))
}
