//! Indicator extraction: finds every quantity in a parsed report.
