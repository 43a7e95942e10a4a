//! Errors as they cross into JavaScript: a plain `{ code, message }` object (through
//! serde-wasm-bindgen), thrown. The code is stable for a page to branch on; the message is for
//! people.

use serde::Serialize;
use wasm_bindgen::JsValue;

/// An error for the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WebError {
    pub code: &'static str,
    pub message: String,
}

impl WebError {
    pub fn new(code: &'static str, message: impl Into<String>) -> Self {
        WebError {
            code,
            message: message.into(),
        }
    }
}

impl From<WebError> for JsValue {
    fn from(e: WebError) -> JsValue {
        super::to_js(&e).unwrap_or_else(|_| JsValue::from_str(&e.message))
    }
}

#[cfg(feature = "chart")]
impl From<crate::chart::ChartError> for WebError {
    fn from(e: crate::chart::ChartError) -> Self {
        WebError::new(e.code(), e.to_string())
    }
}

#[cfg(feature = "extract")]
impl From<crate::dataset::ExtractError> for WebError {
    fn from(e: crate::dataset::ExtractError) -> Self {
        WebError::new(e.code(), e.to_string())
    }
}

#[cfg(feature = "extract")]
impl From<crate::dataset::corrections::CorrectionError> for WebError {
    fn from(e: crate::dataset::corrections::CorrectionError) -> Self {
        WebError::new("bad-correction", e.to_string())
    }
}

impl From<crate::format::packed::PackedError> for WebError {
    fn from(e: crate::format::packed::PackedError) -> Self {
        WebError::new("damaged-dataset", e.to_string())
    }
}
