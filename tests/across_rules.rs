//! Reading rules of several reports, each on a few lines written for the test: a subject as like
//! two series as each other is neither; a story's targets go on into the paragraphs after them
//! and stand in for a missing report's; a target quoted back in a result's sentence stays a
//! target; "六个方面" is how a report is organised, not a figure.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use gov_report_chart::across::{Collection, Input, Verdict};
use gov_report_chart::dataset::extract_dataset;
use gov_report_chart::model::Status;

fn collection(texts: &[&str]) -> Collection {
    Collection::read(
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Input {
                name: format!("text-{i}.txt"),
                text: (*t).to_string(),
                ..Input::default()
            })
            .collect(),
    )
}

fn report(year: i32, review: &str, plan: &str) -> String {
    format!(
        "政府工作报告\n——{year}年1月10日在澄原市第十六届人民代表大会第一次会议上\n一、{}年工作回顾\n{review}\n二、{year}年工作安排\n{plan}\n",
        year - 1
    )
}

/// The verdict and the result of the target of `year` whose display is `target`.
fn verdict(c: &Collection, year: i32, target: &str) -> (Verdict, Option<String>) {
    let row = c
        .attainment
        .iter()
        .find(|a| a.year == year && a.target_display == target)
        .unwrap_or_else(|| panic!("no {year} target {target}: {:#?}", c.attainment));
    (row.verdict, row.result_display.clone())
}

#[test]
fn a_subject_as_like_two_series_as_each_other_is_neither() {
    let y2022 = report(
        2022,
        "城镇居民人均可支配收入增长7.9%，农村居民人均可支配收入增长10.1%。",
        "居民人均可支配收入增长6.5%左右。",
    );
    let y2023 = report(
        2023,
        "城镇居民人均可支配收入增长4.6%，农村居民人均可支配收入增长6.2%，居民人均可支配收入41260元，增长5.2%。",
        "居民人均可支配收入增长6%左右。",
    );
    let c = collection(&[&y2023, &y2022]);
    assert_eq!(
        verdict(&c, 2022, "6.5%左右"),
        (Verdict::Missed, Some("5.2%".into()))
    );
}

#[test]
fn a_storys_targets_go_on_and_stand_in_for_a_missing_report() {
    let story = "澄原日报\n2024年1月12日\n澄原市人代会开幕\n本报讯（记者 林立）澄原市第十六届人民代表大会第三次会议开幕。\n今年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。\n同时，居民消费价格涨幅3%左右。\n今年全市将新增学位2500个。\n新增养老床位1000张，推动养老服务扩面提质。\n";
    let y2025 = report(
        2025,
        "地区生产总值增长5.8%，居民消费价格上涨0.3%，新增学位2710个，新增养老床位980张。",
        "地区生产总值增长5%左右。",
    );
    let ds = extract_dataset(story).unwrap();
    for ind in &ds.indicators {
        assert_eq!(
            (ind.status, ind.year),
            (Status::Target, Some(2024)),
            "{} {}",
            ind.subject,
            ind.display
        );
    }
    let c = collection(&[story, &y2025]);
    assert_eq!(
        verdict(&c, 2024, "2500个"),
        (Verdict::Exceeded, Some("2710个".into()))
    );
    assert_eq!(
        verdict(&c, 2024, "1000张"),
        (Verdict::Missed, Some("980张".into()))
    );
}

#[test]
fn a_target_quoted_back_stays_a_target_and_sections_are_no_figures() {
    // Unquoted, the target is read, as a target; quoted, it is a slogan, not read.
    for (open, close, read) in [("", "", true), ("\"", "\"", false), ("“", "”", false)] {
        let plan = format!("关于澄原市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n——2024年1月9日在澄原市第十六届人民代表大会第三次会议上\n一、2023年计划执行情况\n居民消费价格上涨0.4%，低于{open}3%左右{close}的调控目标。居民人均可支配收入增长6.3%，完成{open}6%左右{close}的预期目标。\n重点抓好六个方面工作。\n");
        let ds = extract_dataset(&plan).unwrap();
        let shown: Vec<(String, Status)> = ds
            .indicators
            .iter()
            .map(|i| (i.display.clone(), i.status))
            .collect();
        assert!(
            shown.contains(&("0.4%".into(), Status::Result)),
            "{shown:?}"
        );
        assert!(
            shown.contains(&("6.3%".into(), Status::Result)),
            "{shown:?}"
        );
        for quoted in ["3%", "6%"] {
            let found: Vec<Status> = shown
                .iter()
                .filter(|(d, _)| d.starts_with(quoted))
                .map(|(_, s)| *s)
                .collect();
            assert_eq!(
                found,
                if read { vec![Status::Target] } else { vec![] },
                "{quoted} in {open}{close}: {shown:?}"
            );
        }
        assert!(!shown.iter().any(|(d, _)| d.contains('六')), "{shown:?}");
    }
}

#[test]
fn a_digests_bracketed_headings_set_the_role_and_a_wire_brief_its_year() {
    let digest = "《澄原晚报》2022年1月10日　第A02版\n一图读懂澄原市政府工作报告\n本报记者　林立\n【2021年成绩单】\n●地区生产总值增长8.9%\n●新增公共停车泊位7400个\n【2022年目标】\n●地区生产总值增长6.5%左右\n●新增公共停车泊位6000个左右\n";
    let ds = extract_dataset(digest).unwrap();
    assert_eq!(ds.reports[0].place.as_deref(), Some("澄原市"));
    let roles: Vec<(String, Option<i32>, Status)> = ds
        .indicators
        .iter()
        .map(|i| (i.display.clone(), i.year, i.status))
        .collect();
    assert_eq!(
        roles,
        [
            ("8.9%".into(), Some(2021), Status::Result),
            ("7400个".into(), Some(2021), Status::Result),
            ("6.5%左右".into(), Some(2022), Status::Target),
            ("6000个左右".into(), Some(2022), Status::Target),
        ]
    );
    // A wire brief dated without a year (1月9日电) takes it from the year its targets are set for.
    let brief = "澄原市：今年经济增长预期目标定为6.5%左右\n晨星社澄原1月9日电　澄原市市长9日作政府工作报告时说，2022年全市地区生产总值预期增长6.5%左右。报告显示，2021年全市地区生产总值比上年增长8.9%。\n（完）\n";
    let ds = extract_dataset(brief).unwrap();
    assert_eq!(ds.reports.len(), 1);
    assert_eq!(ds.reports[0].reference_year, Some(2022));
    assert_ne!(ds.reports[0].title, "(完)");
    let growth: Vec<(Option<i32>, Status)> = ds
        .indicators
        .iter()
        .filter(|i| i.display == "8.9%")
        .map(|i| (i.year, i.status))
        .collect();
    assert_eq!(growth, [(Some(2021), Status::Result)]);
}

#[test]
fn a_tables_rule_line_keeps_its_header_and_a_heading_about_the_past_ends_the_storys_goals() {
    let plan = "关于澄原市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n——2024年1月9日在澄原市第十六届人民代表大会第三次会议上\n一、2023年计划执行情况\n指标              | 2023年计划 | 2023年执行 | 2024年计划\n------------------+------------+------------+-----------\n新增公共停车泊位  | 5000个     | 5210个     | 4000个\n";
    let ds = extract_dataset(plan).unwrap();
    let cells: Vec<(String, Option<i32>, Status)> = ds
        .indicators
        .iter()
        .map(|i| (i.display.clone(), i.year, i.status))
        .collect();
    assert_eq!(
        cells,
        [
            ("5000个".into(), Some(2023), Status::Target),
            ("5210个".into(), Some(2023), Status::Result),
            ("4000个".into(), Some(2024), Status::Target),
        ]
    );
    let story = "澄原晚报　2023年1月12日\n澄原定今年经济增长目标5.5%左右　去年仅增3.1%\n本报讯　澄原市市长昨日作政府工作报告。\n报告披露，澄原去年经济表现明显逊于预期：\n・一般公共预算收入274.3亿元，增长2.4%；\n・固定资产投资增长8.7%。\n";
    let ds = extract_dataset(story).unwrap();
    for ind in ds
        .indicators
        .iter()
        .filter(|i| i.display == "2.4%" || i.display == "8.7%")
    {
        assert_eq!(
            (ind.year, ind.status),
            (Some(2022), Status::Result),
            "{}",
            ind.display
        );
    }
}
