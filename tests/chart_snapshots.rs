//! SVG snapshots of the main views, rendered from the real parsed report and kept under
//! `tests/snapshots/` as reviewable files.
//!
//! A changed rendering fails the test with the first differing line. After checking the new
//! output (open the `.new.svg` written beside the snapshot), accept it with
//!
//! ```text
//! UPDATE_SNAPSHOTS=1 cargo test --test chart_snapshots
//! ```
//!
//! Snapshots change when the layout or the extractor changes (ids, names, values).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod chart_common;

use std::path::PathBuf;

use chart_common::ds;
use gov_report_chart::chart::{render_svg, ChartSpec, Lang, Theme, View};
use gov_report_chart::model::Category;

fn snapshot(name: &str, spec: &ChartSpec) {
    let svg = render_svg(ds(), spec).unwrap();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let path = dir.join(format!("{name}.svg"));
    let update = std::env::var("UPDATE_SNAPSHOTS").is_ok_and(|v| v == "1");
    if update {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(&path, &svg).unwrap();
        let _ = std::fs::remove_file(dir.join(format!("{name}.new.svg")));
        return;
    }
    let Ok(expected) = std::fs::read_to_string(&path) else {
        panic!(
            "no snapshot {}: run UPDATE_SNAPSHOTS=1 cargo test --test chart_snapshots",
            path.display()
        );
    };
    if expected != svg {
        let new = dir.join(format!("{name}.new.svg"));
        std::fs::write(&new, &svg).unwrap();
        let line = expected
            .lines()
            .zip(svg.lines())
            .position(|(a, b)| a != b)
            .map_or(expected.lines().count().min(svg.lines().count()) + 1, |i| {
                i + 1
            });
        panic!(
            "{name}.svg changed at line {line}; the new rendering is in {}.\nIf it is right: UPDATE_SNAPSHOTS=1 cargo test --test chart_snapshots",
            new.display()
        );
    }
}

fn full_height(mut spec: ChartSpec) -> ChartSpec {
    spec.height = gov_report_chart::chart::preferred_height(ds(), &spec).unwrap();
    spec
}

#[test]
fn overview_800() {
    snapshot(
        "overview-800",
        &full_height(ChartSpec::new(View::Overview).sized(800.0, 500.0, 1.0)),
    );
}

#[test]
fn overview_320_dpr2() {
    snapshot(
        "overview-320-dpr2",
        &full_height(ChartSpec::new(View::Overview).sized(320.0, 400.0, 2.0)),
    );
}

#[test]
fn overview_1200_en_dark() {
    let mut s = ChartSpec::new(View::Overview).sized(1200.0, 700.0, 1.0);
    s.lang = Lang::En;
    s.theme = Theme::Dark;
    snapshot("overview-1200-en-dark", &full_height(s));
}

#[test]
fn detail_800_gdp() {
    snapshot(
        "detail-800-gdp-growth",
        &ChartSpec::new(View::Detail).sized(800.0, 480.0, 1.0),
    );
}

#[test]
fn detail_320_school_places() {
    let mut s = ChartSpec::new(View::Detail).sized(320.0, 300.0, 2.0);
    s.indicator = Some("school-places-added".into());
    snapshot("detail-320-school-places-dpr2", &s);
}

#[test]
fn detail_800_software_derived() {
    let mut s = ChartSpec::new(View::Detail).sized(800.0, 480.0, 1.0);
    s.indicator = Some("software-revenue".into());
    snapshot("detail-800-software-revenue", &s);
}

#[test]
fn growth_800() {
    snapshot(
        "growth-800",
        &full_height(ChartSpec::new(View::Growth).sized(800.0, 500.0, 1.0)),
    );
}

#[test]
fn category_800_housing() {
    let mut s = ChartSpec::new(View::Category).sized(800.0, 500.0, 1.0);
    s.category = Some(Category::Housing);
    snapshot("category-800-housing", &full_height(s));
}

#[test]
fn growth_320() {
    snapshot(
        "growth-320",
        &full_height(ChartSpec::new(View::Growth).sized(320.0, 400.0, 1.0)),
    );
}

#[test]
fn category_320_transport() {
    let mut s = ChartSpec::new(View::Category).sized(320.0, 400.0, 1.0);
    s.category = Some(Category::Transport);
    snapshot("category-320-transport", &full_height(s));
}
