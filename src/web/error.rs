//! Errors as they cross into JavaScript: a thrown `Error` with a `code` beside its `message`.
//! The code is stable for a page to branch on; the message is for people. (Built with js-sys,
//! not serde-wasm-bindgen, so that the chart's first-load wasm carries no serde.)

use wasm_bindgen::JsValue;

/// An error for the page.
#[derive(Debug, Clone, PartialEq, Eq)]
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
        let err = js_sys::Error::new(&e.message);
        // Setting a property on a fresh Error cannot fail.
        let _ = js_sys::Reflect::set(&err, &JsValue::from_str("code"), &JsValue::from_str(e.code));
        err.into()
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
