//! Criterion benchmark of extracting the whole embedded report.
fn main() {}
