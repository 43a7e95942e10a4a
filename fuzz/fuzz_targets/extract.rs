//! Fuzz target: any bytes that are UTF-8 go through the whole extractor and dataset builder;
//! the result is either a typed error or a dataset whose spans lie inside the input.
#![no_main]

use gov_report_chart::dataset::extract_dataset;

use gov_report_chart::format::to_csv;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(ds) = extract_dataset(text) else { return };
    let n = text.strip_prefix('\u{FEFF}').unwrap_or(text).chars().count();
    for i in &ds.indicators {
        assert!(i.span.start < i.span.end && i.span.end <= n);
        assert!(i.quote_span.start <= i.span.start && i.span.end <= i.quote_span.end);
        assert!(i.value.is_finite());
    }
    let _ = to_csv(&ds);
});
