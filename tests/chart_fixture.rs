//! The chart layer on a hand-made dataset: every view at every width and in both languages lays
//! out without overlap or clipping, and the detail view describes its figures.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod chart_common;

use chart_common::fixture::dataset;
use gov_report_chart::chart::{layout, ChartLayout, ChartSpec, Lang, Rect, View, MIN_TARGET};

const WIDTHS: [f64; 4] = [320.0, 480.0, 800.0, 1200.0];

fn spec(view: View, w: f64) -> ChartSpec {
    ChartSpec::new(view).sized(w, if w < 560.0 { w * 1.6 } else { w * 0.62 }, 1.0)
}

fn check(l: &ChartLayout) {
    let page = Rect::new(0.0, 0.0, l.width, l.height);
    let boxes = l.text_boxes();
    for (i, a) in boxes.iter().enumerate() {
        assert!(
            page.encloses(a),
            "{:?} {}: text {:?} clipped {:?}",
            l.view,
            l.width,
            l.texts[i].text,
            a
        );
        for (j, b) in boxes.iter().enumerate().skip(i + 1) {
            assert!(
                !a.overlaps(b),
                "{:?} {}: {:?} overlaps {:?}",
                l.view,
                l.width,
                l.texts[i].text,
                l.texts[j].text
            );
        }
    }
    for (i, m) in l.marks.iter().enumerate() {
        assert!(m.target.w >= MIN_TARGET && m.target.h >= MIN_TARGET);
        let (cx, cy) = m.shape.bounds().center();
        assert_eq!(
            l.hit_test(cx, cy),
            Some(i),
            "{:?} {} mark {i}",
            l.view,
            l.width
        );
        assert!(
            page.encloses(&m.shape.bounds()),
            "{:?} {} mark {i} outside",
            l.view,
            l.width
        );
    }
}

#[test]
fn every_view_every_width() {
    let ds = dataset();
    for view in View::OF_ONE_REPORT {
        for w in WIDTHS {
            for lang in [Lang::Zh, Lang::En] {
                let mut s = spec(view, w);
                s.lang = lang;
                let l = layout(&ds, &s).unwrap();
                check(&l);
                assert!(l.mark_count() > 0);
            }
        }
    }
}

#[test]
fn detail_description_matches_the_brief() {
    let ds = dataset();
    let mut s = spec(View::Detail, 800.0);
    s.indicator = Some("school-places-added".into());
    let l = layout(&ds, &s).unwrap();
    assert_eq!(
        l.description(Lang::Zh),
        "2024年新增中小学学位8054个，2025年目标7900个，减少1.9%"
    );
}
