//! The chart's wasm starts with the headline subset of the dataset and swaps in the whole dataset
//! after the first chart. The reader must not see the chart change when that happens: the
//! overview and every paired detail view draw the same from both.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use gov_report_chart::chart::{render_svg, ChartSpec, Lang, View};
use gov_report_chart::format::packed;
use gov_report_chart::{EMBEDDED_DATASET, EMBEDDED_HEADLINE};

#[test]
fn headline_views_draw_the_same_from_the_subset_and_the_whole() {
    let full = packed::unpack(EMBEDDED_DATASET).unwrap();
    let head = packed::unpack(EMBEDDED_HEADLINE).unwrap();
    let mut checked = 0;
    for (width, height) in [(320.0, 560.0), (800.0, 500.0), (1200.0, 700.0)] {
        for lang in [Lang::Zh, Lang::En] {
            let mut specs = vec![ChartSpec::new(View::Overview), ChartSpec::new(View::Detail)];
            for p in &full.pairs {
                let mut s = ChartSpec::new(View::Detail);
                s.indicator = Some(p.to.clone());
                specs.push(s);
            }
            for mut spec in specs {
                spec.width = width;
                spec.height = height;
                spec.lang = lang;
                let a = render_svg(&full, &spec).unwrap();
                let b = render_svg(&head, &spec).unwrap();
                assert!(
                    a == b,
                    "{:?} {:?} at {width}: differs",
                    spec.view,
                    spec.indicator
                );
                assert!(a.contains("<rect") || a.contains("<circle") || a.contains("<path"));
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 3 * 2 * (2 + 21));
}
