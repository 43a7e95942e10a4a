//! Browser tests of the JS contract itself (wasm32 only): construction, sizes, the exact error
//! messages thrown, hit-testing and the tooltip object's shape.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::extractor::{extract, extract_collection, extract_packed, text_sha256};
use super::widget::ReportWidget;
use super::WebError;
use crate::chart::{self, Theme};
use crate::dataset;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlCanvasElement;

wasm_bindgen_test_configure!(run_in_browser);

fn canvas() -> HtmlCanvasElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    doc.create_element("canvas").unwrap().dyn_into().unwrap()
}

fn message(e: WebError) -> String {
    e.message
}

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

#[wasm_bindgen_test]
fn resize_draws_and_marks_answer() {
    let c = canvas();
    let mut w = ReportWidget::new(c.clone()).unwrap();
    w.configure("detail", None, None, "zh", "light", false)
        .unwrap();
    w.resize(800.0, 500.0, 2.0).unwrap();
    assert_eq!((c.width(), c.height()), (1600, 1000));
    assert_eq!(w.mark_count(), 2);
    assert!(w.title().starts_with("地区生产总值增"), "{}", w.title());
    assert!(w.description().contains("5.5%"));
    let b = w.mark_bounds(1).unwrap();
    assert!(b[2] >= 24.0 && b[3] >= 24.0);
    assert_eq!(w.hit_test(b[0] + b[2] / 2.0, b[1] + b[3] / 2.0), 1);
    assert_eq!(w.hit_test(1.0, 1.0), -1);
    // The pixels: non-blank, and the target's tint at the centre of its (outlined) bar.
    let g: web_sys::CanvasRenderingContext2d =
        c.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let all = g.get_image_data(0.0, 0.0, 1600.0, 1000.0).unwrap().data();
    let inked = all
        .chunks(4)
        .filter(|p| p[0] < 200 || p[1] < 200 || p[2] < 200)
        .count();
    assert!(inked > 5_000, "only {inked} inked pixels");
    let (cx, cy) = ((b[0] + b[2] / 2.0) * 2.0, (b[1] + b[3] / 2.0) * 2.0);
    let p = g
        .get_image_data(cx.floor(), cy.floor(), 1.0, 1.0)
        .unwrap()
        .data();
    let want =
        crate::chart::theme::Palette::of(Theme::Light).tint(crate::chart::theme::Ink::Target);
    let near = |a: u8, b: u8| (i16::from(a) - i16::from(b)).abs() <= 2;
    assert!(
        near(p[0], want.0) && near(p[1], want.1) && near(p[2], want.2),
        "{p:?} vs {want:?}"
    );
    let t = super::bridge::tooltip_object(&w.tooltip_packed(1).unwrap()).unwrap();
    assert_eq!(
        get(&t, "indicatorId").as_string().unwrap(),
        "gdp-growth-2025"
    );
    assert_eq!(get(&t, "valueDisplay").as_string().unwrap(), "5.5%");
    assert_eq!(get(&t, "year").as_f64(), Some(2025.0));
    assert_eq!(get(&t, "kind").as_string().unwrap(), "目标");
    assert!(get(&t, "quoteMatch").as_string().unwrap().contains("5.5"));
    assert!(get(&t, "correctedFrom").is_null());
    assert!(js_sys::Array::is_array(&get(&t, "qualifiers")));
    assert_eq!(w.sha256().len(), 64);
    let csv = super::extractor::packed_to_csv(crate::EMBEDDED_HEADLINE).unwrap();
    assert!(csv.contains("gdp-growth-2025"));
    // The widget starts with the headline subset: the 21 pairs' 42 figures.
    assert!(w.is_partial());
    let ds = super::bridge::dataset_object(&ReportWidget::headline_packed()).unwrap();
    assert_eq!(js_sys::Array::from(&get(&ds, "indicators")).length(), 42);
    assert_eq!(js_sys::Array::from(&get(&ds, "pairs")).length(), 21);
    let report = js_sys::Array::from(&get(&ds, "reports")).get(0);
    assert_eq!(get(&report, "referenceYear").as_f64(), Some(2025.0));
    // Marks: plain objects with the box and the indicator.
    let marks =
        js_sys::Array::from(&super::bridge::marks_object(&w.marks_packed().unwrap()).unwrap());
    assert_eq!(marks.length(), 2);
    let m = marks.get(1);
    assert_eq!(get(&m, "index").as_f64(), Some(1.0));
    assert_eq!(
        get(&m, "indicatorId").as_string().unwrap(),
        "gdp-growth-2025"
    );
    assert_eq!(get(&m, "width").as_f64(), Some(b[2]));
}

#[wasm_bindgen_test]
fn bad_values_throw_exact_messages_and_keep_state() {
    let mut w = ReportWidget::new(canvas()).unwrap();
    let e = w
        .configure("pie", None, None, "zh", "light", false)
        .unwrap_err();
    assert_eq!(e.code, "unknown-view");
    assert_eq!(
        message(e),
        "unknown view \"pie\": expected overview, detail, growth, category, attainment, timeline or places"
    );
    // Thrown into JS as an Error with a code.
    let thrown: JsValue = WebError::new("no-data", "nothing to draw").into();
    assert!(thrown.is_instance_of::<js_sys::Error>());
    assert_eq!(get(&thrown, "code").as_string().unwrap(), "no-data");
    assert_eq!(
        get(&thrown, "message").as_string().unwrap(),
        "nothing to draw"
    );
    assert_eq!(
        message(
            w.configure("overview", None, None, "fr", "light", false)
                .unwrap_err()
        ),
        "unknown language \"fr\": expected zh or en"
    );
    assert_eq!(
        message(w.configure("detail", Some("x".into()), None, "zh", "light", false).unwrap_err()),
        "unknown indicator \"x\": expected an indicator id or series id from indicators(), e.g. \"gdp-growth\""
    );
    assert!(message(w.resize(f64::NAN, 500.0, 1.0).unwrap_err()).starts_with("width must be"));
    assert!(message(w.resize(800.0, 0.0, 1.0).unwrap_err()).starts_with("height must be"));
    assert!(message(w.resize(9000.0, 500.0, 4.0).unwrap_err()).contains("limit is 16384"));
    assert!(message(w.render().unwrap_err()).contains("resize"));
    let sha = w.sha256();
    assert_eq!(
        message(extract_packed("  ", JsValue::UNDEFINED).unwrap_err()),
        "the report text is empty"
    );
    assert_eq!(
        message(w.load_packed("GRC-DATASET 2\nR\tx").unwrap_err()),
        "packed dataset, line 2: too few fields"
    );
    assert_eq!(w.sha256(), sha, "a failed load keeps the previous data");
    // Which module draws a view: this build (all features) draws every view; a name that is no
    // view is left to configure's message.
    assert_eq!(ReportWidget::draws_view("growth"), Some(true));
    assert_eq!(ReportWidget::draws_view(" detail "), Some(true));
    assert_eq!(ReportWidget::draws_view("pie"), None);
    // dpr is clamped to 1..4.
    let c = canvas();
    let mut w = ReportWidget::new(c.clone()).unwrap();
    w.resize(100.0, 100.0, 9.0).unwrap();
    assert_eq!(c.width(), 400);
}

/// The extractor's wasm hands the chart's wasm exactly the dataset the build precomputed.
#[wasm_bindgen_test]
fn extractor_and_widget_agree_on_the_packed_dataset() {
    assert_eq!(
        extract_packed(crate::EMBEDDED_REPORT, JsValue::UNDEFINED).unwrap(),
        crate::EMBEDDED_DATASET
    );
    let other =
        "2024年工作回顾\n全年地区生产总值增长6%。\n2025年工作安排\n地区生产总值增长5.5%。\n";
    let c = canvas();
    let mut w = ReportWidget::new(c).unwrap();
    let embedded_sha = w.sha256();
    w.resize(600.0, 400.0, 1.0).unwrap();
    w.load_packed(&extract_packed(other, JsValue::UNDEFINED).unwrap())
        .unwrap();
    assert_eq!(w.sha256(), dataset::sha256_hex(other));
    assert_ne!(w.sha256(), embedded_sha);
    assert_eq!(w.mark_count(), 2, "the new data are drawn at once");
}

#[wasm_bindgen_test]
fn extract_returns_the_dataset_object() {
    let v = extract(crate::EMBEDDED_REPORT, JsValue::NULL).unwrap();
    let pairs = js_sys::Array::from(&get(&v, "pairs"));
    assert!(pairs.length() > 5);
    let report = js_sys::Array::from(&get(&v, "reports")).get(0);
    assert_eq!(get(&report, "referenceYear").as_f64(), Some(2025.0));
    // A reference year for a text that states none, and a bad one refused with its code.
    let undated = "全年地区生产总值增长6%。";
    // Data the current view cannot draw load all the same; the next configure says why.
    let mut w = ReportWidget::new(canvas()).unwrap();
    w.resize(400.0, 300.0, 1.0).unwrap();
    let packed = extract_packed(undated, JsValue::UNDEFINED).unwrap();
    w.load_packed(&packed).unwrap();
    let e = w
        .configure("overview", None, None, "zh", "light", false)
        .and_then(|()| w.resize(400.0, 300.0, 1.0))
        .unwrap_err();
    assert_eq!(e.code, "no-data");
    // As a string or as a number, the same.
    for year in [JsValue::from_str("2025"), JsValue::from_f64(2025.0)] {
        let dated = extract(undated, year).unwrap();
        let gdp = js_sys::Array::from(&get(&dated, "indicators")).get(0);
        assert_eq!(get(&gdp, "year").as_f64(), Some(2024.0));
    }
    for bad in [
        JsValue::from_str("25"),
        JsValue::from_f64(2025.5),
        JsValue::from_f64(f64::NAN),
        JsValue::TRUE,
        js_sys::Object::new().into(),
    ] {
        let e = extract(undated, bad).unwrap_err();
        assert_eq!(e.code, "bad-reference-year");
    }
}

#[wasm_bindgen_test]
fn every_view_theme_and_ratio_draws() {
    let c = canvas();
    let mut w = ReportWidget::new(c.clone()).unwrap();
    for view in ["overview", "detail", "growth", "category", "timeline"] {
        for theme in ["light", "dark"] {
            for (lang, dpr) in [("zh", 1.0), ("en", 1.5), ("zh-CN", 3.0)] {
                w.configure(view, None, None, lang, theme, false).unwrap();
                w.resize(480.0, 400.0, dpr).unwrap();
                assert_eq!(c.width(), (480.0 * dpr) as u32);
                assert!(w.mark_count() > 0, "{view} {theme} {dpr}");
                assert!(!w.title().is_empty() && !w.description().is_empty());
                assert!(w.preferred_height(480.0).unwrap() > 100.0);
            }
        }
    }
    // A category and an indicator by id.
    w.configure(
        "category",
        None,
        Some("housing".into()),
        "zh",
        "light",
        false,
    )
    .unwrap();
    w.render().unwrap();
    assert!(w.title().starts_with("住房"));
    assert_eq!(
        message(w.configure("category", None, Some("space".into()), "zh", "light", false).unwrap_err()),
        "unknown category \"space\": expected one of economy, innovation, education, employment, housing, transport, urban, environment, health, culture, governance"
    );
}

/// Several texts cross as one packed collection; the views of several reports draw it, with the
/// result's sentence in a target's tooltip; a bad text is named in the error.
#[wasm_bindgen_test]
fn several_texts_draw_the_views_of_several_reports() {
    let y2024 = "青原区2024年政府工作报告\n——2024年1月8日在青原区第一届人民代表大会第四次会议上\n一、2023年工作回顾\n全区地区生产总值增长6.3%。\n二、2024年工作安排\n地区生产总值增长6%以上，新增学位3000个。\n";
    let y2025 = "青原区2025年政府工作报告\n——2025年1月9日在青原区第一届人民代表大会第五次会议上\n一、2024年工作回顾\n全区地区生产总值增长6.1%，新增学位2520个。\n二、2025年工作安排\n地区生产总值增长6%左右。\n";
    let packed = extract_collection(
        vec![y2025.to_string(), y2024.to_string()],
        vec!["2025.txt".into(), "2024.txt".into()],
        Vec::new(),
        JsValue::UNDEFINED,
    )
    .unwrap();
    let c = canvas();
    let mut w = ReportWidget::new(c.clone()).unwrap();
    w.load_packed(&packed).unwrap();
    for view in ["attainment", "timeline", "places"] {
        w.configure(view, None, None, "zh", "light", false).unwrap();
        w.resize(600.0, 400.0, 2.0).unwrap();
        assert!(w.mark_count() > 0, "{view}");
    }
    w.configure("attainment", None, None, "zh", "light", false)
        .unwrap();
    w.resize(600.0, 400.0, 1.0).unwrap();
    assert_eq!(w.title(), "2024年目标完成情况");
    let tips: Vec<crate::model::Tooltip> = (0..w.mark_count())
        .map(|i| crate::format::cards::unpack_tooltip(&w.tooltip_packed(i).unwrap()).unwrap())
        .collect();
    let gdp = tips.iter().find(|t| t.value_display == "6%以上").unwrap();
    let c2 = gdp.compared.as_ref().unwrap();
    assert_eq!(c2.value_display, "6.1%");
    assert_eq!(c2.verdict, "▲ 超额完成");
    assert!(c2.quote_before.contains("地区生产总值增长"), "{c2:?}");
    let schools = tips.iter().find(|t| t.value_display == "3000个").unwrap();
    assert_eq!(schools.compared.as_ref().unwrap().verdict, "✗ 未完成");
    assert_eq!(text_sha256(y2024), dataset::sha256_hex(y2024));
    // A text that is not a report is named, with its place in the list.
    let e = extract_collection(
        vec![y2024.to_string(), "没有数字".to_string()],
        vec!["a.txt".into(), "b.txt".into()],
        Vec::new(),
        JsValue::UNDEFINED,
    )
    .unwrap_err();
    assert_eq!(e.code, "no-figures");
    assert!(e.message.starts_with("b.txt (2 of 2): "), "{}", e.message);
}

/// The widget draws with plotters through plotters-canvas: its pixels are exactly what
/// `chart::draw` gives on a fresh `CanvasBackend` for the same layout.
#[wasm_bindgen_test]
fn widget_pixels_are_plotters_canvas_pixels() {
    let pixels = |c: &HtmlCanvasElement| -> Vec<u8> {
        let g: web_sys::CanvasRenderingContext2d =
            c.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
        g.get_image_data(0.0, 0.0, f64::from(c.width()), f64::from(c.height()))
            .unwrap()
            .data()
            .to_vec()
    };
    let ours = canvas();
    let mut w = ReportWidget::new(ours.clone()).unwrap();
    for view in ["overview", "detail", "growth", "category"] {
        for (theme, lang, dpr) in [("light", "zh", 2.0), ("dark", "en", 1.5)] {
            w.configure(view, None, None, lang, theme, false).unwrap();
            w.resize(600.0, 420.0, dpr).unwrap();
            let theirs = canvas();
            theirs.set_width(ours.width());
            theirs.set_height(ours.height());
            let layout = chart::layout(&w.dataset, &w.spec).unwrap();
            let mut be =
                plotters_canvas::CanvasBackend::with_canvas_object(theirs.clone()).unwrap();
            chart::draw(&layout, w.spec.theme, &mut be).unwrap();
            let (a, b) = (pixels(&ours), pixels(&theirs));
            assert!(a.iter().any(|&v| v != 0), "{view}: nothing drawn");
            assert!(a == b, "{view} {theme} {dpr}: pixels differ");
        }
    }
}
