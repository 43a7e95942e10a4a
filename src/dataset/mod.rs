//! The indicator dataset: the model, stable ids, the catalog of named series, year-over-year
//! pairs, derived values and the JSON/CSV writers.

mod model;

pub use model::*;
