//! The wasm glue, the only code that knows about JavaScript. Two halves, built as two wasm
//! modules so that a reader downloads only the first: `widget` (feature `chart`: draws a dataset
//! on a canvas) and `extractor` (feature `extract`: report text in, dataset out, loaded lazily
//! when a page charts another text).

#[cfg(feature = "extract")]
mod extractor;
#[cfg(all(test, feature = "chart", feature = "extract"))]
mod tests;
#[cfg(feature = "chart")]
mod widget;
