//! A hand-made dataset for unit tests of the chart layer (the integration tests in `tests/` use
//! the real extractor instead).

use crate::dataset::*;

#[allow(clippy::too_many_arguments)]
fn ind(
    id: &str,
    series: &str,
    subject: &str,
    en: &str,
    value: f64,
    unit: &str,
    display: &str,
    year: i32,
    measure: Measure,
    status: Status,
    quals: &[&str],
    category: Category,
    needle: &str,
) -> Indicator {
    let text = crate::EMBEDDED_REPORT;
    let byte = text.find(needle).unwrap_or(0);
    let start = text[..byte].chars().count();
    let end = start + needle.chars().count();
    let chars: Vec<char> = text.chars().collect();
    let is_stop = |c: char| matches!(c, '。' | '；' | '\n');
    let mut qs = start;
    while qs > 0 && !is_stop(chars[qs - 1]) {
        qs -= 1;
    }
    let mut qe = end;
    while qe < chars.len() && !is_stop(chars[qe]) {
        qe += 1;
    }
    Indicator {
        id: id.into(),
        series: series.into(),
        subject: subject.into(),
        subject_en: if en.is_empty() { None } else { Some(en.into()) },
        value,
        unit: unit.into(),
        display: display.into(),
        year,
        measure,
        status,
        qualifiers: quals.iter().map(|q| q.to_string()).collect(),
        section: String::new(),
        part: if year == 2024 { Part::Review } else { Part::Plan },
        category,
        span: SourceSpan { start, end },
        quote: chars[qs..qe].iter().collect(),
        quote_span: SourceSpan { start: qs, end: qe },
    }
}

fn pair(from: &str, to: &str) -> YearPair {
    YearPair {
        id: format!("{from}--{to}"),
        from: from.into(),
        to: to.into(),
        comparable: Comparability::Exact,
        note: String::new(),
    }
}

/// A realistic subset of the embedded report.
pub(crate) fn dataset() -> Dataset {
    use Category::*;
    use Measure::*;
    use Status::*;
    let indicators = vec![
        ind("gdp-growth-2024", "gdp-growth", "地区生产总值增长", "GDP growth", 6.0, "%", "6%", 2024, Growth, Estimate, &["预计"], Economy, "地区生产总值增长6%"),
        ind("gdp-growth-2025", "gdp-growth", "地区生产总值增长", "GDP growth", 5.5, "%", "5.5%", 2025, Growth, Target, &[], Economy, "地区生产总值增长5.5%"),
        ind("revenue-growth-2024", "revenue-growth", "区级一般公共预算收入增长", "District budget revenue growth", 6.0, "%", "6%", 2024, Growth, Result, &[], Economy, "区级一般公共预算收入增长6%"),
        ind("revenue-growth-2025", "revenue-growth", "区级一般公共预算收入增长", "District budget revenue growth", 4.0, "%", "4%", 2025, Growth, Target, &[], Economy, "区级一般公共预算收入增长4%"),
        ind("hitech-growth-2025", "hitech-growth", "高新技术企业总收入增长", "High-tech firms' revenue growth", 7.0, "%", "7%", 2025, Growth, Target, &["左右"], Economy, "高新技术企业总收入增长7%左右"),
        ind("software-revenue-2024", "software-revenue", "软件和信息服务业收入", "Software and IT services revenue", 2.0, "万亿元", "2万亿元", 2024, Level, Estimate, &["预计"], Innovation, "2万亿元"),
        ind("software-growth-2024", "software-growth", "软件和信息服务业收入增长", "Software and IT services revenue growth", 13.0, "%", "13%", 2024, Growth, Estimate, &["预计"], Innovation, "增长13%"),
        ind("fai-growth-2024", "fai-growth", "固定资产投资增长", "Fixed-asset investment growth", 5.8, "%", "5.8%", 2024, Growth, Estimate, &["预计"], Economy, "固定资产投资预计增长5.8%"),
        ind("loans-growth-2024", "loans-growth", "区财金协同平台发放贷款增长", "", 95.0, "%", "95%", 2024, Growth, Result, &[], Innovation, "增长95%"),
        ind("school-places-added-2024", "school-places-added", "新增中小学学位", "School places added", 8054.0, "个", "8054个", 2024, Level, Result, &[], Education, "8054个"),
        ind("school-places-added-2025", "school-places-added", "新增中小学学位", "School places added", 7900.0, "个", "7900个", 2025, Level, Target, &[], Education, "7900个"),
        ind("housing-starts-2024", "housing-starts", "保障性住房开工", "Affordable homes started", 2338.0, "套", "2338套", 2024, Level, Result, &[], Housing, "2338套"),
        ind("housing-starts-2025", "housing-starts", "保障性住房开工", "Affordable homes started", 1.3, "万套", "1.3万套", 2025, Level, Target, &[], Housing, "1.3万套"),
        ind("housing-done-2024", "housing-done", "保障性住房竣工", "Affordable homes completed", 5372.0, "套", "5372套", 2024, Level, Result, &[], Housing, "5372套"),
        ind("housing-done-2025", "housing-done", "保障性住房竣工", "Affordable homes completed", 6800.0, "套", "6800套", 2025, Level, Target, &[], Housing, "6800套"),
        ind("rental-coverage-2024", "rental-coverage", "公租房备案家庭总体保障率", "Public rental coverage", 83.97, "%", "83.97%", 2024, Rate, Result, &["已达"], Housing, "83.97%"),
        ind("rental-coverage-2025", "rental-coverage", "公租房备案家庭总体保障率", "Public rental coverage", 85.0, "%", "85%", 2025, Rate, Target, &["以上"], Housing, "85%以上"),
        ind("rental-homes-2024", "rental-homes", "新配租公租房", "", 1614.0, "套", "1614套", 2024, Level, Result, &[], Housing, "1614套"),
        ind("parking-2024", "parking", "挖潜新增停车位", "Parking spaces added", 7418.0, "个", "7418个", 2024, Level, Result, &[], Transport, "7418个"),
        ind("parking-2025", "parking", "挖潜新增停车位", "Parking spaces added", 8000.0, "个", "8000个", 2025, Level, Target, &[], Transport, "8000个"),
        ind("road-km-2024", "road-km", "新增道路通车里程", "New road opened", 10.1, "公里", "10.1公里", 2024, Level, Result, &[], Transport, "10.1公里"),
        ind("road-km-2025", "road-km", "新增道路通车里程", "New road opened", 30.0, "公里", "30公里", 2025, Level, Target, &["以上"], Transport, "30公里以上"),
    ];
    Dataset {
        source: SourceInfo { title: "政府工作报告(摘登)".into(), sha256: String::new(), review_year: 2024, plan_year: 2025 },
        indicators,
        pairs: vec![
            pair("gdp-growth-2024", "gdp-growth-2025"),
            pair("revenue-growth-2024", "revenue-growth-2025"),
            pair("school-places-added-2024", "school-places-added-2025"),
            pair("housing-starts-2024", "housing-starts-2025"),
            pair("housing-done-2024", "housing-done-2025"),
            pair("rental-coverage-2024", "rental-coverage-2025"),
            pair("parking-2024", "parking-2025"),
            pair("road-km-2024", "road-km-2025"),
        ],
        derived: vec![DerivedValue {
            id: "software-revenue-2023".into(),
            series: "software-revenue".into(),
            year: 2023,
            value: 2.0 / 1.13,
            unit: "万亿元".into(),
            from: vec!["software-revenue-2024".into(), "software-growth-2024".into()],
            formula: "2万亿元 / (1 + 13%)".into(),
        }],
    }
}
