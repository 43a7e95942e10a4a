//! The dataset's text forms besides JSON (which serde writes): the packed transfer form the two
//! wasm modules exchange, and CSV for spreadsheets. Both read and write `model` types only.

pub mod csv;
pub mod packed;

pub use csv::to_csv;
