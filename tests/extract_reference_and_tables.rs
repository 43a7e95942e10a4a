//! Where a document's year comes from when the caller also gives one, what a news story's
//! summary of the report implies, and tables whose columns are aligned with spaces. Fixtures are
//! written here, in the genre's style.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use gov_report_chart::dataset::{extract_dataset, extract_dataset_with};
use gov_report_chart::model::{Dataset, Indicator, Status};
use gov_report_chart::report::ReadOptions;

#[track_caller]
fn figure<'a>(ds: &'a Dataset, display: &str) -> &'a Indicator {
    ds.indicators
        .iter()
        .find(|i| i.display.starts_with(display))
        .unwrap_or_else(|| panic!("no {display}"))
}

const DATED: &str = "柏林区政府工作报告\n——2025年1月9日在柏林区第五届人民代表大会第四次会议上\n\n一、2024年工作回顾\n\n全区地区生产总值增长5.6%。\n\n二、2025年工作安排\n\n今年地区生产总值增长5%左右。\n";

const UNDATED: &str =
    "柏林区政府工作报告\n\n过去一年，全区地区生产总值增长5.6%。\n\n今年地区生产总值增长5%左右。\n";

#[test]
fn the_text_s_own_date_wins_over_the_caller_s_year() {
    let with = |text: &str, year: &str| {
        extract_dataset_with(text, ReadOptions::with_year_text(year).unwrap()).unwrap()
    };
    // The meeting line says 2025: a caller's 2030 does not move it.
    let ds = with(DATED, "2030");
    assert_eq!(ds.reports[0].reference_year, Some(2025));
    assert!(ds.reports[0].reference_note.starts_with("meeting line"));
    assert_eq!(figure(&ds, "5%").year, Some(2025));
    // A text that names no year takes the caller's.
    let ds = with(UNDATED, "2025");
    assert_eq!(ds.reports[0].reference_year, Some(2025));
    assert_eq!(ds.reports[0].reference_note, "set by the caller");
    assert_eq!(figure(&ds, "5.6%").year, Some(2024));
    assert_eq!(figure(&ds, "5%").year, Some(2025));
    // 今年 in a report delivered early that year is what the year is to bring, though the
    // text has no heading that ends its review (过去一年).
    assert_eq!(figure(&ds, "5.6%").status, Status::Result);
    assert_eq!(figure(&ds, "5%").status, Status::Target);
    // Without it, no year at all.
    let ds = extract_dataset(UNDATED).unwrap();
    assert_eq!(figure(&ds, "5%").year, None);
}

#[test]
fn a_story_that_sums_up_the_report_is_dated_by_it() {
    let story = "柏林：今年地区生产总值预期增长5.5%左右\n去年经济总量突破两千亿元　居民收入稳步增长\n\n本报讯（记者 林远）1月20日，柏林区第五届人民代表大会第四次会议开幕。区长作政府工作报告，回顾2024年工作，部署今年目标任务。\n\n报告显示，去年全区地区生产总值达到2086.4亿元，增长5.3%。\n";
    let ds = extract_dataset(story).unwrap();
    assert_eq!(ds.reports[0].reference_year, Some(2025));
    assert!(ds.reports[0]
        .reference_note
        .starts_with("summary of the report"));
    let target = figure(&ds, "5.5%");
    assert_eq!((target.year, target.status), (Some(2025), Status::Target));
    assert_eq!(
        target.subject, "地区生产总值",
        "今年 is the year, not the subject"
    );
    // The subhead states its number in words, and is read like the headline.
    let words = figure(&ds, "两千亿元");
    assert_eq!(
        (words.value, words.unit.as_str(), words.year),
        (2000.0, "亿元", Some(2024))
    );
    assert_eq!(figure(&ds, "2086.4亿元").year, Some(2024));
}

#[test]
fn a_table_aligned_with_spaces_is_read_by_its_columns() {
    let plan = "关于柏林区2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n\n一、2025年计划执行情况\n\n主要指标完成情况见下表（单位：%）：\n指标　2025年计划　2025年预计　2026年目标\n地区生产总值增速　6%左右　5.6%　5.5%左右\n固定资产投资增速　6%　下降1.5%　3%\n\n全区新增就业1.2万人。\n";
    let ds = extract_dataset(plan).unwrap();
    let row: Vec<(f64, Option<i32>, Status)> = ds
        .indicators
        .iter()
        .filter(|i| i.subject.contains("固定资产投资"))
        .map(|i| (i.value, i.year, i.status))
        .collect();
    assert_eq!(
        row,
        vec![
            (6.0, Some(2025), Status::Target),
            (-1.5, Some(2025), Status::Estimate),
            (3.0, Some(2026), Status::Target),
        ],
        "one figure per column, in its role and year; 下降 in a cell is a decline"
    );
    let gdp: Vec<(f64, Option<i32>, Status)> = ds
        .indicators
        .iter()
        .filter(|i| i.subject.contains("地区生产总值"))
        .map(|i| (i.value, i.year, i.status))
        .collect();
    assert_eq!(gdp.len(), 3);
    assert_eq!(gdp[1], (5.6, Some(2025), Status::Estimate));
    // Prose after the table is prose again.
    assert_eq!(figure(&ds, "1.2万人").year, Some(2025));
}
