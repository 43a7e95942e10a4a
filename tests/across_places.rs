//! Several reports as one dataset, checked against the team's multi-year fixtures
//! (tests/fixtures/places: three invented districts, 2022-2025, with a missing year, a
//! plan-execution report and a news story): every expected figure linked into one series per
//! measure and place, with its year and role; every attainment row's target, result and
//! verdict; the cross-place table.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use gov_report_chart::across::{apply_link_edits, Collection, Input, LinkBasis, Verdict};
use gov_report_chart::model::Status;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The fixtures; `PLACES_DIR=/path cargo test --test across_places` checks another set in the
/// same form (one folder per place with its tables, `expected-places.tsv` beside them).
fn dir() -> String {
    std::env::var("PLACES_DIR").unwrap_or_else(|_| String::from("tests/fixtures/places"))
}

/// The place folders of the set.
fn places() -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    out.sort();
    out
}

fn tsv(path: &Path) -> Vec<BTreeMap<String, String>> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    lines
        .filter(|l| !l.is_empty())
        .map(|l| {
            header
                .iter()
                .zip(l.split('\t').chain(std::iter::repeat("")))
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

struct Set {
    c: Collection,
    /// (place, file) -> (source index, text)
    files: BTreeMap<(String, String), (usize, String)>,
}

/// All twelve texts in one collection, in a scrambled order (newest place first, files in
/// reverse): the order given must not matter.
fn load() -> Set {
    let mut inputs = Vec::new();
    let mut files = BTreeMap::new();
    for place in places().iter().rev() {
        let mut names: Vec<String> = std::fs::read_dir(Path::new(&dir()).join(place))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n.ends_with(".txt"))
            .collect();
        names.sort();
        names.reverse();
        for name in names {
            let text = std::fs::read_to_string(Path::new(&dir()).join(place).join(&name)).unwrap();
            files.insert(
                (place.to_string(), name.clone()),
                (inputs.len(), text.clone()),
            );
            inputs.push(Input {
                name: format!("{place}/{name}"),
                text,
                ..Input::default()
            });
        }
    }
    Set {
        c: Collection::read(inputs),
        files,
    }
}

impl Set {
    /// The id of the figure `figure` inside `anchor` of `file`.
    fn find(&self, place: &str, file: &str, anchor: &str, figure: &str) -> Result<String, String> {
        let (source, text) = &self.files[&(place.to_string(), file.to_string())];
        let at = text
            .find(anchor)
            .ok_or_else(|| format!("anchor not in {file}: {anchor}"))?;
        // Full-width digits in the text (８．６％) against the table's ASCII value (8.6%): found
        // on the folded anchor, whose chars correspond one to one.
        let fold = |s: &str| -> Vec<char> {
            s.chars()
                .map(|c| match c {
                    '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
                    c => c,
                })
                .collect()
        };
        let (a, f) = (fold(anchor), fold(figure.trim_start_matches('-')));
        let fig = (0..a.len())
            .find(|&k| a[k..].starts_with(&f))
            .ok_or_else(|| format!("figure {figure} not in anchor {anchor}"))?;
        let pos = text[..at].chars().count() + fig;
        let reports = &self.c.sources[*source].reports;
        self.c
            .indicators
            .iter()
            .find(|i| reports.contains(&i.report) && i.span.start <= pos && pos < i.span.end)
            .map(|i| i.id.clone())
            .ok_or_else(|| format!("no figure read at {figure} in {file}: {anchor}"))
    }
}

#[test]
fn every_fixture_figure_is_linked_with_its_year_and_role() {
    let set = load();
    assert!(set.c.sources.iter().all(|s| s.error.is_none()));
    let mut problems = Vec::new();
    let mut rows = 0;
    for place in places() {
        let place = place.as_str();
        let mut series: BTreeMap<String, BTreeMap<String, Vec<String>>> = BTreeMap::new();
        for row in tsv(&Path::new(&dir()).join(place).join("expected-links.tsv")) {
            rows += 1;
            let id = match set.find(place, &row["file"], &row["anchor"], &row["figure"]) {
                Ok(id) => id,
                Err(e) => {
                    problems.push(format!("{place}: {e}"));
                    continue;
                }
            };
            let ind = set.c.indicator(&id).unwrap();
            let role = match ind.status {
                Status::Result => "result",
                Status::Estimate => "estimate",
                Status::Target => "target",
                Status::Derived => "derived",
            };
            let year = ind.year.map(|y| y.to_string()).unwrap_or_default();
            if (year.as_str(), role) != (row["year"].as_str(), row["role"].as_str()) {
                problems.push(format!(
                    "{place} {} {}: {year} {role}, expected {} {} ({})",
                    row["file"], row["anchor"], row["year"], row["role"], ind.subject
                ));
            }
            let link = set.c.link_of(&id).unwrap();
            series
                .entry(row["measure"].clone())
                .or_default()
                .entry(link.series.clone())
                .or_default()
                .push(format!(
                    "{} {} ({})",
                    row["file"], row["anchor"], ind.subject
                ));
        }
        let mut seen = BTreeSet::new();
        for (measure, by_series) in &series {
            // The series most rows fall in is the measure's; the others are misses.
            let main = by_series.iter().max_by_key(|(_, v)| v.len()).unwrap().0;
            if !seen.insert(main.clone()) {
                problems.push(format!(
                    "{place}: {measure} shares series {main} with another measure"
                ));
            }
            for (s, members) in by_series {
                if s != main {
                    for m in members {
                        problems.push(format!("{place} {measure}: in {s}, not {main}: {m}"));
                    }
                }
            }
        }
    }
    println!("links: {} of {rows} rows right", rows - problems.len());
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_target_is_judged_against_its_year_s_latest_result() {
    let set = load();
    let mut problems = Vec::new();
    let mut rows = 0;
    for place in places() {
        let place = place.as_str();
        for row in tsv(&Path::new(&dir())
            .join(place)
            .join("expected-attainment.tsv"))
        {
            rows += 1;
            let what = format!("{place} {} {}", row["measure"], row["year"]);
            let target = match set.find(
                place,
                &row["target_file"],
                &row["target_anchor"],
                &row["target_value"],
            ) {
                Ok(id) => id,
                Err(e) => {
                    problems.push(format!("{what}: {e}"));
                    continue;
                }
            };
            let Some(got) = set.c.attainment.iter().find(|a| a.target == target) else {
                problems.push(format!("{what}: no attainment row for the target {target}"));
                continue;
            };
            if got.year.to_string() != row["year"] {
                problems.push(format!("{what}: year {}", got.year));
            }
            let result = if row["result_file"].is_empty() {
                None
            } else {
                match set.find(
                    place,
                    &row["result_file"],
                    &row["result_anchor"],
                    &row["result_value"],
                ) {
                    Ok(id) => Some(id),
                    Err(e) => {
                        problems.push(format!("{what}: {e}"));
                        continue;
                    }
                }
            };
            if got.result != result {
                problems.push(format!(
                    "{what}: result {:?}, expected {result:?}",
                    got.result
                ));
            }
            if got.verdict.name() != row["verdict"] {
                problems.push(format!(
                    "{what}: {} against {} is {}, expected {} ({})",
                    got.result_display.clone().unwrap_or_default(),
                    got.target_display,
                    got.verdict.name(),
                    row["verdict"],
                    got.reason
                ));
            }
        }
    }
    println!("attainment: {} of {rows} rows right", rows - problems.len());
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn places_side_by_side_take_each_place_s_leading_figure() {
    let set = load();
    let mut problems = Vec::new();
    for row in tsv(&Path::new(&dir()).join("expected-places.tsv")) {
        let place = &row["place"];
        let id = set
            .find(place, &row["file"], &row["anchor"], &row["value"])
            .unwrap();
        let key = set.c.link_of(&id).unwrap().measure_key.clone();
        let year: i32 = row["year"].parse().unwrap();
        let got = set.c.places(&key, year, row["role"] == "target");
        if !got.iter().any(|r| r.indicator == id) {
            problems.push(format!(
                "{place} {} {year} {}: {id} not among {got:?}",
                row["measure"], row["role"]
            ));
        }
        if got.len() != places().len() {
            problems.push(format!(
                "{} {year} {}: {} places",
                row["measure"],
                row["role"],
                got.len()
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_restated_figure_is_led_by_the_later_text_and_the_earlier_stays() {
    let set = load();
    let gdp = "青川区/gdp-growth";
    let points = set.c.timeline(gdp);
    let y2024: Vec<_> = points
        .iter()
        .filter(|p| p.year == 2024 && p.status != Status::Target)
        .collect();
    assert_eq!(y2024.len(), 1, "{points:?}");
    let lead = set.c.indicator(&y2024[0].lead).unwrap();
    assert_eq!((lead.value, lead.status), (6.1, Status::Result));
    let earlier: Vec<_> = y2024[0]
        .restated
        .iter()
        .map(|id| set.c.indicator(id).unwrap())
        .collect();
    assert!(
        earlier
            .iter()
            .any(|i| i.value == 6.0 && i.status == Status::Estimate),
        "{earlier:?}"
    );
    // Every year from 2021 to 2025 has a point, targets for 2022-2025.
    let years: BTreeSet<i32> = points.iter().map(|p| p.year).collect();
    assert_eq!(years, (2021..=2025).collect());
}

#[test]
fn links_say_why_and_editors_can_link_and_unlink() {
    let mut set = load();
    assert!(set.c.links.iter().any(|l| l.basis == LinkBasis::Catalog));
    assert!(set
        .c
        .links
        .iter()
        .any(|l| l.basis == LinkBasis::SameSubject));
    let row = set
        .c
        .attainment
        .iter()
        .find(|a| a.series == "青川区/gdp-growth" && a.year == 2024)
        .unwrap()
        .clone();
    assert_eq!(row.verdict, Verdict::Exceeded);
    // Unlinking the news story's final figures (lead and headline) leaves the report's estimate
    // as the year's result: 6% against 6%以上 is met.
    let finals: Vec<String> = std::iter::once(row.result.clone().unwrap())
        .chain(row.restated.iter().cloned())
        .filter(|id| set.c.indicator(id).unwrap().value == 6.1)
        .collect();
    assert_eq!(finals.len(), 2, "{row:?}");
    let spec: String = finals.iter().map(|id| format!("unlink {id}; ")).collect();
    apply_link_edits(&mut set.c, &spec).unwrap();
    let after = set
        .c
        .attainment
        .iter()
        .find(|a| a.target == row.target)
        .unwrap();
    assert_eq!(after.verdict, Verdict::Met);
    assert_eq!(after.result_display.as_deref(), Some("6%"));
    let link = set.c.link_of(&finals[0]).unwrap();
    assert_eq!(link.basis, LinkBasis::Editor);
    assert!(link.edited_from.as_deref().unwrap().contains("gdp-growth"));
    // Linking one back restores the verdict; the audit trail lists every edit.
    apply_link_edits(&mut set.c, &format!("link {} {}", finals[0], row.target)).unwrap();
    let back = set
        .c
        .attainment
        .iter()
        .find(|a| a.target == row.target)
        .unwrap();
    assert_eq!(back.verdict, Verdict::Exceeded);
    assert_eq!(set.c.edits.len(), 3);
    // A bad edit is named and changes nothing.
    let err = apply_link_edits(&mut set.c, "link nothing-here gdp").unwrap_err();
    assert_eq!(
        err.to_string(),
        "link edit 1 (\"link nothing-here gdp\"): no figure has the id \"nothing-here\""
    );
    assert_eq!(set.c.edits.len(), 3);
}

#[test]
fn a_text_that_cannot_be_read_is_reported_and_the_rest_go_on() {
    let c = Collection::read(vec![
        Input {
            name: String::from("empty.txt"),
            text: String::new(),
            ..Input::default()
        },
        Input {
            name: String::from("a.txt"),
            text: String::from(
                "柏林区政府工作报告\n2025年1月9日\n\n过去一年，地区生产总值增长5.6%。\n",
            ),
            ..Input::default()
        },
        Input {
            name: String::from("again.txt"),
            text: String::from(
                "柏林区政府工作报告\n2025年1月9日\n\n过去一年，地区生产总值增长5.6%。\n",
            ),
            ..Input::default()
        },
    ]);
    assert_eq!(
        c.sources[0].error.as_deref(),
        Some("empty-text: the report text is empty")
    );
    assert!(c.sources[1].error.is_none());
    assert!(c.sources[2]
        .error
        .as_deref()
        .unwrap()
        .starts_with("duplicate"));
    assert_eq!(c.indicators.len(), 1);
    assert!(c.indicators[0].id.contains('/'));
}
