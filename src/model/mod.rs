//! The model at the bottom of the crate: indicators, the reports they come from and datasets, as
//! plain data with serde derives (JSON field names are camelCase). Every other layer builds or
//! reads these types; this module imports nothing above `text`.

mod attained;
mod card;
mod category;
mod dataset;
mod indicator;
mod names;
mod period;

pub use dataset::{
    Comparability, Dataset, DerivedValue, Genre, ReportInfo, YearPair, YEAR_PAIR_NOTE,
};
pub use indicator::{
    indicator_id, year_label, Indicator, Measure, Part, SourceSpan, Status, YearBasis,
};
pub use period::Period;

pub use attained::{Attained, Restated, Rule, Verdict};
pub use card::{Compared, MarkBox, Tooltip};
pub use category::Category;
