//! The TypeScript declarations (www/gov-report-chart.d.ts) describe the objects the page gets:
//! every field the dataset, tooltips and marks serialize to is declared, under the same name,
//! optional exactly when it can be absent, and every declared field is produced; the string
//! unions list exactly the values serde writes.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};

use gov_report_chart::chart::{layout, ChartSpec, View};
use gov_report_chart::dataset::{corrections, extract_dataset};
use gov_report_chart::model::{Category, MarkBox, Measure, Status, YearBasis};
use serde_json::Value;

const DTS: &str = include_str!("../www/gov-report-chart.d.ts");

/// `interface name -> field -> optional`, read from the declarations.
fn interfaces() -> BTreeMap<String, BTreeMap<String, bool>> {
    let mut out = BTreeMap::new();
    let mut current: Option<(String, BTreeMap<String, bool>)> = None;
    for line in DTS.lines() {
        let t = line.trim();
        if let Some(rest) = t.strip_prefix("export interface ") {
            let name = rest.split([' ', '{']).next().unwrap().to_string();
            current = Some((name, BTreeMap::new()));
        } else if t == "}" {
            if let Some((name, fields)) = current.take() {
                out.insert(name, fields);
            }
        } else if let Some((_, fields)) = current.as_mut() {
            if t.starts_with("/*") || t.starts_with('*') || t.starts_with("//") {
                continue;
            }
            if let Some((key, _)) = t.split_once(':') {
                if key.chars().all(|c| c.is_ascii_alphanumeric() || c == '?') && !key.is_empty() {
                    let optional = key.ends_with('?');
                    fields.insert(key.trim_end_matches('?').to_string(), optional);
                }
            }
        }
    }
    out
}

/// The quoted members of `export type name = 'a' | 'b' ...;`.
fn union(name: &str) -> BTreeSet<String> {
    let start = DTS
        .find(&format!("export type {name} ="))
        .unwrap_or_else(|| panic!("no type {name} in the d.ts"));
    let body = &DTS[start..start + DTS[start..].find(';').unwrap()];
    body.split('\'')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// Checks every object against interface `name`: no undeclared key, every required key present;
/// returns the keys seen.
fn check(name: &str, objects: &[&Value], seen: &mut BTreeMap<String, BTreeSet<String>>) {
    let all = interfaces();
    let declared = all
        .get(name)
        .unwrap_or_else(|| panic!("no interface {name}"));
    for o in objects {
        let map = o
            .as_object()
            .unwrap_or_else(|| panic!("{name}: not an object"));
        for key in map.keys() {
            assert!(
                declared.contains_key(key),
                "{name}.{key} is serialized but not declared"
            );
        }
        for (key, optional) in declared {
            assert!(
                *optional || map.contains_key(key),
                "{name}.{key} is declared required but missing from {o}"
            );
        }
        seen.entry(name.to_string())
            .or_default()
            .extend(map.keys().cloned());
    }
}

fn json<T: serde::Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap()
}

#[test]
fn declarations_match_what_is_serialized() {
    // The Haidian report, corrected once (correctedFrom), and a text with a range and a period
    // (valueHigh, period) and a figure with no year.
    let haidian = std::fs::read_to_string("data/haidian-2025-work-report.txt").unwrap();
    let ds = extract_dataset(&haidian).unwrap();
    let ds = corrections::corrected(&ds, "set gdp-growth-2025 5.3").unwrap();
    let other = extract_dataset(
        "石港市2025年政府工作报告\n\n一、2024年工作回顾\n\n上半年地区生产总值增长5.1%。全年新增就业2.1万人。\n\n二、2025年主要预期目标\n\n地区生产总值增长5%-5.5%。\n\n新闻：全市新建公园12个。",
    )
    .unwrap();
    let mut seen = BTreeMap::new();
    for d in [json(&ds), json(&other)] {
        check("Dataset", &[&d], &mut seen);
        let list = |k: &str| d[k].as_array().unwrap().iter().collect::<Vec<_>>();
        check("ReportInfo", &list("reports"), &mut seen);
        check("Indicator", &list("indicators"), &mut seen);
        check("YearPair", &list("pairs"), &mut seen);
        check("DerivedValue", &list("derived"), &mut seen);
        let spans: Vec<&Value> = list("indicators")
            .iter()
            .flat_map(|i| [&i["span"], &i["quoteSpan"]])
            .collect();
        check("SourceSpan", &spans, &mut seen);
    }
    // Tooltips and marks of a drawn chart.
    let mut spec = ChartSpec::new(View::Detail);
    spec.indicator = Some("gdp-growth".into());
    let l = layout(&ds, &spec).unwrap();
    let tips: Vec<Value> = (0..l.mark_count())
        .map(|i| json(l.tooltip(i).unwrap()))
        .collect();
    check("MarkTooltip", &tips.iter().collect::<Vec<_>>(), &mut seen);
    let marks: Vec<Value> = (0..l.mark_count())
        .map(|i| {
            let r = l.mark_bounds(i).unwrap();
            json(&MarkBox {
                index: i,
                x: r.x,
                y: r.y,
                width: r.w,
                height: r.h,
                indicator_id: l.tooltip(i).unwrap().indicator_id.clone(),
            })
        })
        .collect();
    check("ChartMark", &marks.iter().collect::<Vec<_>>(), &mut seen);
    // Several texts: the attainment table, restatements, and a target's tooltip with its result.
    let read =
        |f: &str| std::fs::read_to_string(format!("tests/fixtures/places/qingchuan/{f}")).unwrap();
    let inputs = [
        "2024-work-report.txt",
        "2025-work-report.txt",
        "2025-news.txt",
    ]
    .map(|f| gov_report_chart::across::Input {
        name: f.into(),
        text: read(f),
        ..Default::default()
    });
    let many = gov_report_chart::across::Collection::read(inputs.to_vec()).to_dataset();
    let d = json(&many);
    check("Dataset", &[&d], &mut seen);
    let list = |k: &str| d[k].as_array().unwrap().iter().collect::<Vec<_>>();
    check("Attained", &list("attainment"), &mut seen);
    check("Restated", &list("restated"), &mut seen);
    let l = layout(&many, &ChartSpec::new(View::Attainment)).unwrap();
    let tips: Vec<Value> = (0..l.mark_count())
        .map(|i| json(l.tooltip(i).unwrap()))
        .collect();
    check("MarkTooltip", &tips.iter().collect::<Vec<_>>(), &mut seen);
    let compared: Vec<&Value> = tips
        .iter()
        .map(|t| &t["compared"])
        .filter(|c| !c.is_null())
        .collect();
    check("ComparedFigure", &compared, &mut seen);
    // Every declared field was produced at least once (none is stale).
    for (name, fields) in interfaces() {
        let Some(keys) = seen.get(&name) else {
            continue; // an interface of the element's own (events, options)
        };
        for field in fields.keys() {
            assert!(
                keys.contains(field),
                "{name}.{field} is declared but never serialized"
            );
        }
    }
    for name in [
        "Dataset",
        "ReportInfo",
        "Indicator",
        "YearPair",
        "DerivedValue",
        "SourceSpan",
        "MarkTooltip",
        "ChartMark",
        "Attained",
        "Restated",
        "ComparedFigure",
    ] {
        assert!(seen.contains_key(name), "{name} was checked");
    }
}

#[test]
fn attainment_unions_list_the_serialized_values() {
    use gov_report_chart::model::{Rule, Verdict};
    let names = |values: Vec<Value>| -> BTreeSet<String> {
        values
            .into_iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        union("AttainmentRule"),
        names(
            [Rule::Floor, Rule::Ceiling, Rule::Band, Rule::Exact]
                .iter()
                .map(json)
                .collect()
        )
    );
    assert_eq!(
        union("Verdict"),
        names(
            [
                Verdict::Exceeded,
                Verdict::Met,
                Verdict::Missed,
                Verdict::NotReported
            ]
            .iter()
            .map(json)
            .collect()
        )
    );
    let views: BTreeSet<String> = View::ALL.iter().map(|v| v.as_str().to_string()).collect();
    assert_eq!(union("ChartView"), views);
}

#[test]
fn string_unions_list_the_serialized_values() {
    let names = |values: Vec<Value>| -> BTreeSet<String> {
        values
            .into_iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        union("Category"),
        names(Category::ALL.iter().map(json).collect())
    );
    assert_eq!(
        union("Status"),
        names(
            [
                Status::Result,
                Status::Estimate,
                Status::Target,
                Status::Derived
            ]
            .iter()
            .map(json)
            .collect()
        )
    );
    assert_eq!(
        union("YearBasis"),
        names(
            [
                YearBasis::Stated,
                YearBasis::Relative,
                YearBasis::Section,
                YearBasis::Part,
                YearBasis::Unknown
            ]
            .iter()
            .map(json)
            .collect()
        )
    );
    assert_eq!(
        union("Measure"),
        names(
            [
                Measure::Level,
                Measure::Growth,
                Measure::Share,
                Measure::Rate,
                Measure::Cumulative,
                Measure::Years,
                Measure::Rank
            ]
            .iter()
            .map(json)
            .collect()
        )
    );
}

#[test]
fn every_error_code_is_declared() {
    // The codes thrown by the Rust side and by the element's JS, found in their sources.
    let declared = union("ErrorCode");
    let mut found = BTreeSet::new();
    let mut scan = |text: &str, open: &str, close: char| {
        for part in text.split(open).skip(1) {
            // The code may stand on the next line (rustfmt), after its opening quote.
            let part = part.trim_start().trim_start_matches(close);
            if let Some(end) = part.find(close) {
                let code = &part[..end];
                if !code.is_empty() && code.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                    found.insert(code.to_string());
                }
            }
        }
    };
    for path in [
        "src/web/widget.rs",
        "src/web/error.rs",
        "src/web/mod.rs",
        "src/web/extractor.rs",
        "src/chart/error.rs",
        "src/dataset/from_text.rs",
    ] {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        scan(&text, "WebError::new(", '"');
        scan(&text, "=> \"", '"');
    }
    for path in [
        "www/gov-report-chart.js",
        "www/element/input.js",
        "www/element/sizing.js",
        "www/element/interaction.js",
    ] {
        let text = std::fs::read_to_string(path).unwrap();
        scan(&text, "code: '", '\'');
        scan(&text, "code = '", '\'');
        scan(&text, "coded('", '\'');
    }
    assert!(found.len() > 20, "the scan finds the codes: {found:?}");
    found.remove("unknown-fault"); // __faultForTests only, not part of the API
    let missing: Vec<_> = found.difference(&declared).collect();
    assert!(missing.is_empty(), "codes not in ErrorCode: {missing:?}");
}
