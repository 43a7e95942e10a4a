//! A corrected figure is drawn with its corrected value, and the chart says that it holds
//! editorial corrections, so that a reader who never opens a tooltip is told too.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use gov_report_chart::chart::{render_svg, ChartSpec, Lang, View};
use gov_report_chart::dataset::corrections;
use gov_report_chart::format::packed;
use gov_report_chart::EMBEDDED_DATASET;

#[test]
fn a_corrected_chart_shows_the_correction_and_says_so() {
    let ds = packed::unpack(EMBEDDED_DATASET).unwrap();
    let fixed = corrections::corrected(&ds, "set gdp-growth-2025 5.3").unwrap();
    let mut spec = ChartSpec::new(View::Detail);
    spec.indicator = Some("gdp-growth".to_string());
    let before = render_svg(&ds, &spec).unwrap();
    let after = render_svg(&fixed, &spec).unwrap();
    assert!(before.contains("5.5%") && !before.contains("5.3%"));
    assert!(after.contains("5.3%") && !after.contains(">5.5%<"));
    assert!(!before.contains("含编辑更正"));
    assert!(after.contains("（含编辑更正）"), "the source line says so");
    spec.lang = Lang::En;
    spec.view = View::Overview;
    assert!(render_svg(&fixed, &spec)
        .unwrap()
        .contains("(with editorial corrections)"));
}
