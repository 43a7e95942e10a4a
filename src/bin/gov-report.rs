//! `gov-report`: the command-line tool for journalists (extract a dataset, render a chart).

fn main() {}
