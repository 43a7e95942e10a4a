//! The `gov-report` command line: JSON and CSV output, standard input, GB18030 input, and the
//! one-line errors with exit status 2.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Write;
use std::process::{Command, Output, Stdio};

const REPORT: &str = "data/haidian-2025-work-report.txt";

fn gov_report(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gov-report"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(bytes) = stdin {
        child.stdin.take().unwrap().write_all(bytes).unwrap();
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("gov-report-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn extract_json_has_the_documented_shape() {
    let out = gov_report(&["extract", REPORT, "--format", "json"], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let report = &json["reports"][0];
    let sha = report["sha256"].as_str().unwrap();
    assert_eq!(sha.len(), 64);
    assert_eq!(report["title"], "政府工作报告(摘登)");
    assert_eq!(report["referenceYear"], 2025);
    assert_eq!(report["referenceNote"], "dateline: 2025年01月08日");
    assert_eq!(report["genre"], "workReport");
    let first_school = json["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "school-places-added-2024")
        .unwrap();
    for key in [
        "id",
        "series",
        "subject",
        "subjectEn",
        "value",
        "unit",
        "display",
        "year",
        "yearBasis",
        "yearNote",
        "measure",
        "status",
        "qualifiers",
        "section",
        "part",
        "category",
        "span",
        "quote",
    ] {
        assert!(first_school.get(key).is_some(), "missing {key}");
    }
    assert_eq!(first_school["value"], 8054.0);
    assert_eq!(first_school["year"], 2024);
    assert_eq!(first_school["yearBasis"], "section");
    assert_eq!(first_school["yearNote"], "工作回顾");
    assert_eq!(first_school["report"], 0);
    assert_eq!(first_school["part"], "review");
    assert_eq!(first_school["measure"], "level");
    assert_eq!(first_school["status"], "result");
    assert_eq!(first_school["category"], "education");
    assert!(first_school["span"]["start"].is_u64() && first_school["span"]["end"].is_u64());
    let pair = &json["pairs"][0];
    for key in ["id", "from", "to", "comparable", "note"] {
        assert!(pair.get(key).is_some(), "pair missing {key}");
    }
    let derived = &json["derived"][0];
    for key in ["id", "series", "year", "value", "unit", "from", "formula"] {
        assert!(derived.get(key).is_some(), "derived missing {key}");
    }
    // The pinned version is the SHA-256 of the text itself.
    let text = std::fs::read_to_string(format!("{}/{REPORT}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    assert_eq!(sha, gov_report_chart::dataset::sha256_hex(&text));
}

#[test]
fn extract_csv_has_a_bom_and_one_row_per_indicator() {
    let out = gov_report(&["extract", REPORT, "--format", "csv"], None);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.starts_with('\u{FEFF}'), "no BOM");
    let lines: Vec<&str> = text.trim_end().split("\r\n").collect();
    assert!(lines[0].starts_with(
        "\u{FEFF}id,series,report,reference_year,year,period,part,section,category,subject,subject_en,value,value_high,unit,display"
    ));
    assert!(
        lines[0].ends_with(",quote,pair,corrected_from"),
        "{}",
        lines[0]
    );
    let n = gov_report_chart::dataset::extract_dataset(gov_report_chart::EMBEDDED_REPORT)
        .unwrap()
        .indicators
        .len();
    assert_eq!(lines.len(), n + 1);
    let school = lines
        .iter()
        .find(|l| l.starts_with("school-places-added-2024,"))
        .unwrap();
    assert!(
        school.contains(",8054,,个,8054个,level,result,,section,工作回顾,"),
        "{school}"
    );
    // Quotes contain commas, so they are quoted; no editor corrected the value.
    assert!(
        school
            .ends_with("\"增加优质学位供给,扩增中小学学位8054个\",school-places-added-2024-2025,"),
        "{school}"
    );
}

#[test]
fn reads_standard_input() {
    let out = gov_report(
        &["extract", "-"],
        Some("2024\n工作回顾\n新增停车位7418个。\n".as_bytes()),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("\"display\": \"7418个\""));
}

#[test]
fn reads_gb18030_files_detected_or_declared() {
    let text = "2024\n工作回顾\n扩增中小学学位8054个。\n";
    let (gbk, _, _) = encoding_rs::GB18030.encode(text);
    let path = temp_file("gbk.txt", &gbk);
    let path = path.to_str().unwrap();
    for args in [
        vec!["extract", path],
        vec!["extract", path, "--encoding", "gb18030"],
    ] {
        let out = gov_report(&args, None);
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(stdout(&out).contains("\"subject\": \"扩增中小学学位\""));
    }
    let out = gov_report(&["extract", path, "--encoding", "utf-8"], None);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!("gov-report: {path}: not valid UTF-8 at byte 5 (use --encoding gb18030 for GBK files)\n")
    );
}

#[test]
fn utf8_with_bom_is_read() {
    let path = temp_file(
        "bom.txt",
        "\u{FEFF}2024\n工作回顾\n新增停车位7418个。\n".as_bytes(),
    );
    let out = gov_report(&["extract", path.to_str().unwrap()], None);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn errors_are_one_line_naming_the_file_with_exit_2() {
    let cases: Vec<(Vec<&str>, String)> = vec![
        (vec!["extract", "no/such/file.txt"], String::from("gov-report: no/such/file.txt: cannot read: no such file\n")),
        (vec!["extract", "src/bin"], String::from("gov-report: src/bin: the folder holds no .txt file\n")),
        (vec!["extract", REPORT, "--format", "xml"], String::from("gov-report: unknown format \"xml\": expected json, csv or packed\n")),
        (vec!["extract"], String::from("gov-report: extract needs a FILE (or - for standard input)\n")),
        (vec!["frobnicate"], String::from("gov-report: unknown command \"frobnicate\": expected extract, attainment or render (see --help)\n")),
        (vec!["render", "--view", "pie", REPORT], String::from("gov-report: unknown view \"pie\": expected overview, detail, growth, category, attainment, timeline or places\n")),
    ];
    for (args, message) in cases {
        let out = gov_report(&args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(stderr(&out), message, "{args:?}");
        assert!(stdout(&out).is_empty());
    }
    // Undecodable bytes: neither UTF-8 nor GB18030.
    let path = temp_file("binary.bin", &[0x81, 0x20, 0xff, 0xfe, 0x00]);
    let out = gov_report(&["extract", path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!(
            "gov-report: {}: undecodable bytes: neither UTF-8 nor GB18030/GBK\n",
            path.display()
        )
    );
    // A text without figures.
    let out = gov_report(&["extract", "-"], Some("没有数字的文本。".as_bytes()));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with("gov-report: -: no figures found in 8 characters of text"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn render_writes_an_svg_with_the_numbers() {
    let out = gov_report(
        &[
            "render",
            "--view",
            "detail",
            "--indicator",
            "school-places-added",
            "--width",
            "480",
            REPORT,
        ],
        None,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let svg = stdout(&out);
    assert!(svg.starts_with("<svg"));
    assert!(
        svg.contains("8054") && svg.contains("7900"),
        "values missing from the SVG"
    );
}

#[test]
fn a_gbk_report_file_gives_the_same_dataset_as_its_utf8_original() {
    let utf8 = gov_report(
        &["extract", "tests/fixtures/other-city-2025-work-report.txt"],
        None,
    );
    let gbk = gov_report(
        &[
            "extract",
            "tests/fixtures/other-city-2025-work-report.gbk.txt",
        ],
        None,
    );
    assert!(gbk.status.success(), "{}", stderr(&gbk));
    assert_eq!(stdout(&utf8), stdout(&gbk));
    let raw = std::fs::read(format!(
        "{}/tests/fixtures/other-city-2025-work-report.gbk.txt",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    assert!(
        std::str::from_utf8(&raw).is_err(),
        "the fixture must really be GBK"
    );
}

#[test]
fn extract_year_sets_the_reference_year_of_a_text_that_has_none() {
    let path = temp_file("no-year.txt", "全年地区生产总值增长6%。\n".as_bytes());
    let file = path.to_str().unwrap();
    let json = |extra: &[&str]| -> serde_json::Value {
        let mut args = vec!["extract", file, "--format", "json"];
        args.extend_from_slice(extra);
        let out = gov_report(&args, None);
        assert!(out.status.success(), "{}", stderr(&out));
        serde_json::from_str(&stdout(&out)).unwrap()
    };
    let unknown = json(&[]);
    assert_eq!(
        unknown["reports"][0]["referenceYear"],
        serde_json::Value::Null
    );
    let gdp = &unknown["indicators"][0];
    assert_eq!(gdp["year"], serde_json::Value::Null);
    assert_eq!(gdp["yearBasis"], "unknown");
    assert!(gdp["yearNote"]
        .as_str()
        .unwrap()
        .contains("date is unknown"));
    let dated = json(&["--year", "2025"]);
    assert_eq!(dated["reports"][0]["referenceYear"], 2025);
    assert_eq!(dated["reports"][0]["referenceNote"], "set by the caller");
    assert_eq!(dated["indicators"][0]["year"], 2024);
    let bad = gov_report(&["extract", file, "--year", "25"], None);
    assert_eq!(bad.status.code(), Some(2));
    assert_eq!(
        stderr(&bad).trim(),
        "gov-report: --year: the reference year must be a year such as 2025 (1949 to 2100), got \"25\""
    );
}

#[test]
fn extract_of_a_folder_makes_one_dataset_across_reports() {
    let o = gov_report(
        &[
            "extract",
            "tests/fixtures/places",
            "--format",
            "json",
            "--jobs",
            "2",
        ],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["sources"].as_array().unwrap().len(), 12);
    let places: std::collections::BTreeSet<&str> = v["reports"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["place"].as_str())
        .collect();
    assert_eq!(
        places.into_iter().collect::<Vec<_>>(),
        ["柳湾区", "石港区", "青川区"]
    );
    // Ids are unique across the reports.
    let ids: Vec<&str> = v["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    let unique: std::collections::BTreeSet<&&str> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len());
    let link = v["links"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["series"] == "青川区/gdp-growth")
        .unwrap();
    assert_eq!(link["basis"], "catalog");
    // The CSV has a source and a place column on every row, and the series it is linked to.
    let o = gov_report(
        &[
            "extract",
            "tests/fixtures/places/qingchuan",
            "tests/fixtures/places/liuwan",
            "--format",
            "csv",
        ],
        None,
    );
    let csv = stdout(&o);
    let mut lines = csv.lines();
    assert!(lines
        .next()
        .unwrap()
        .starts_with("\u{FEFF}source,place,id,series,report,"));
    let row = lines
        .find(|l| l.contains("liuwan/2025-work-report.txt") && l.contains("/gdp-growth-2024,"))
        .unwrap();
    assert!(
        row.contains(",柳湾区,") && row.contains("柳湾区/gdp-growth,catalog"),
        "{row}"
    );
}

#[test]
fn attainment_prints_targets_against_results_with_both_sentences() {
    let o = gov_report(&["attainment", "tests/fixtures/places/qingchuan"], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let csv = stdout(&o);
    let row = csv
        .lines()
        .find(|l| l.starts_with("青川区,gdp-growth,") && l.contains(",2024,"))
        .unwrap();
    // The story of 1月15日 gives the final 6.1%, later than the report's 预计 6%: exceeded.
    assert!(
        row.contains(",6%以上,floor,false,6.1%,6.1%,exceeded,"),
        "{row}"
    );
    assert!(
        row.contains("地区生产总值增长6%以上"),
        "the target's sentence: {row}"
    );
    assert!(
        row.contains("按不变价格计算增长6.1%"),
        "the result's sentence: {row}"
    );
    // Every 2025 target waits for next year's report.
    let y2025: Vec<&str> = csv.lines().filter(|l| l.contains(",2025,")).collect();
    assert!(
        y2025.len() >= 8 && y2025.iter().all(|l| l.contains(",not-reported,")),
        "{y2025:?}"
    );
    assert_eq!(
        csv.lines()
            .filter(|l| l.starts_with("青川区,gdp-growth,"))
            .count(),
        4
    );
}

#[test]
fn a_batch_goes_on_past_a_bad_text_and_exits_1() {
    let empty = temp_file("empty-report.txt", b"   \n");
    let o = gov_report(
        &[
            "attainment",
            "tests/fixtures/places/shigang",
            empty.to_str().unwrap(),
            "no-such-report.txt",
            "--progress",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("empty-report.txt: empty-text: the report text is empty"),
        "{err}"
    );
    assert!(
        err.contains(
            "no-such-report.txt: unreadable: no-such-report.txt: cannot read: no such file"
        ),
        "{err}"
    );
    assert!(err.contains("2 text(s) could not be read"), "{err}");
    assert!(err.contains("6/6 texts"), "the progress bar: {err}");
    assert!(stdout(&o)
        .lines()
        .any(|l| l.starts_with("石港区,gdp-growth,")));
    // Nothing readable at all is an error (exit 2); --format packed holds one report only.
    let o = gov_report(&["attainment", "no-such-report.txt"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no text could be read"));
    let o = gov_report(
        &["extract", "tests/fixtures/places", "--format", "packed"],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    let o = gov_report(&["extract", "tests/fixtures/places", "--jobs", "0"], None);
    assert!(stderr(&o).contains("--jobs must be a whole number of at least 1"));
}

#[test]
fn place_names_the_government_of_texts_that_name_none() {
    let a = temp_file("a-2024.txt", "政府工作报告\n2024年1月10日\n\n过去一年，地区生产总值增长5.1%。\n\n今年地区生产总值增长5%左右。\n".as_bytes());
    let b = temp_file("a-2025.txt", "政府工作报告\n2025年1月9日\n\n过去一年，地区生产总值增长5.3%。\n\n今年地区生产总值增长5%左右。\n".as_bytes());
    let args = [
        "attainment",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        "--place",
        "柏林区",
    ];
    let o = gov_report(&args, None);
    assert!(o.status.success(), "{}", stderr(&o));
    let csv = stdout(&o);
    let row = csv
        .lines()
        .find(|l| l.starts_with("柏林区,gdp-growth,") && l.contains(",2024,"))
        .unwrap();
    assert!(row.contains(",5%左右,band,false,5.3%,5.3%,met,"), "{row}");
    // One file: the dataset's report takes it too.
    let o = gov_report(&["extract", a.to_str().unwrap(), "--place", "柏林区"], None);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["reports"][0]["place"], "柏林区");
}
