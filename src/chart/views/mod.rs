//! The views, each a pure function of the dataset and the spec. The overview and detail views are
//! in every build; the others only with the `more-views` feature (the wasm module the element
//! loads when a page asks for them).

#[cfg(feature = "more-views")]
pub(crate) mod across;
#[cfg(feature = "more-views")]
pub(crate) mod attainment;
pub(crate) mod bars;
#[cfg(feature = "more-views")]
pub(crate) mod category;
pub(crate) mod data;
pub(crate) mod describe;
pub(crate) mod detail;
pub(crate) mod frame;
#[cfg(feature = "more-views")]
pub(crate) mod growth;
#[cfg(feature = "more-views")]
pub(crate) mod hbars;
pub(crate) mod overview;
pub(crate) mod panels;
#[cfg(feature = "more-views")]
pub(crate) mod places;
pub(crate) mod rows;
#[cfg(feature = "more-views")]
pub(crate) mod timeline;

use frame::Builder;

/// What a view produced before it becomes a `ChartLayout`.
#[derive(Debug)]
pub(crate) struct Drawn {
    pub b: Builder,
    pub title: String,
    pub desc_zh: String,
    pub desc_en: String,
    pub hidden: usize,
    pub preferred_height: f64,
}
