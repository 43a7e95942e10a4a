//! The extractor on a report of another style (full-width digits and punctuation, numbered
//! headings, 同比增长, 下降, 个百分点, 以内, 万亿, a targets paragraph opening with
//! 经济社会发展主要预期目标是), written as a fixture for these tests.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use gov_report_chart::dataset::extract_dataset;

use gov_report_chart::model::{Dataset, Indicator, Measure, Status};

const OTHER: &str = include_str!("fixtures/other-city-2025-work-report.txt");

fn ds() -> Dataset {
    extract_dataset(OTHER).unwrap()
}

#[track_caller]
fn by_display<'a>(ds: &'a Dataset, display: &str, year: i32) -> &'a Indicator {
    ds.indicators
        .iter()
        .find(|i| i.display == display && i.year == Some(year))
        .unwrap_or_else(|| panic!("no {display} in {year}"))
}

#[test]
fn reads_full_width_numbers_and_keeps_them_as_written() {
    let ds = ds();
    assert_eq!(ds.reports[0].reference_year, Some(2025));
    let gdp = by_display(&ds, "２.１万亿元", 2024);
    assert_eq!(
        (gdp.value, gdp.unit.as_str(), gdp.measure),
        (2.1, "万亿元", Measure::Level)
    );
    let chars: Vec<char> = OTHER.chars().collect();
    let span: String = chars[gdp.span.start..gdp.span.end].iter().collect();
    assert_eq!(span, "２.１万亿");
    let growth = by_display(&ds, "５．２％", 2024);
    assert_eq!(
        (growth.id.as_str(), growth.value, growth.status),
        ("gdp-growth-2024", 5.2, Status::Result)
    );
    assert_eq!(growth.subject, "地区生产总值");
}

#[test]
fn declines_points_and_ceilings() {
    let ds = ds();
    let investment = by_display(&ds, "２．３％", 2024);
    assert_eq!(
        (investment.value, investment.measure),
        (-2.3, Measure::Growth)
    );
    assert_eq!(investment.id, "fixed-investment-growth-2024");
    let points = by_display(&ds, "０．２个百分点", 2024);
    assert_eq!(
        (points.value, points.unit.as_str(), points.measure),
        (0.2, "个百分点", Measure::Growth)
    );
    let unemployment = by_display(&ds, "５％以内", 2024);
    assert_eq!(unemployment.qualifiers, vec!["控制在", "以内"]);
    assert_eq!(unemployment.measure, Measure::Rate);
    let energy = by_display(&ds, "２．５％", 2025);
    assert_eq!(
        (energy.value, energy.subject.as_str()),
        (-2.5, "单位地区生产总值能耗")
    );
    assert_ne!(
        energy.series, "gdp-growth",
        "energy intensity is not GDP growth"
    );
}

#[test]
fn numbered_sections_and_headline_targets() {
    let ds = ds();
    assert_eq!(by_display(&ds, "３．５％", 2024).section, "坚持创新驱动");
    let target = by_display(&ds, "５％左右", 2025);
    assert_eq!(
        (target.id.as_str(), target.status, target.section.as_str()),
        ("gdp-growth-2025", Status::Target, "主要预期目标")
    );
    // The front matter (date, congress session, mayor) gives nothing.
    assert!(ds
        .indicators
        .iter()
        .all(|i| !i.quote.contains("人民代表大会")));
}

#[test]
fn pairs_and_derived_values_in_another_report() {
    let ds = ds();
    let pairs: Vec<(f64, f64)> = ds
        .pairs
        .iter()
        .map(|p| {
            (
                ds.indicator(&p.from).unwrap().value,
                ds.indicator(&p.to).unwrap().value,
            )
        })
        .collect();
    assert_eq!(
        pairs,
        vec![
            (5.2, 5.0),
            (3.8, 3.0),
            (5.0, 5.5),
            (1.2, 2.0),
            (18.6, 18.0),
            (36000.0, 30000.0),
            (24000.0, 20000.0)
        ]
    );
    let formulas: Vec<&str> = ds.derived.iter().map(|d| d.formula.as_str()).collect();
    assert_eq!(
        formulas,
        vec![
            "２.１万亿元 ÷ (1 + 5.2%) = 1.9962万亿元",
            "１２３４．５亿元 ÷ (1 + 3.8%) = 1189.31亿元",
            "８５００家 − １２００家 = 7300家"
        ]
    );
}
