//! The dataset's text forms besides JSON (which serde writes): the packed transfer form the wasm
//! modules exchange (datasets, and a drawn chart's tooltips and marks), and CSV for spreadsheets.
//! They read and write `model` types only.

pub mod cards;
pub mod csv;
mod fields;
pub mod packed;

pub use csv::to_csv;
