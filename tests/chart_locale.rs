//! The words and number formats of each language (`chart::locale`): qualifiers, changes,
//! years and statuses, phrases with the right number of values in both languages, and no other
//! chart module choosing by language.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use gov_report_chart::chart::locale::{EN, ZH};
use gov_report_chart::chart::{Lang, Locale};
use gov_report_chart::model::Status;

#[test]
fn qualifiers_and_changes() {
    let q = vec!["以上".to_string()];
    assert_eq!(ZH.num.qualified("85%", &q), "85%以上");
    assert_eq!(EN.num.qualified("85%", &q), "≥85%");
    assert_eq!(ZH.num.qualified("85%以上", &q), "85%以上");
    let (s, l) = ZH.num.change_text(8054.0, 7900.0, false);
    assert_eq!((s.as_str(), l.as_str()), ("\u{2212}1.9%", "减少1.9%"));
    let (s, l) = ZH.num.change_text(6.0, 5.5, true);
    assert_eq!(
        (s.as_str(), l.as_str()),
        ("\u{2212}0.5个百分点", "下降0.5个百分点")
    );
    assert_eq!(EN.num.change_text(6.0, 5.5, true).0, "\u{2212}0.5 pp");
}

#[test]
fn every_phrase_has_room_for_its_values_in_both_languages() {
    for loc in [&ZH, &EN] {
        let phrases = [
            (&loc.derived_quote, 1),
            (&loc.hidden_note, 1),
            (&loc.overview_title, 2),
            (&loc.overview_subtitle, 1),
            (&loc.target_key, 1),
            (&loc.change_key, 2),
            (&loc.estimate_note, 1),
            (&loc.overview_hidden, 1),
            (&loc.growth_title, 1),
            (&loc.growth_subtitle, 1),
            (&loc.category_title, 2),
            (&loc.pairs.lead, 1),
            (&loc.points.lead, 1),
            (&loc.growth_desc.lead, 1),
            (&loc.category_desc.lead, 2),
        ];
        for (phrase, values) in phrases {
            assert_eq!(phrase.0.len(), values + 1, "{phrase:?}");
        }
    }
    assert_eq!(
        ZH.change_key.with(&[&2025, &2024]),
        "2025年目标较2024年的变化"
    );
    assert_eq!(
        EN.change_key.with(&[&2025, &2024]),
        "change of 2025 target on 2024"
    );
}

#[test]
fn only_the_locale_chooses_by_language() {
    let files = [
        ("format.rs", include_str!("../src/chart/format.rs")),
        ("tooltip.rs", include_str!("../src/chart/tooltip.rs")),
        ("views/bars.rs", include_str!("../src/chart/views/bars.rs")),
        (
            "views/category.rs",
            include_str!("../src/chart/views/category.rs"),
        ),
        ("views/data.rs", include_str!("../src/chart/views/data.rs")),
        (
            "views/describe.rs",
            include_str!("../src/chart/views/describe.rs"),
        ),
        (
            "views/detail.rs",
            include_str!("../src/chart/views/detail.rs"),
        ),
        (
            "views/frame.rs",
            include_str!("../src/chart/views/frame.rs"),
        ),
        (
            "views/growth.rs",
            include_str!("../src/chart/views/growth.rs"),
        ),
        (
            "views/overview.rs",
            include_str!("../src/chart/views/overview.rs"),
        ),
        (
            "views/panels.rs",
            include_str!("../src/chart/views/panels.rs"),
        ),
        ("views/rows.rs", include_str!("../src/chart/views/rows.rs")),
    ];
    for (file, code) in files {
        for word in ["Lang::", "lang: Lang", "is_zh"] {
            assert!(!code.contains(word), "{file} chooses by language ({word})");
        }
    }
}

#[test]
fn years_and_statuses() {
    assert!(std::ptr::eq(Locale::of(Lang::Zh), &ZH));
    assert_eq!(ZH.year_and_kind(2024, Status::Estimate), "2024年预计");
    assert_eq!(EN.year_and_kind(2024, Status::Estimate), "2024 estimate");
    assert_eq!(
        ZH.dated(2025, ZH.stated.target, "7900个"),
        "2025年目标7900个"
    );
    assert_eq!(EN.dated(2024, EN.stated.result, "6%"), "2024 6%");
    assert_eq!(EN.num.tick_label(-1.5e6, ""), "\u{2212}1.5 million");
    assert_eq!(ZH.num.tick_label(2.5e4, "个"), "2.5万");
}
