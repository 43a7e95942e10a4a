//! The widget ships `data/haidian-2025-dataset.grc`, the embedded report's dataset packed at
//! build time, and its headline subset `data/haidian-2025-headline.grc` inside the chart's wasm.
//! Both must be exactly what the extractor makes of the report today: these tests fail when the
//! parser, the catalog or the report changed and the files were not regenerated.
//! Regenerate with `UPDATE_EMBEDDED_DATASET=1 cargo test --test embedded_dataset`.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use gov_report_chart::dataset::extract_dataset;

use gov_report_chart::format::packed;
use gov_report_chart::{EMBEDDED_DATASET, EMBEDDED_HEADLINE, EMBEDDED_REPORT};

fn check_generated(file: &str, fresh: &str, shipped: &str) {
    if std::env::var_os("UPDATE_EMBEDDED_DATASET").is_some() {
        let path = format!("{}/data/{file}", env!("CARGO_MANIFEST_DIR"));
        std::fs::write(path, fresh).unwrap();
        return;
    }
    assert!(
        fresh == shipped,
        "data/{file} is stale: regenerate it with \
         `UPDATE_EMBEDDED_DATASET=1 cargo test --test embedded_dataset`"
    );
}

#[test]
fn the_shipped_datasets_are_the_extractors_output() {
    let ds = extract_dataset(EMBEDDED_REPORT).unwrap();
    check_generated(
        "haidian-2025-dataset.grc",
        &packed::pack(&ds),
        EMBEDDED_DATASET,
    );
    check_generated(
        "haidian-2025-headline.grc",
        &packed::pack(&ds.headline()),
        EMBEDDED_HEADLINE,
    );
}

#[test]
fn the_headline_subset_holds_every_pair_and_nothing_else() {
    let ds = extract_dataset(EMBEDDED_REPORT).unwrap();
    let head = packed::unpack(EMBEDDED_HEADLINE).unwrap();
    assert_eq!(head.pairs, ds.pairs);
    assert_eq!(head.reports, ds.reports);
    assert_eq!(head.indicators.len(), 42, "21 pairs, 2 members each");
    for p in &ds.pairs {
        assert_eq!(head.indicator(&p.from), ds.indicator(&p.from));
        assert_eq!(head.indicator(&p.to), ds.indicator(&p.to));
    }
    assert!(head.derived.iter().all(|d| ds.derived.contains(d)));
    assert!(EMBEDDED_HEADLINE.len() * 3 < EMBEDDED_DATASET.len());
}

#[test]
fn the_shipped_dataset_reads_back_to_the_same_dataset() {
    let ds = extract_dataset(EMBEDDED_REPORT).unwrap();
    assert_eq!(packed::unpack(EMBEDDED_DATASET).unwrap(), ds);
    // Spot checks on the shipped file itself: the headline pair and a quoted sentence.
    let shipped = packed::unpack(EMBEDDED_DATASET).unwrap();
    let gdp = shipped.indicator("gdp-growth-2025").unwrap();
    assert_eq!((gdp.value, gdp.display.as_str()), (5.5, "5.5%"));
    assert!(gdp.quote.contains("地区生产总值增长5.5%"));
    assert_eq!(shipped.indicators.len(), 212);
    assert_eq!(shipped.pairs.len(), 21);
    assert_eq!(shipped.derived.len(), 7);
}

#[test]
fn other_reports_round_trip_through_the_packed_form() {
    let text = include_str!("fixtures/other-city-2025-work-report.txt");
    let ds = extract_dataset(text).unwrap();
    assert_eq!(packed::unpack(&packed::pack(&ds)).unwrap(), ds);
}
