//! gov-report-chart: reads a Chinese government work report and turns its figures into
//! year-over-year charts.
//!
//! Layers, bottom up (a module imports only from layers below it; `tests/module_graph.rs` checks):
//! `text` (characters) and `limits` -> `model` (the data types) -> `format` (packed, CSV) ->
//! `report` (structure, years) -> `extract` (quantities) -> `dataset` (building a dataset: ids,
//! pairs, derived values, corrections) -> `across` (several reports: links, attainment) ->
//! `chart` (layout, drawing, hit-testing) -> `web` (the thin wasm glue, wasm32 only). Everything but `web` is plain Rust without web types, tested
//! natively with `cargo test`.
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

#[cfg(feature = "extract")]
pub mod across;
#[cfg(feature = "chart")]
pub mod chart;
#[cfg(feature = "extract")]
pub mod dataset;
#[cfg(feature = "extract")]
pub mod extract;
pub mod format;
pub mod limits;
pub mod model;
#[cfg(feature = "extract")]
pub mod report;
pub mod text;

#[cfg(target_arch = "wasm32")]
mod web;

/// The embedded report's dataset as the extractor built it, in the packed form
/// (`format::packed`), so that a reader's browser neither downloads nor runs the parser for the
/// default chart. Generated from `EMBEDDED_REPORT`; `tests/embedded_dataset.rs` fails when it is
/// stale (see data/README.md). The element fetches it after the first chart.
pub const EMBEDDED_DATASET: &str = include_str!("../data/haidian-2025-dataset.grc");

/// The headline subset of `EMBEDDED_DATASET` (`Dataset::headline`: the pairs and what they
/// need), packed: what the chart's wasm carries, enough for the overview and paired details.
pub const EMBEDDED_HEADLINE: &str = include_str!("../data/haidian-2025-headline.grc");

/// The report this widget ships with: Haidian District's 2025 government work report (abstract),
/// as printed in 海淀报 on 2025-01-08, page 2. See `data/README.md` for provenance.
pub const EMBEDDED_REPORT: &str = include_str!("../data/haidian-2025-work-report.txt");

/// SHA-256 of `EMBEDDED_REPORT` (lowercase hex), the `data-version` of the default chart;
/// `tests/embedded_dataset.rs` checks it.
pub const EMBEDDED_REPORT_SHA256: &str =
    "fe7cfe5f9fd8b06246f84f203b23713cc08c2ed68d22acbc826fb09a45437f9e";

/// The citation line shown under charts of the embedded report.
pub const EMBEDDED_SOURCE_LINE: &str = "来源：海淀区2025年政府工作报告（摘登），海淀报2025年1月8日";
