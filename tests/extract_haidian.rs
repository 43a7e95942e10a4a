//! The extractor against the real Haidian report: values, units, years, kinds, qualifiers and
//! exact spans of a broad sample; pairs; derived values; non-quantities; rules such as the
//! scope of 预计. Native only (the wasm build is exercised by tests/web.rs).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use gov_report_chart::dataset::extract_dataset;

use gov_report_chart::model::{Comparability, Dataset, Indicator, Measure, Part, Status};
use gov_report_chart::EMBEDDED_REPORT;
use std::sync::OnceLock;

fn ds() -> &'static Dataset {
    static DS: OnceLock<Dataset> = OnceLock::new();
    DS.get_or_init(|| extract_dataset(EMBEDDED_REPORT).unwrap())
}

fn chars() -> Vec<char> {
    EMBEDDED_REPORT.chars().collect()
}

#[track_caller]
fn ind(id: &str) -> &'static Indicator {
    ds().indicator(id)
        .unwrap_or_else(|| panic!("no indicator {id}"))
}

/// The char offset of `context` in the report (which must occur exactly once) plus the offset
/// of `number` inside it: where the span must start.
#[track_caller]
fn expected_start(context: &str, number: &str) -> usize {
    let text = EMBEDDED_REPORT;
    let byte = text
        .find(context)
        .unwrap_or_else(|| panic!("context not in report: {context}"));
    assert!(
        text[byte + context.len()..].find(context).is_none(),
        "context not unique: {context}"
    );
    let inner = context
        .find(number)
        .unwrap_or_else(|| panic!("{number} not in {context}"));
    text[..byte + inner].chars().count()
}

#[track_caller]
fn span_text(i: &Indicator) -> String {
    chars()[i.span.start..i.span.end].iter().collect()
}

/// Checks one indicator completely.
#[track_caller]
#[allow(clippy::too_many_arguments)]
fn check(
    id: &str,
    value: f64,
    unit: &str,
    display: &str,
    year: i32,
    measure: Measure,
    status: Status,
    qualifiers: &[&str],
    context: &str,
    number: &str,
) {
    let i = ind(id);
    assert!(
        (i.value - value).abs() < 1e-9,
        "{id}: value {} != {value}",
        i.value
    );
    assert_eq!(i.unit, unit, "{id}: unit");
    assert_eq!(i.display, display, "{id}: display");
    assert_eq!(i.year, Some(year), "{id}: year");
    assert_eq!(i.measure, measure, "{id}: measure");
    assert_eq!(i.status, status, "{id}: status");
    assert_eq!(i.qualifiers, qualifiers, "{id}: qualifiers");
    let start = expected_start(context, number);
    assert_eq!(i.span.start, start, "{id}: span start");
    assert_eq!(span_text(i), number, "{id}: span text");
    assert!(
        i.quote.contains(context) || context.contains(&i.quote),
        "{id}: quote {}",
        i.quote
    );
}

#[test]
fn headline_targets_and_their_results() {
    use Measure::*;
    use Status::*;
    check(
        "gdp-growth-2024",
        6.0,
        "%",
        "6%",
        2024,
        Growth,
        Estimate,
        &["预计"],
        "预计地区生产总值增长6%",
        "6",
    );
    check(
        "gdp-growth-2025",
        5.5,
        "%",
        "5.5%",
        2025,
        Growth,
        Target,
        &[],
        "地区生产总值增长5.5%",
        "5.5",
    );
    check(
        "budget-revenue-growth-2024",
        6.0,
        "%",
        "6%",
        2024,
        Growth,
        Estimate,
        &["预计"],
        "区级一般公共预算收入增长6%",
        "6",
    );
    check(
        "budget-revenue-growth-2025",
        4.0,
        "%",
        "4%",
        2025,
        Growth,
        Target,
        &[],
        "区级一般公共预算收入增长4%",
        "4",
    );
    check(
        "hightech-revenue-growth-2025",
        7.0,
        "%",
        "7%左右",
        2025,
        Growth,
        Target,
        &["左右"],
        "高新技术企业总收入增长7%左右",
        "7",
    );
    assert_eq!(ind("gdp-growth-2025").section, "主要预期目标");
    assert_eq!(ind("gdp-growth-2024").section, "聚焦高质量发展");
}

#[test]
fn counts_money_and_areas() {
    use Measure::*;
    use Status::*;
    check(
        "school-places-added-2024",
        8054.0,
        "个",
        "8054个",
        2024,
        Level,
        Result,
        &[],
        "扩增中小学学位8054个",
        "8054",
    );
    check(
        "school-places-added-2025",
        7900.0,
        "个",
        "7900个",
        2025,
        Level,
        Target,
        &[],
        "新增中小学学位7900个",
        "7900",
    );
    check(
        "parking-added-2024",
        7418.0,
        "个",
        "7418个",
        2024,
        Level,
        Result,
        &[],
        "挖潜新增停车位7418个",
        "7418",
    );
    check(
        "parking-added-2025",
        8000.0,
        "个",
        "8000个",
        2025,
        Level,
        Target,
        &[],
        "挖潜新增停车位8000个",
        "8000",
    );
    check(
        "housing-starts-2025",
        13000.0,
        "套",
        "1.3万套",
        2025,
        Level,
        Target,
        &[],
        "开工1.3万套",
        "1.3万",
    );
    check(
        "housing-completions-2025",
        6800.0,
        "套",
        "6800套",
        2025,
        Level,
        Target,
        &[],
        "竣工6800套",
        "6800",
    );
    check(
        "housing-starts-2024",
        2338.0,
        "套",
        "2338套",
        2024,
        Level,
        Result,
        &[],
        "开工建设2338套",
        "2338",
    );
    check(
        "software-revenue-2024",
        2.0,
        "万亿元",
        "2万亿元",
        2024,
        Level,
        Estimate,
        &["预计"],
        "软件和信息服务业收入预计2万亿元",
        "2万亿",
    );
    check(
        "retail-sales-2024",
        2798.3,
        "亿元",
        "2798.3亿元",
        2024,
        Level,
        Estimate,
        &["预计"],
        "社会消费品零售额预计2798.3亿元",
        "2798.3亿",
    );
    check(
        "industrial-space-added-2024",
        115.5,
        "万平方米",
        "115.5万平方米",
        2024,
        Level,
        Result,
        &[],
        "新增产业空间115.5万平方米",
        "115.5万",
    );
    check(
        "industrial-space-added-2025",
        125.0,
        "万平方米",
        "125万平方米",
        2025,
        Level,
        Target,
        &[],
        "新增产业空间125万平方米",
        "125万",
    );
    check(
        "jobs-offered-2024",
        152000.0,
        "个",
        "15.2万个",
        2024,
        Level,
        Result,
        &[],
        "提供就业岗位15.2万个",
        "15.2万",
    );
    check(
        "hard-to-employ-hired-2024",
        15300.0,
        "名",
        "1.53万名",
        2024,
        Level,
        Result,
        &[],
        "1.53万名就业困难人员",
        "1.53万",
    );
    check(
        "fitness-events-2024",
        13000.0,
        "场次",
        "1.3万余场次",
        2024,
        Level,
        Result,
        &["余"],
        "1.3万余场次",
        "1.3万",
    );
    check(
        "road-mileage-added-2025",
        30.0,
        "公里",
        "30公里以上",
        2025,
        Level,
        Target,
        &["以上"],
        "新增道路通车里程30公里以上",
        "30",
    );
    check(
        "road-repair-2024",
        45.7,
        "万平方米",
        "45.7万平方米",
        2024,
        Level,
        Result,
        &[],
        "45.7万平方米大中修",
        "45.7万",
    );
    check(
        "ai-firms-2024",
        1300.0,
        "家",
        "1300余家",
        2024,
        Cumulative,
        Result,
        &["余"],
        "现有人工智能企业1300余家",
        "1300",
    );
    check(
        "rd-deduction-2024",
        1700.0,
        "亿元",
        "1700亿元",
        2024,
        Level,
        Result,
        &["超"],
        "加计扣除金额超1700亿元",
        "1700亿",
    );
    check(
        "ambulance-response-2024",
        9.0,
        "分钟",
        "9分钟左右",
        2024,
        Level,
        Result,
        &["降至", "左右"],
        "平均反应时间降至9分钟左右",
        "9",
    );
    check(
        "good-air-days-2024",
        293.0,
        "天",
        "293天",
        2024,
        Level,
        Result,
        &["达"],
        "空气质量优良天数达293天",
        "293",
    );
    check(
        "charging-piles-2024",
        9426.0,
        "个",
        "9426个",
        2024,
        Cumulative,
        Result,
        &["累计", "达到"],
        "累计分别达到1049座、9426个",
        "9426",
    );
    check(
        "green-space-added-2025",
        60.0,
        "公顷",
        "60公顷",
        2025,
        Level,
        Target,
        &[],
        "新增林地、绿地60公顷",
        "60",
    );
}

#[test]
fn shares_rates_ranks_years_in_words() {
    use Measure::*;
    use Status::*;
    check(
        "gdp-share-of-beijing-2024",
        25.0,
        "%",
        "四分之一强",
        2024,
        Share,
        Estimate,
        &["预计", "保持", "强"],
        "规模全市占比保持四分之一强",
        "四分之一",
    );
    check(
        "ai-firms-share-2024",
        70.0,
        "%",
        "70%",
        2024,
        Share,
        Result,
        &["约"],
        "全市占比约70%",
        "70",
    );
    check(
        "public-rental-coverage-2024",
        83.97,
        "%",
        "83.97%",
        2024,
        Rate,
        Result,
        &["已达"],
        "总体保障率已达83.97%",
        "83.97",
    );
    check(
        "public-rental-coverage-2025",
        85.0,
        "%",
        "85%以上",
        2025,
        Rate,
        Target,
        &["升至", "以上"],
        "总体保障率升至85%以上",
        "85",
    );
    check(
        "budget-revenue-rank-2024",
        1.0,
        "名",
        "全市第一",
        2024,
        Rank,
        Estimate,
        &["预计"],
        "收入增长6%、规模居全市第一",
        "第一",
    );
    check(
        "air-quality-best-years-2024",
        10.0,
        "年",
        "连续10年",
        2024,
        Years,
        Result,
        &["连续"],
        "空气质量连续10年城六区最优",
        "10",
    );
    check(
        "convenience-coverage-2025",
        100.0,
        "%",
        "全覆盖",
        2025,
        Rate,
        Target,
        &["全覆盖"],
        "一刻钟便民生活圈实现街镇全覆盖",
        "全覆盖",
    );
    check(
        "convenience-coverage-2024",
        76.7,
        "%",
        "76.7%",
        2024,
        Rate,
        Result,
        &["达"],
        "街镇覆盖率达76.7%",
        "76.7",
    );
    let four_years = ds()
        .indicators
        .iter()
        .find(|i| i.display == "连续四年")
        .unwrap();
    assert_eq!((four_years.value, four_years.measure), (4.0, Years));
    assert_eq!(span_text(four_years), "四");
    let ten_titles = ds()
        .indicators
        .iter()
        .find(|i| i.display == "十连冠")
        .unwrap();
    assert_eq!((ten_titles.value, ten_titles.unit.as_str()), (10.0, "连冠"));
    assert_eq!(ten_titles.status, Target, "争创 states a goal");
}

#[test]
fn compound_statements_give_one_indicator_each() {
    use Measure::*;
    use Status::*;
    check(
        "renovation-start-area-growth-2024",
        130.19,
        "%",
        "130.19%",
        2024,
        Growth,
        Result,
        &[],
        "开工、完工面积分别增长130.19%、30.33%",
        "130.19",
    );
    check(
        "renovation-done-area-growth-2024",
        30.33,
        "%",
        "30.33%",
        2024,
        Growth,
        Result,
        &[],
        "开工、完工面积分别增长130.19%、30.33%",
        "30.33",
    );
    check(
        "hotline-resolution-2024",
        97.81,
        "%",
        "97.81%",
        2024,
        Rate,
        Result,
        &["提升至"],
        "满意率分别提升至97.81%、98.08%",
        "97.81",
    );
    check(
        "hotline-satisfaction-2024",
        98.08,
        "%",
        "98.08%",
        2024,
        Rate,
        Result,
        &["提升至"],
        "满意率分别提升至97.81%、98.08%",
        "98.08",
    );
    check(
        "underpass-bridges-2024",
        4.0,
        "座",
        "4座",
        2024,
        Level,
        Result,
        &[],
        "西苑桥等4座桥7个点位",
        "4",
    );
    check(
        "underpass-sites-2024",
        7.0,
        "个",
        "7个",
        2024,
        Level,
        Result,
        &[],
        "西苑桥等4座桥7个点位",
        "7",
    );
    check(
        "relocation-households-2024",
        9824.0,
        "户",
        "9824户",
        2024,
        Level,
        Result,
        &[],
        "搬腾9824户、完成率99.7%",
        "9824",
    );
    let rate = ds()
        .indicators
        .iter()
        .find(|i| i.display == "99.7%")
        .unwrap();
    assert_eq!((rate.measure, rate.subject.as_str()), (Rate, "搬腾完成率"));
    // “双100%” states two ratios: one indicator each, the same span.
    let doubles: Vec<&Indicator> = ds()
        .indicators
        .iter()
        .filter(|i| i.display == "100%" && i.quote.contains("双100%"))
        .collect();
    assert_eq!(doubles.len(), 2);
    assert_eq!(doubles[0].span, doubles[1].span);
    assert_eq!(doubles[0].subject, "地表水考核断面水质达标率");
    assert_eq!(doubles[1].subject, "优良水体比例");
}

#[test]
fn estimate_rule_predicate_scope() {
    // 预计 governs everything after it in its sentence, nothing before it.
    let before = ds()
        .indicators
        .iter()
        .find(|i| i.display == "连续四年")
        .unwrap();
    assert_eq!(before.status, Status::Result);
    for id in [
        "gdp-growth-2024",
        "gdp-share-of-beijing-2024",
        "budget-revenue-growth-2024",
        "budget-revenue-rank-2024",
    ] {
        assert_eq!(ind(id).status, Status::Estimate, "{id}");
        assert_eq!(
            ind(id).qualifiers.first().map(String::as_str),
            Some("预计"),
            "{id}"
        );
    }
    // A new sentence ends the scope: the next sentence's 32件民生实事 is a result.
    assert_eq!(ind("livelihood-projects-2024").status, Status::Result);
    for id in [
        "culture-revenue-growth-2024",
        "culture-revenue-share-2024",
        "tourism-revenue-2024",
        "tourism-revenue-growth-2024",
    ] {
        assert_eq!(ind(id).status, Status::Estimate, "{id}");
    }
}

#[test]
fn full_coverage_only_when_stated_as_achieved() {
    let coverage: Vec<&Indicator> = ds()
        .indicators
        .iter()
        .filter(|i| i.display == "全覆盖")
        .collect();
    let subjects: Vec<&str> = coverage.iter().map(|i| i.subject.as_str()).collect();
    assert_eq!(
        subjects,
        vec![
            "心理健康副校长配备中小学覆盖",
            "一刻钟便民生活圈街镇覆盖",
            "养老助餐服务街镇覆盖"
        ]
    );
    assert!(coverage.iter().all(|i| i.value == 100.0 && i.unit == "%"));
    assert_eq!(coverage[0].status, Status::Result);
    assert_eq!(coverage[1].status, Status::Target);
}

#[test]
fn non_quantities_produce_nothing() {
    let text = EMBEDDED_REPORT;
    let mut forbidden = vec![
        "2024年是",
        "2025年是",
        "“十四五”",
        "“十五五”",
        "二十大",
        "两个毫不动摇",
        "12号线",
        "13号线",
        "19号线",
        "第22期",
        "第23期",
        "6G外场",
        "6G实验室",
        "4.0阶段",
        "“1+6”",
        "0.1微克",
        "75周年",
        "2022年以来",
        "2024中关村论坛",
        "2025中关村论坛",
        "2025海淀马拉松",
        "IPV6",
        "13号院",
        "第四次",
        "“3个100”",
        "2023年度",
        "2024年度",
        "“2024年国家",
        "十七届人大四次",
    ];
    forbidden.push("c52591.html");
    let chars = chars();
    for needle in forbidden {
        let mut from = 0;
        while let Some(byte) = text[from..].find(needle) {
            let start = text[..from + byte].chars().count();
            let end = start + needle.chars().count();
            for i in &ds().indicators {
                assert!(
                    i.span.end <= start || i.span.start >= end,
                    "{needle} produced {} ({})",
                    i.id,
                    chars[i.span.start..i.span.end].iter().collect::<String>()
                );
            }
            from += byte + needle.len();
        }
    }
    // The page furniture at the end is never quoted.
    assert!(ds()
        .indicators
        .iter()
        .all(|i| !i.quote.contains("html") && !i.quote.contains("enpproperty")));
}

#[test]
fn about_two_hundred_indicators_all_with_honest_provenance() {
    let n = ds().indicators.len();
    assert!((195..=230).contains(&n), "{n} indicators");
    let chars = chars();
    for i in &ds().indicators {
        let quote: String = chars[i.quote_span.start..i.quote_span.end].iter().collect();
        assert_eq!(quote, i.quote, "{}: quote_span", i.id);
        assert!(
            i.quote_span.start <= i.span.start && i.span.end <= i.quote_span.end,
            "{}: span outside quote",
            i.id
        );
        assert!(
            i.quote.contains(&i.display),
            "{}: display {} not in quote",
            i.id,
            i.display
        );
        assert!(
            !i.quote.contains('。') && !i.quote.contains(';') && !i.quote.contains('\n'),
            "{}",
            i.id
        );
        assert!(!i.subject.is_empty(), "{}: empty subject", i.id);
        let year = if i.part == Part::Review { 2024 } else { 2025 };
        assert_eq!(i.year, Some(year), "{}", i.id);
        assert!(i.value.is_finite());
    }
}

#[test]
fn ids_are_url_safe_unique_and_stable() {
    let again = extract_dataset(EMBEDDED_REPORT).unwrap();
    let mut ids: Vec<&str> = ds().indicators.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids,
        again
            .indicators
            .iter()
            .map(|i| i.id.as_str())
            .collect::<Vec<_>>()
    );
    for id in &ids {
        assert!(
            id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{id}"
        );
    }
    ids.sort_unstable();
    let n = ids.len();
    ids.dedup();
    assert_eq!(n, ids.len(), "duplicate ids");
    // Series: both years of a named measure share one; the rest are their own.
    assert_eq!(
        ind("school-places-added-2024").series,
        "school-places-added"
    );
    assert_eq!(ds().series_members("school-places-added").len(), 2);
    assert_eq!(
        ind("school-places-added-2024").subject_en.as_deref(),
        Some("New school places")
    );
    // Pinned: a change to the id scheme must be deliberate (links and embeds use these).
    let alley = ds()
        .indicators
        .iter()
        .find(|i| i.display == "245条")
        .unwrap();
    assert_eq!(alley.id, "back-alleys-2024");
    let unnamed = ds()
        .indicators
        .iter()
        .find(|i| i.display == "5766处")
        .unwrap();
    assert_eq!(unnamed.subject_en, None);
    assert_eq!(unnamed.id, format!("{}-2024", unnamed.series));
    assert!(unnamed.series.starts_with("level-"), "{}", unnamed.series);
}

#[test]
fn every_pair_found() {
    let pairs: Vec<(&str, &str, &str, Comparability)> = ds()
        .pairs
        .iter()
        .map(|p| (p.id.as_str(), p.from.as_str(), p.to.as_str(), p.comparable))
        .collect();
    let exact = [
        "gdp-growth",
        "budget-revenue-growth",
        "school-places-added",
        "industrial-space-added",
        "underpass-bridges",
        "underpass-sites",
        "convenience-coverage",
        "road-mileage-added",
        "dead-end-roads",
        "road-repair",
        "parking-added",
        "shared-parking",
        "housing-starts",
        "housing-completions",
        "public-rental-coverage",
        "back-alleys",
    ];
    let approximate = [
        "detailed-plans",
        "slow-traffic",
        "bus-stops",
        "green-space-added",
        "park-consumption-scenes",
    ];
    assert_eq!(pairs.len(), exact.len() + approximate.len(), "{pairs:#?}");
    for (series, comparable) in exact
        .iter()
        .map(|s| (*s, Comparability::Exact))
        .chain(approximate.iter().map(|s| (*s, Comparability::Approximate)))
    {
        let p = ds()
            .pairs
            .iter()
            .find(|p| p.id == format!("{series}-2024-2025"))
            .unwrap_or_else(|| panic!("no pair {series}"));
        assert_eq!(p.from, format!("{series}-2024"));
        assert_eq!(p.to, format!("{series}-2025"));
        assert_eq!(p.comparable, comparable, "{series}");
        assert!(!p.note.is_empty(), "{series}: note");
    }
    let shared = ds()
        .pairs
        .iter()
        .find(|p| p.id == "shared-parking-2024-2025")
        .unwrap();
    assert_eq!(
        (ind(&shared.from).value, ind(&shared.to).value),
        (2575.0, 2500.0)
    );
}

#[test]
fn every_implied_value() {
    let d: Vec<(&str, f64, &str)> = ds()
        .derived
        .iter()
        .map(|d| (d.id.as_str(), d.value, d.formula.as_str()))
        .collect();
    let expect = [
        (
            "software-revenue-2023-derived",
            1.76991,
            "2万亿元 ÷ (1 + 13%) = 1.76991万亿元",
        ),
        ("national-key-labs-2023-derived", 49.0, "52家 − 3家 = 49家"),
        (
            "finance-platform-loans-2023-derived",
            34.6821,
            "67.63亿元 ÷ (1 + 95%) = 34.6821亿元",
        ),
        (
            "charging-stations-2023-derived",
            930.0,
            "1049座 − 119座 = 930座",
        ),
        (
            "charging-piles-2023-derived",
            8231.0,
            "9426个 − 1195个 = 8231个",
        ),
        (
            "medical-insurance-sites-2023-derived",
            506.0,
            "540家 − 34家 = 506家",
        ),
        (
            "tourism-revenue-2023-derived",
            1000.0,
            "1100亿元 ÷ (1 + 10%) = 1000亿元",
        ),
    ];
    assert_eq!(d, expect);
    for x in &ds().derived {
        assert_eq!(x.year, 2023);
        for id in &x.from {
            assert!(
                ds().indicator(id).is_some(),
                "{}: unknown source {id}",
                x.id
            );
        }
    }
}

#[test]
fn full_width_punctuation_and_digits_give_the_same_dataset() {
    let wide: String = EMBEDDED_REPORT
        .chars()
        .map(|c| match c {
            '0'..='9' | ',' | ';' | ':' | '(' | ')' | '%' => {
                char::from_u32(c as u32 + 0xFEE0).unwrap()
            }
            _ => c,
        })
        .collect();
    let other = extract_dataset(&wide).unwrap();
    assert_eq!(other.indicators.len(), ds().indicators.len());
    for (a, b) in ds().indicators.iter().zip(&other.indicators) {
        assert_eq!(
            (a.id.as_str(), a.value, a.span, a.measure, a.status),
            (b.id.as_str(), b.value, b.span, b.measure, b.status)
        );
    }
    assert_eq!(other.pairs.len(), ds().pairs.len());
}
