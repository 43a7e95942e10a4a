//! Shared helpers of the native chart tests: the real dataset (parsed once) and layout checks.
#![allow(dead_code)]

pub mod fixture;

use std::sync::OnceLock;

use gov_report_chart::chart::{ChartLayout, ChartSpec, Rect, View, MIN_TARGET, TOUCH_RADIUS};
use gov_report_chart::dataset::extract_dataset;
use gov_report_chart::model::Dataset;

pub const WIDTHS: [f64; 4] = [320.0, 480.0, 800.0, 1200.0];
pub const DPRS: [f64; 2] = [1.0, 2.0];

/// The dataset of the embedded report, as the real extractor builds it.
pub fn ds() -> &'static Dataset {
    static DS: OnceLock<Dataset> = OnceLock::new();
    DS.get_or_init(|| {
        extract_dataset(gov_report_chart::EMBEDDED_REPORT).expect("the embedded report parses")
    })
}

/// A spec at width `w` with the aspect ratio the widget uses (0.9 narrow, 0.6 wide).
pub fn spec(view: View, w: f64, dpr: f64) -> ChartSpec {
    let h = if w < 560.0 { w * 0.9 } else { w * 0.6 };
    ChartSpec::new(view).sized(w, h.max(220.0), dpr)
}

/// No text overlaps another or leaves the chart; every mark lies in a plot area, has a target
/// of at least 24x24 CSS px and is hit at its centre.
#[track_caller]
pub fn assert_clean(l: &ChartLayout) {
    let ctx = format!("{:?} at {}x{} dpr {}", l.view, l.width, l.height, l.dpr);
    let page = Rect::new(0.0, 0.0, l.width, l.height);
    let boxes = l.text_boxes();
    for (i, a) in boxes.iter().enumerate() {
        let ti = &l.texts[i].text;
        assert!(page.encloses(a), "{ctx}: text {ti:?} is clipped: {a:?}");
        for (j, b) in boxes.iter().enumerate().skip(i + 1) {
            let tj = &l.texts[j].text;
            assert!(
                !a.overlaps(b),
                "{ctx}: text {ti:?} {a:?} overlaps {tj:?} {b:?}"
            );
        }
    }
    // No text sits on a bar, dot, arrow or legend swatch.
    let shapes = l
        .marks
        .iter()
        .map(|m| &m.shape)
        .chain(l.decor.iter())
        .filter(|s| !matches!(s, gov_report_chart::chart::Shape::Label { .. }));
    for shape in shapes {
        let r = shape.bounds();
        for (i, t) in boxes.iter().enumerate() {
            assert!(
                !r.overlaps(t),
                "{ctx}: text {:?} {t:?} covers a shape at {r:?}",
                l.texts[i].text
            );
        }
    }
    for (i, m) in l.marks.iter().enumerate() {
        let shape = m.shape.bounds();
        // Value labels that stand for a figure may sit outside the plot (in the value column).
        let is_label = matches!(m.shape, gov_report_chart::chart::Shape::Label { .. });
        assert!(
            is_label || l.plots.iter().any(|p| p.encloses(&shape)),
            "{ctx}: mark {i} ({}) at {shape:?} is outside every plot area",
            m.tooltip.indicator_id
        );
        assert!(page.encloses(&shape), "{ctx}: mark {i} leaves the chart");
        assert!(
            m.target.w >= MIN_TARGET && m.target.h >= MIN_TARGET,
            "{ctx}: mark {i} target too small"
        );
        let (cx, cy) = shape.center();
        assert_eq!(
            l.hit_test(cx, cy),
            Some(i),
            "{ctx}: mark {i} not hit at its centre"
        );
    }
}

/// Every point farther than the touch radius from all targets hits nothing; every point inside
/// a target hits something.
#[track_caller]
pub fn assert_empty_space_misses(l: &ChartLayout) {
    let mut y = 0.5;
    while y < l.height {
        let mut x = 0.5;
        while x < l.width {
            let d = l
                .marks
                .iter()
                .map(|m| m.target.distance(x, y))
                .fold(f64::INFINITY, f64::min);
            let hit = l.hit_test(x, y);
            if d > TOUCH_RADIUS {
                assert_eq!(
                    hit, None,
                    "{:?} {}: hit at empty ({x}, {y})",
                    l.view, l.width
                );
            } else if d == 0.0 {
                assert!(
                    hit.is_some(),
                    "{:?} {}: miss inside a target at ({x}, {y})",
                    l.view,
                    l.width
                );
            }
            x += 7.0;
        }
        y += 7.0;
    }
}
