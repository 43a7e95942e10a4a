//! Charts of a second, differently written report (tests/fixtures): every view either draws
//! cleanly or says exactly why it cannot, and the source line is that report's own title.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod chart_common;

use chart_common::{assert_clean, spec, WIDTHS};
use gov_report_chart::chart::{layout, render_svg, ChartSpec, Lang, View};
use gov_report_chart::dataset::extract_dataset;

const OTHER: &str = include_str!("fixtures/other-city-2025-work-report.txt");

#[test]
fn every_view_of_another_report_is_clean_or_explains_itself() {
    let ds = extract_dataset(OTHER).unwrap();
    for view in View::OF_ONE_REPORT {
        for w in WIDTHS {
            for lang in [Lang::Zh, Lang::En] {
                let mut s = spec(view, w, 1.0);
                s.lang = lang;
                match layout(&ds, &s) {
                    Ok(l) => assert_clean(&l),
                    Err(e) => assert!(
                        e.to_string().contains("try another view"),
                        "{view:?}: unexpected error {e}"
                    ),
                }
            }
        }
    }
}

#[test]
fn another_report_cites_its_own_title() {
    let ds = extract_dataset(OTHER).unwrap();
    let svg = render_svg(&ds, &ChartSpec::new(View::Detail)).unwrap();
    assert!(!svg.contains(gov_report_chart::EMBEDDED_SOURCE_LINE));
    assert!(svg.contains("来源："), "a source line is always drawn");
    if !ds.title().is_empty() {
        assert!(
            svg.contains(ds.title()),
            "source line names {:?}",
            ds.title()
        );
    }
}

#[test]
fn full_width_numbers_declines_and_points_are_drawn_right() {
    let ds = extract_dataset(OTHER).unwrap();
    let svg = render_svg(&ds, &ChartSpec::new(View::Growth).sized(800.0, 600.0, 1.0)).unwrap();
    assert!(
        svg.contains(">5.2%<") || svg.contains("5.2%"),
        "half-width digits in labels"
    );
    assert!(!svg.contains("５"), "no full-width digits in chart labels");
    assert!(
        svg.contains("\u{2212}2.3%"),
        "a decline is labelled with a minus sign"
    );
    assert!(
        !svg.contains("个百分点"),
        "a change in points is not drawn among growth rates"
    );
}

/// Prints every view's accessible description for review:
/// `cargo test --test chart_other_report dump_descriptions -- --ignored --nocapture`.
#[test]
#[ignore]
fn dump_descriptions() {
    let ds = extract_dataset(gov_report_chart::EMBEDDED_REPORT).unwrap();
    for view in View::OF_ONE_REPORT {
        for lang in [Lang::Zh, Lang::En] {
            let mut s = ChartSpec::new(view);
            s.lang = lang;
            let l = layout(&ds, &s).unwrap();
            println!(
                "== {view:?} {lang:?} title={:?}\n{}\n",
                l.title(),
                l.description(lang)
            );
        }
    }
}
