//! Property tests: any input string (empty, random, binary-looking, report fragments shuffled,
//! huge) yields a dataset or a typed error, never a panic, and every span it returns points
//! inside the input at a number-like text; the packed form reads back to the same dataset.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use gov_report_chart::dataset::extract_dataset;

use gov_report_chart::format::{packed, to_csv};

use gov_report_chart::model::Dataset;
use gov_report_chart::EMBEDDED_REPORT;
use proptest::prelude::*;

fn check_invariants(text: &str, ds: &Dataset) {
    let chars: Vec<char> = text
        .strip_prefix('\u{FEFF}')
        .unwrap_or(text)
        .chars()
        .collect();
    let mut ids = std::collections::HashSet::new();
    for i in &ds.indicators {
        assert!(
            i.span.start < i.span.end && i.span.end <= chars.len(),
            "span out of range: {:?}",
            i.span
        );
        assert!(i.quote_span.start <= i.span.start && i.span.end <= i.quote_span.end);
        assert!(i.value.is_finite());
        assert!(ids.insert(i.id.clone()), "duplicate id {}", i.id);
    }
    for p in &ds.pairs {
        assert!(ds.indicator(&p.from).is_some() && ds.indicator(&p.to).is_some());
    }
    let _ = to_csv(ds);
    // The packed hand-over to the chart's wasm loses nothing, whatever the text held.
    assert_eq!(&packed::unpack(&packed::pack(ds)).unwrap(), ds);
}

fn fragments() -> Vec<String> {
    EMBEDDED_REPORT
        .split(['。', ';', '\n'])
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_string_is_a_dataset_or_an_error(text in any::<String>()) {
        if let Ok(ds) = extract_dataset(&text) {
            check_invariants(&text, &ds);
        }
    }

    #[test]
    fn report_like_noise_never_panics(text in "[0-9０-９.．,，;；:：%％、。万亿元个年第连续四分之一强全覆盖实现预计增长下降“”()（）■—\n ]{0,200}") {
        if let Ok(ds) = extract_dataset(&text) {
            check_invariants(&text, &ds);
        }
    }

    /// The chart's wasm reads whatever packed text JavaScript hands it: damaged input is an
    /// error, never a panic, and what it accepts is a dataset the chart can use.
    #[test]
    fn damaged_packed_datasets_are_errors_not_panics(cut in 0usize..60_000, junk in "[\t\n\\a-z0-9\u{1F}-]{0,12}", line in 0usize..300) {
        let text = gov_report_chart::EMBEDDED_DATASET;
        let mut at = cut.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let spliced = format!("{}{}{}", &text[..at], junk, &text[at..]);
        let _ = packed::unpack(&spliced);
        let _ = packed::unpack(&text[..at]);
        let dropped: Vec<&str> = text.lines().enumerate().filter(|(i, _)| *i != line).map(|(_, l)| l).collect();
        if let Ok(ds) = packed::unpack(&dropped.join("\n")) {
            prop_assert!(ds.indicators.iter().all(|i| i.value.is_finite()));
        }
    }

    /// Corrections on real ids (and some unknown ones), in any order: applied, or refused with a
    /// message; what is applied leaves a dataset whose pairs and derived values hold together.
    #[test]
    fn any_corrections_are_applied_or_refused(ops in proptest::collection::vec((0u8..4, 0usize..60, 0usize..60, -1000.0f64..1000.0), 0..6)) {
        let ds = packed::unpack(gov_report_chart::EMBEDDED_HEADLINE).unwrap();
        let id = |k: usize| ds.indicators.get(k).map_or_else(|| format!("unknown-{k}"), |i| i.id.clone());
        let spec: Vec<String> = ops
            .iter()
            .map(|&(op, a, b, v)| match op {
                0 => format!("set {} {}", id(a), (v * 10.0).round() / 10.0),
                1 => format!("drop {}", id(a)),
                2 => format!("pair {} {}", id(a), id(b)),
                _ => format!("rename {}", id(a)),
            })
            .collect();
        match gov_report_chart::dataset::corrections::corrected(&ds, &spec.join("; ")) {
            Ok(out) => {
                prop_assert!(out.indicators.len() <= ds.indicators.len());
                for p in &out.pairs {
                    prop_assert!(out.indicator(&p.from).is_some() && out.indicator(&p.to).is_some());
                }
                for d in &out.derived {
                    prop_assert!(d.value.is_finite());
                    prop_assert!(d.from.iter().all(|f| out.indicator(f).is_some()));
                }
                prop_assert_eq!(packed::unpack(&packed::pack(&out)).unwrap(), out);
            }
            Err(e) => prop_assert!(e.index >= 1 && e.index <= spec.len() && !e.message.is_empty()),
        }
    }

    #[test]
    fn shuffled_report_sentences_keep_their_invariants(picks in proptest::collection::vec(0usize..10_000, 1..40), sep in prop::sample::select(vec!["。", "\n", ";", ",", ""])) {
        let f = fragments();
        let text: String = picks.iter().map(|&k| f[k % f.len()].as_str()).collect::<Vec<_>>().join(sep);
        if let Ok(ds) = extract_dataset(&text) {
            check_invariants(&text, &ds);
        }
    }
}

#[test]
fn empty_and_blank_text_are_typed_errors() {
    assert_eq!(
        extract_dataset("").unwrap_err().to_string(),
        "the report text is empty"
    );
    assert_eq!(
        extract_dataset(" \n\t\u{3000}").unwrap_err().to_string(),
        "the report text is empty"
    );
    assert_eq!(
        extract_dataset("\u{FEFF}").unwrap_err().to_string(),
        "the report text is empty"
    );
}

#[test]
fn binary_looking_text_is_handled() {
    let text: String = (0u32..2000)
        .filter_map(|c| char::from_u32(c * 37 % 0x2FFF))
        .collect();
    match extract_dataset(&text) {
        Ok(ds) => check_invariants(&text, &ds),
        Err(e) => assert!(e.to_string().starts_with("no figures found")),
    }
}

#[test]
fn ten_megabytes_of_report_parse() {
    let mut text = String::new();
    while text.len() < 10 * 1024 * 1024 {
        text.push_str(EMBEDDED_REPORT);
    }
    let ds = extract_dataset(&text).unwrap();
    check_invariants(&text, &ds);
    assert!(ds.indicators.len() > 200 * 200);
}

#[test]
fn over_the_limit_is_a_clear_error() {
    let text = "增长6%。".repeat(2_000_000);
    assert_eq!(
        extract_dataset(&text).unwrap_err().to_string(),
        "the report text is 21.0 MB; the limit is 20 MB (is this really a work report?)"
    );
}

#[test]
fn a_text_without_numerals_is_refused_with_its_length() {
    // No digit and no Chinese numeral: refused before the text's structure is parsed.
    let text = "没有数字".repeat(250_000);
    let err = extract_dataset(&text).unwrap_err().to_string();
    assert!(
        err.starts_with("no figures found in 1000000 characters of text"),
        "{err}"
    );
    // Numerals but no figure (a date-free ordinal, a year with nothing measured): the whole
    // parse runs and finds nothing, and says so the same way.
    let text = "第一，坚持稳中求进。第二，坚持改革开放。";
    let err = extract_dataset(text).unwrap_err().to_string();
    assert!(
        err.starts_with(&format!(
            "no figures found in {} characters",
            text.chars().count()
        )),
        "{err}"
    );
    // One full-width digit is enough to read it.
    assert!(extract_dataset("全年地区生产总值增长６%。").is_ok());
}
