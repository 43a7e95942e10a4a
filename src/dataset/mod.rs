//! Building a dataset from report text: the stage above `extract` that gives found quantities
//! stable ids and series (with the catalog's names), pairs the years, derives the values the text
//! implies, and applies editorial corrections. The types it builds live in `model`.

mod build;
pub mod catalog;
pub mod corrections;
mod derived;
mod from_text;
pub mod ids;
mod prior;
mod subset;

pub use from_text::{extract_dataset, extract_dataset_with, sha256_hex, ExtractError};
