//! Native tests of every view on the real parsed report: text as written, geometry (order,
//! proportion, nothing clipped or overlapping at 320-1200 px, dpr 1 and 2), hit-testing.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod chart_common;

use chart_common::{assert_clean, assert_empty_space_misses, ds, spec, DPRS, WIDTHS};
use gov_report_chart::chart::*;
use gov_report_chart::EMBEDDED_SOURCE_LINE;

#[test]
fn every_view_is_clean_at_every_width_ratio_and_language() {
    for view in View::OF_ONE_REPORT {
        for w in WIDTHS {
            for dpr in DPRS {
                for lang in [Lang::Zh, Lang::En] {
                    let mut s = spec(view, w, dpr);
                    s.lang = lang;
                    let l = layout(ds(), &s).unwrap();
                    assert!(l.mark_count() > 0, "{view:?} {w}: no marks");
                    assert_clean(&l);
                }
            }
        }
    }
}

#[test]
fn every_category_is_clean() {
    for cat in gov_report_chart::model::Category::ALL {
        if !ds().indicators.iter().any(|i| i.category == cat) {
            continue;
        }
        for w in WIDTHS {
            let mut s = spec(View::Category, w, 1.0);
            s.category = Some(cat);
            assert_clean(&layout(ds(), &s).unwrap());
        }
    }
}

#[test]
fn preferred_height_shows_everything() {
    for view in View::OF_ONE_REPORT {
        for w in WIDTHS {
            let mut s = spec(view, w, 1.0);
            s.height = preferred_height(ds(), &s).unwrap();
            let l = layout(ds(), &s).unwrap();
            assert_eq!(
                l.hidden, 0,
                "{view:?} {w} at its preferred height {}",
                s.height
            );
            assert_clean(&l);
        }
    }
}

#[test]
fn nothing_is_hit_in_empty_space() {
    for view in View::OF_ONE_REPORT {
        for w in [320.0, 800.0] {
            let l = layout(ds(), &spec(view, w, 1.0)).unwrap();
            assert_empty_space_misses(&l);
            assert_eq!(l.hit_test(1.0, 1.0), None);
            assert_eq!(l.hit_test(f64::NAN, 3.0), None);
            assert_eq!(l.hit_test(-500.0, -500.0), None);
        }
    }
}

fn svg(s: &ChartSpec) -> String {
    render_svg(ds(), s).unwrap()
}

#[test]
fn overview_shows_pairs_as_written_with_rates_apart_from_counts() {
    let s = spec(View::Overview, 800.0, 1.0).sized(800.0, 1000.0, 1.0);
    let out = svg(&s);
    for needle in [
        "2025年目标与2024年成绩对比",
        "6%* →",
        "预计值",
        "5.5%",
        "8054个 →",
        "7900个",
        "−1.9%",
        "85%以上",
        EMBEDDED_SOURCE_LINE,
    ] {
        assert!(out.contains(needle), "overview SVG lacks {needle:?}");
    }
    let l = layout(ds(), &s).unwrap();
    // Rates are dots in the first panels, amounts are bars in the last one.
    let find = |id: &str| {
        l.marks
            .iter()
            .position(|m| m.tooltip.indicator_id == id)
            .unwrap()
    };
    let gdp = &l.marks[find("gdp-growth-2025")];
    let school = &l.marks[find("school-places-added-2025")];
    assert!(matches!(gdp.shape, Shape::Dot { hollow: true, .. }));
    assert!(matches!(
        school.shape,
        Shape::Bar {
            fill: Fill::Outlined,
            ..
        }
    ));
    let panel_of = |r: Rect| l.plots.iter().position(|p| p.encloses(&r)).unwrap();
    assert!(panel_of(gdp.shape.bounds()) < panel_of(school.shape.bounds()));
    assert_eq!(
        l.plots.len(),
        3,
        "growth rates, other rates and amounts get one panel each"
    );
}

#[test]
fn overview_amounts_are_sorted_by_change() {
    let s = spec(View::Overview, 800.0, 1.0).sized(800.0, 1000.0, 1.0);
    let l = layout(ds(), &s).unwrap();
    let mut bars: Vec<(f64, f64)> = Vec::new(); // (y, change %)
    for m in &l.marks {
        if let Shape::Bar { rect, .. } = m.shape {
            let pair = ds()
                .pairs
                .iter()
                .find(|p| p.to == m.tooltip.indicator_id)
                .unwrap();
            let a = ds().indicator(&pair.from).unwrap();
            let b = ds().indicator(&pair.to).unwrap();
            let scale = |u: &str| if u.starts_with('万') { 1e4 } else { 1.0 };
            let change = b.value * scale(&b.unit) / (a.value * scale(&a.unit)) - 1.0;
            bars.push((rect.y, change));
        }
    }
    assert!(bars.len() >= 8, "{bars:?}");
    for w in bars.windows(2) {
        assert!(
            w[0].0 < w[1].0 && w[0].1 >= w[1].1 - 1e-9,
            "not sorted: {w:?}"
        );
    }
}

#[test]
fn detail_defaults_to_gdp_growth_with_estimate_and_target_styled_apart() {
    let s = spec(View::Detail, 800.0, 1.0);
    let l = layout(ds(), &s).unwrap();
    // 地区生产总值增长 or the catalog's label (地区生产总值增速).
    assert!(l.title().starts_with("地区生产总值增"), "{}", l.title());
    assert_eq!(l.mark_count(), 2);
    let (a, b) = match (&l.marks[0].shape, &l.marks[1].shape) {
        (
            Shape::Bar {
                rect: a, fill: fa, ..
            },
            Shape::Bar {
                rect: b, fill: fb, ..
            },
        ) => {
            assert_eq!(
                (*fa, *fb),
                (Fill::Hatched, Fill::Outlined),
                "estimate hatched, target outlined"
            );
            (*a, *b)
        }
        other => panic!("expected two bars, got {other:?}"),
    };
    assert!(a.x < b.x, "2024 before 2025");
    assert!(
        (a.h / b.h - 6.0 / 5.5).abs() < 0.02,
        "heights {} / {} should be 6 / 5.5",
        a.h,
        b.h
    );
    let t = l.tooltip(0).unwrap();
    assert_eq!(
        (t.value_display.as_str(), t.year, t.kind.as_str()),
        ("6%", Some(2024), "预计")
    );
    assert_eq!(
        t.quote_match, "6%",
        "the whole number as written is highlighted"
    );
    assert!(
        t.quote_before.ends_with("地区生产总值增长"),
        "{:?}",
        t.quote_before
    );
    let out = svg(&s);
    for needle in [
        "地区生产总值增",
        "6%",
        "5.5%",
        "2024年",
        "2025年",
        "预计",
        "目标",
        "下降0.5个百分点",
    ] {
        assert!(out.contains(needle), "detail SVG lacks {needle:?}");
    }
}

#[test]
fn detail_school_places_description_and_proportion() {
    let mut s = spec(View::Detail, 800.0, 1.0);
    s.indicator = Some("school-places-added".into());
    let l = layout(ds(), &s).unwrap();
    assert_eq!(
        l.description(Lang::Zh),
        "2024年新增中小学学位8054个，2025年目标7900个，减少1.9%"
    );
    assert!(
        l.description(Lang::En).contains("down 1.9%"),
        "{}",
        l.description(Lang::En)
    );
    let h: Vec<f64> = l.marks.iter().map(|m| m.shape.bounds().h).collect();
    assert!((h[0] / h[1] - 8054.0 / 7900.0).abs() < 0.01, "{h:?}");
    // An indicator id resolves to its series too.
    s.indicator = Some("school-places-added-2025".into());
    assert_eq!(layout(ds(), &s).unwrap().mark_count(), 2);
}

#[test]
fn detail_shows_derived_years_floors_and_approximations() {
    let mut s = spec(View::Detail, 800.0, 1.0);
    s.indicator = Some("software-revenue".into());
    let l = layout(ds(), &s).unwrap();
    let first = l.tooltip(0).unwrap();
    assert_eq!((first.year, first.kind.as_str()), (Some(2023), "推算"));
    let out = svg(&s);
    assert!(
        out.contains("约1.77万亿元") && out.contains("2万亿元"),
        "derived and estimate labels"
    );
    s.indicator = Some("public-rental-coverage".into());
    let l = layout(ds(), &s).unwrap();
    assert!(
        l.decor.iter().any(|d| matches!(d, Shape::Arrow { .. })),
        "以上 drawn as an arrow"
    );
    assert!(svg(&s).contains("85%以上"));
    s.indicator = Some("hightech-revenue-growth".into());
    assert!(svg(&s).contains("7%左右"));
}

#[test]
fn growth_lists_the_stated_rates_with_targets_largest_first() {
    let s = spec(View::Growth, 800.0, 1.0).sized(800.0, 700.0, 1.0);
    let out = svg(&s);
    for needle in [
        "2024年主要增速",
        "地区生产总值增",
        "6%",
        "5.5%",
        "13%",
        "95%",
        "5.8%",
        "12%",
        "10%",
        "4%",
        "7%左右",
    ] {
        assert!(out.contains(needle), "growth SVG lacks {needle:?}");
    }
    let l = layout(ds(), &s).unwrap();
    let past: Vec<(f64, f64)> = l
        .marks
        .iter()
        .filter(|m| m.tooltip.year == Some(2024))
        .map(|m| (m.shape.bounds().y, m.shape.bounds().w))
        .collect();
    for w in past.windows(2) {
        assert!(
            w[0].0 < w[1].0 && w[0].1 >= w[1].1 - 0.5,
            "2024 rates not largest first: {w:?}"
        );
    }
}

#[test]
fn category_view_draws_small_multiples() {
    let mut s = spec(View::Category, 800.0, 1.0).sized(800.0, 900.0, 1.0);
    s.category = Some(gov_report_chart::model::Category::Housing);
    let out = svg(&s);
    for needle in [
        "住房",
        "2338套",
        "1.3万套",
        "5372套",
        "6800套",
        "83.97%",
        "85%以上",
    ] {
        assert!(out.contains(needle), "category SVG lacks {needle:?}");
    }
    let l = layout(ds(), &s).unwrap();
    assert!(l.plots.len() > 3, "one panel per series");
}

#[test]
fn english_mode_uses_english_names_and_numbers() {
    let mut s = spec(View::Overview, 800.0, 1.0).sized(800.0, 1000.0, 1.0);
    s.lang = Lang::En;
    let out = svg(&s);
    for needle in [
        "2025 targets against 2024 results",
        "GDP growth",
        "New school places",
        "8,054 →",
        "7,900",
        "≥85%",
        "Source: Haidian District",
    ] {
        assert!(out.contains(needle), "English overview lacks {needle:?}");
    }
    s.view = View::Detail;
    assert_eq!(layout(ds(), &s).unwrap().title(), "GDP growth");
}

#[test]
fn errors_are_exact_and_actionable() {
    let msg = |r: Result<ChartLayout, ChartError>| r.unwrap_err().to_string();
    let mut s = spec(View::Detail, 800.0, 1.0);
    s.indicator = Some("x".into());
    assert_eq!(
        msg(layout(ds(), &s)),
        "unknown indicator \"x\": expected an indicator id or series id from indicators(), e.g. \"gdp-growth\""
    );
    assert_eq!(
        View::parse("pie").unwrap_err().to_string(),
        "unknown view \"pie\": expected overview, detail, growth, category, attainment, timeline or places"
    );
    let s = spec(View::Overview, f64::NAN, 1.0);
    assert_eq!(
        msg(layout(ds(), &s)),
        "width must be a finite number of CSS pixels between 1 and 10000, got NaN"
    );
    let s = spec(View::Overview, 800.0, 0.0);
    assert_eq!(
        msg(layout(ds(), &s)),
        "device pixel ratio must be a finite number greater than 0, got 0"
    );
    let e: Box<dyn std::error::Error> = Box::new(View::parse("bar").unwrap_err());
    assert!(e.to_string().contains("bar"));
}

#[test]
fn svg_is_drawn_in_device_pixels_with_crisp_hairlines() {
    let s1 = spec(View::Detail, 800.0, 1.0);
    let s2 = spec(View::Detail, 800.0, 2.0);
    let (a, b) = (svg(&s1), svg(&s2));
    assert!(a.contains("width=\"800\" height=\"480\""));
    assert!(b.contains("width=\"1600\" height=\"960\""));
    let l = layout(ds(), &s2).unwrap();
    // Each rule is a filled rect exactly one device pixel thick.
    let one_px = b.matches("height=\"1\" opacity=\"1\" fill=").count();
    let horizontal = l.rules.iter().filter(|r| r.horizontal).count();
    assert!(
        one_px >= horizontal && horizontal > 0,
        "{one_px} one-pixel rects for {horizontal} rules"
    );
    // Fonts scale with the ratio (SVG writes size / 1.24; 1.24 x 13 x 2 / 1.24 = 26).
    assert!(
        b.contains("font-size=\"26"),
        "13 px labels at dpr 2 are 26 device px"
    );
    assert!(!b.contains("font-size=\"NaN\""));
}

#[test]
fn focus_order_and_bounds_cover_every_mark() {
    for view in View::OF_ONE_REPORT {
        let l = layout(ds(), &spec(view, 800.0, 1.0)).unwrap();
        let order = l.focus_order();
        assert_eq!(order.len(), l.mark_count());
        let mut sorted = order.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..l.mark_count()).collect::<Vec<_>>());
        assert!(l.mark_bounds(l.mark_count()).is_none() && l.tooltip(usize::MAX).is_none());
    }
}

#[test]
fn extreme_sizes_and_every_indicator_lay_out_without_panicking() {
    for view in View::OF_ONE_REPORT {
        for (w, h, dpr) in [
            (1.0, 1.0, 1.0),
            (40.0, 30.0, 4.0),
            (10_000.0, 10_000.0, 1.0),
            (320.0, 5_000.0, 3.0),
        ] {
            let s = ChartSpec::new(view).sized(w, h, dpr);
            let l = layout(ds(), &s).unwrap();
            let _ = l.hit_test(w / 2.0, h / 2.0);
            if w * dpr <= 2000.0 && h * dpr <= 2000.0 {
                render_svg(ds(), &s).unwrap();
            }
        }
    }
    let mut s = spec(View::Detail, 480.0, 1.0);
    for ind in &ds().indicators {
        s.indicator = Some(ind.id.clone());
        let l = layout(ds(), &s).unwrap();
        assert!(l.mark_count() >= 1, "{}", ind.id);
        assert_clean(&l);
    }
}

#[test]
fn touch_radius_finds_the_nearest_mark_within_24_px() {
    let l = layout(ds(), &spec(View::Detail, 800.0, 1.0)).unwrap();
    let t = l.marks[0].target;
    let (_, cy) = t.center();
    assert_eq!(
        l.hit_test(t.right() + 10.0, cy),
        Some(0),
        "10 px beside a bar"
    );
    assert_eq!(
        l.hit_test(t.right() + 23.0, cy),
        Some(0),
        "23 px beside a bar"
    );
    assert_eq!(
        l.hit_test(t.x - 30.0, cy),
        None,
        "30 px away from every bar"
    );
}

#[test]
fn figures_the_text_does_not_date_are_not_drawn() {
    // No year anywhere: every figure is undated, so no view has anything to place on an axis.
    let text =
        "柏林区政府工作报告\n\n全区地区生产总值增长5.6%，新增就业1.2万人，改造老旧小区12个。\n";
    let undated = gov_report_chart::dataset::extract_dataset(text).unwrap();
    assert!(undated.indicators.iter().all(|i| i.year.is_none()));
    for view in View::OF_ONE_REPORT {
        let err = layout(&undated, &spec(view, 800.0, 1.0)).unwrap_err();
        assert_eq!(err.code(), "no-data", "{view:?}: {err}");
    }
    let mut s = spec(View::Category, 800.0, 1.0);
    s.category = Some(gov_report_chart::model::Category::Economy);
    assert_eq!(layout(&undated, &s).unwrap_err().code(), "empty-category");
}
