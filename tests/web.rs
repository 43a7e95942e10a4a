//! Browser tests of the chart layer on a real canvas (headless Chrome via wasm-bindgen-test):
//! pixels drawn where the layout says, hit-testing, the width model against `measureText`, and
//! the redraw time. Run with `wasm-pack test --headless --chrome`.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use gov_report_chart::chart::metrics::{text_width, FONT_STACK};
use gov_report_chart::chart::theme::Palette;
use gov_report_chart::chart::{self, ChartLayout, ChartSpec, Fill, Lang, Shape, Theme, View};
use gov_report_chart::dataset::extract_dataset;
use gov_report_chart::model::Dataset;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

wasm_bindgen_test_configure!(run_in_browser);

fn ds() -> Dataset {
    extract_dataset(gov_report_chart::EMBEDDED_REPORT).unwrap()
}

/// Two reports of one district read as one collection, for the views that compare reports.
fn collection() -> Dataset {
    use gov_report_chart::across::{Collection, Input};
    let y2024 = "青原区2024年政府工作报告\n——2024年1月8日在青原区第一届人民代表大会第四次会议上\n一、2023年工作回顾\n全区地区生产总值增长6.3%，新增学位2800个，城镇调查失业率4.9%。\n二、2024年工作安排\n地区生产总值增长6%以上，新增学位3000个，城镇调查失业率5.5%以内，居民消费价格涨幅3%左右。\n";
    let y2025 = "青原区2025年政府工作报告\n——2025年1月9日在青原区第一届人民代表大会第五次会议上\n一、2024年工作回顾\n全区地区生产总值增长6.1%，新增学位2520个，城镇调查失业率4.6%，居民消费价格上涨0.3%。\n二、2025年工作安排\n地区生产总值增长6%左右。\n";
    let input = |text: &str| Input {
        name: String::new(),
        text: text.to_string(),
        ..Input::default()
    };
    Collection::read(vec![input(y2024), input(y2025)]).to_dataset()
}

/// Every view with data it draws: the report's views on the report, the others on a collection.
fn cases() -> Vec<(Dataset, View)> {
    let one = ds();
    let several = collection();
    View::OF_ONE_REPORT
        .iter()
        .map(|&v| (one.clone(), v))
        .chain(View::OF_SEVERAL.iter().map(|&v| (several.clone(), v)))
        .collect()
}

fn canvas() -> HtmlCanvasElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    doc.create_element("canvas").unwrap().dyn_into().unwrap()
}

fn ctx(c: &HtmlCanvasElement) -> CanvasRenderingContext2d {
    c.get_context("2d").unwrap().unwrap().dyn_into().unwrap()
}

/// Lays out and draws `spec` the way the widget does: backing store = CSS size x dpr.
fn draw(ds: &Dataset, spec: &ChartSpec) -> (HtmlCanvasElement, ChartLayout) {
    let l = chart::layout(ds, spec).unwrap();
    let c = canvas();
    c.set_width((spec.width * spec.dpr).round() as u32);
    c.set_height((spec.height * spec.dpr).round() as u32);
    let mut be = CanvasBackend::with_canvas_object(c.clone()).unwrap();
    chart::draw(&l, spec.theme, &mut be).unwrap();
    (c, l)
}

fn pixel(c: &HtmlCanvasElement, x: f64, y: f64) -> [u8; 4] {
    let d = ctx(c)
        .get_image_data(x.floor(), y.floor(), 1.0, 1.0)
        .unwrap()
        .data();
    [d[0], d[1], d[2], d[3]]
}

#[wasm_bindgen_test]
fn draws_non_blank_pixels_and_bar_colours_at_mark_centres() {
    let ds = ds();
    let spec = ChartSpec::new(View::Growth).sized(800.0, 500.0, 2.0);
    let (c, l) = draw(&ds, &spec);
    assert_eq!((c.width(), c.height()), (1600, 1000));
    let data = ctx(&c)
        .get_image_data(0.0, 0.0, 1600.0, 1000.0)
        .unwrap()
        .data();
    let inked = data
        .chunks(4)
        .filter(|p| p[0] < 200 || p[1] < 200 || p[2] < 200)
        .count();
    assert!(inked > 5_000, "only {inked} inked pixels");
    let pal = Palette::of(Theme::Light);
    let mut solid = 0;
    for m in &l.marks {
        if let Shape::Bar {
            rect,
            fill: Fill::Solid,
            ink,
        } = m.shape
        {
            let (cx, cy) = rect.center();
            let p = pixel(&c, cx * 2.0, cy * 2.0);
            let want = pal.ink(ink);
            let close = |a: u8, b: u8| (i16::from(a) - i16::from(b)).abs() <= 2;
            assert!(
                close(p[0], want.0) && close(p[1], want.1) && close(p[2], want.2),
                "bar {} centre is {p:?}, expected {want:?}",
                m.tooltip.indicator_id
            );
            solid += 1;
        }
    }
    assert!(solid >= 3, "the growth view has solid result bars");
    // The background stays background far from marks (top-left corner).
    assert_eq!(pixel(&c, 1.0, 1.0), [255, 255, 255, 255]);
}

#[wasm_bindgen_test]
fn hit_test_finds_each_mark_at_its_centre() {
    for (ds, view) in cases() {
        let spec = ChartSpec::new(view).sized(800.0, 500.0, 2.0);
        let (_, l) = draw(&ds, &spec);
        for i in 0..l.mark_count() {
            let (cx, cy) = l.marks[i].shape.bounds().center();
            assert_eq!(l.hit_test(cx, cy), Some(i), "{view:?} mark {i}");
        }
        assert_eq!(l.hit_test(2.0, 2.0), None);
        let t = l.tooltip(0).unwrap();
        assert!(!t.value_display.is_empty() && !t.name.is_empty());
    }
}

#[wasm_bindgen_test]
fn width_model_is_within_ten_percent_of_measure_text() {
    let c = canvas();
    let g = ctx(&c);
    let mut worst = (0.0f64, String::new());
    let mut n = 0;
    for (ds, view) in cases() {
        for lang in [Lang::Zh, Lang::En] {
            for w in [320.0, 800.0] {
                let mut spec = ChartSpec::new(view).sized(w, 600.0, 1.0);
                spec.lang = lang;
                let l = chart::layout(&ds, &spec).unwrap();
                for t in &l.texts {
                    let weight = if t.bold { "bold" } else { "normal" };
                    g.set_font(&format!("{weight} {}px {FONT_STACK}", t.size));
                    let real = g.measure_text(&t.text).unwrap().width();
                    let model = text_width(&t.text, t.size, t.bold);
                    let err = (model - real).abs() / real.max(1.0);
                    assert!(
                        err <= 0.10,
                        "{:?}: model {model:.1} px, canvas {real:.1} px",
                        t.text
                    );
                    if err > worst.0 {
                        worst = (err, t.text.clone());
                    }
                    n += 1;
                }
            }
        }
    }
    console_log!(
        "width model: {n} labels, worst error {:.1}% ({:?})",
        worst.0 * 100.0,
        worst.1
    );
}

#[wasm_bindgen_test]
fn drawing_never_measures_text_through_the_page() {
    // plotters' browser text measurement appends a <span> with an inline style to <body> (refused
    // under a strict CSP) and removes it again. Our layout owns its metrics, so drawing must not
    // touch the page at all: a MutationObserver sees every append and removal.
    let doc = web_sys::window().unwrap().document().unwrap();
    let body = doc.body().unwrap();
    let observer = web_sys::MutationObserver::new(&js_sys::Function::new_no_args("")).unwrap();
    let init = web_sys::MutationObserverInit::new();
    init.set_child_list(true);
    init.set_subtree(true);
    init.set_attributes(true);
    observer.observe_with_options(&body, &init).unwrap();
    for (ds, view) in cases() {
        for lang in [Lang::Zh, Lang::En] {
            let mut spec = ChartSpec::new(view).sized(480.0, 400.0, 2.0);
            spec.lang = lang;
            let _ = draw(&ds, &spec);
        }
    }
    let records = observer.take_records();
    observer.disconnect();
    assert_eq!(
        records.length(),
        0,
        "drawing changed the page {} times",
        records.length()
    );
}
