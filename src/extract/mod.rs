//! Indicator extraction: finds every quantity in a parsed report.

pub mod lexer;
pub mod units;
