//! The width model: deterministic, one em per CJK glyph, per-glyph Latin widths, and every label
//! the views draw fits the box the layout gave it.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod chart_common;

use chart_common::{ds, spec, WIDTHS};
use gov_report_chart::chart::metrics::{ellipsize, text_width, wrap, FONT_STACK};
use gov_report_chart::chart::{layout, View};

#[test]
fn cjk_glyphs_are_one_em() {
    assert_eq!(text_width("海淀区政府工作报告", 16.0, false), 9.0 * 16.0);
    assert_eq!(text_width("，。：（）", 10.0, false), 50.0);
}

#[test]
fn latin_and_digits_use_per_glyph_widths() {
    let digits = text_width("0123456789", 10.0, false);
    assert!((digits - 56.0).abs() < 1e-9, "{digits}");
    assert!(text_width("iiii", 10.0, false) < text_width("MMMM", 10.0, false));
    assert!(text_width("8054个", 12.0, false) < text_width("八千零五十四个", 12.0, false));
    assert!(
        text_width("GDP", 12.0, true) > text_width("GDP", 12.0, false),
        "bold Latin is wider"
    );
    assert_eq!(text_width("", 12.0, false), 0.0);
}

#[test]
fn the_font_stack_names_cjk_fonts() {
    for face in [
        "PingFang SC",
        "Noto Sans CJK SC",
        "Microsoft YaHei",
        "WenQuanYi Micro Hei",
        "sans-serif",
    ] {
        assert!(FONT_STACK.contains(face), "{face}");
    }
}

#[test]
fn wrapping_and_abbreviation_fit() {
    let t = "公租房备案家庭总体保障率升至85%以上，面向应届高校毕业生开展专项配租";
    for w in [40.0, 90.0, 200.0] {
        for line in wrap(t, w, 13.0, false, 10) {
            assert!(
                text_width(&line, 13.0, false) <= w + 1e-9,
                "{line:?} at {w}"
            );
        }
        let e = ellipsize(t, w, 13.0, true);
        assert!(text_width(&e, 13.0, true) <= w + 1e-9);
    }
    assert_eq!(wrap(t, 1e9, 13.0, false, 1), vec![t.to_string()]);
}

#[test]
fn the_model_is_deterministic_across_runs() {
    for view in View::OF_ONE_REPORT {
        let a = layout(ds(), &spec(view, 480.0, 1.0)).unwrap();
        let b = layout(ds(), &spec(view, 480.0, 1.0)).unwrap();
        assert_eq!(a, b);
    }
}

#[test]
fn every_label_fits_the_chart_width() {
    for view in View::OF_ONE_REPORT {
        for w in WIDTHS {
            let l = layout(ds(), &spec(view, w, 1.0)).unwrap();
            for t in &l.texts {
                assert!(
                    text_width(&t.text, t.size, t.bold) <= w,
                    "{:?} {w}: {:?}",
                    view,
                    t.text
                );
            }
        }
    }
}
