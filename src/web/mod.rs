//! The wasm glue, the only code that knows about JavaScript. One crate, built by
//! scripts/build.sh into four wasm modules so that a reader downloads only what the page needs:
//! `widget` (feature `chart`: draws a dataset on a canvas; the first-load module has the overview
//! and detail views, the one built with `more-views` every view), `bridge` (feature `bridge`:
//! the packed forms the chart hands out made into plain JS objects through serde-wasm-bindgen,
//! loaded after the first chart; the first-load wasm cannot afford serde's code) and `extractor`
//! (feature `extract`: report text in, dataset out, loaded when a page charts another text).
//! Errors cross as thrown `Error`s with a `code` (`error`).

#[cfg(feature = "bridge")]
mod bridge;
mod error;
#[cfg(feature = "extract")]
mod extractor;
#[cfg(all(test, feature = "chart", feature = "extract", feature = "bridge"))]
mod tests;
#[cfg(feature = "chart")]
mod widget;

pub use error::WebError;

use wasm_bindgen::prelude::*;

/// A Rust value as a plain JS value (objects, not Maps), through serde-wasm-bindgen.
#[cfg(any(feature = "bridge", feature = "extract"))]
pub(crate) fn to_js<T: serde::Serialize + ?Sized>(value: &T) -> Result<JsValue, WebError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| {
            WebError::new(
                "internal",
                format!("could not convert a value for JavaScript: {e}"),
            )
        })
}

/// Runs when the module is instantiated: a panic becomes the error the page sees (code
/// `panic`, the panic's message), thrown instead of a bare `unreachable` trap. The instance is
/// not used again after it (the element starts a new one).
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        let message = format!("the chart's code failed: {info}");
        wasm_bindgen::throw_val(WebError::new("panic", message).into());
    }));
}
