//! gov-report-chart: reads a Chinese government work report and turns its figures into
//! year-over-year charts.
//!
//! The flow is `report` (structure) -> `extract` (quantities) -> `dataset` (ids, pairs, derived
//! values) -> `chart` (layout, drawing, hit-testing) -> `web` (the thin wasm glue, wasm32 only).
//! Everything but `web` is plain Rust without web types, tested natively with `cargo test`.
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

pub mod chart;
pub mod dataset;
pub mod extract;
pub mod report;
pub mod text;

#[cfg(target_arch = "wasm32")]
mod web;

/// The report this widget ships with: Haidian District's 2025 government work report (abstract),
/// as printed in 海淀报 on 2025-01-08, page 2. See `data/README.md` for provenance.
pub const EMBEDDED_REPORT: &str = include_str!("../data/haidian-2025-work-report.txt");

/// The citation line shown under charts of the embedded report.
pub const EMBEDDED_SOURCE_LINE: &str = "来源：海淀区2025年政府工作报告（摘登），海淀报2025年1月8日";
