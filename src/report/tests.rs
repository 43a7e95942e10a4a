use super::*;
use crate::model::Genre;
use crate::EMBEDDED_REPORT;

fn para_containing<'a>(r: &'a Report, needle: &str) -> &'a Paragraph {
    r.paragraphs
        .iter()
        .find(|p| r.original_text(p.start, p.end).contains(needle))
        .unwrap_or_else(|| panic!("no paragraph contains {needle}"))
}

#[test]
fn finds_parts_years_and_title() {
    let r = Report::parse(EMBEDDED_REPORT);
    assert_eq!(r.documents.len(), 1);
    let d = &r.documents[0];
    assert_eq!(d.reference_year, Some(2025));
    assert_eq!(d.reference_note, "dateline: 2025年01月08日");
    assert_eq!(d.title, "政府工作报告(摘登)");
    assert_eq!(d.genre, Genre::WorkReport);
    assert_eq!(
        para_containing(&r, "扩增中小学学位8054个").section_year,
        Some((2024, "工作回顾".to_string()))
    );
    assert_eq!(
        para_containing(&r, "扩增中小学学位8054个").part,
        Part::Review
    );
    assert_eq!(para_containing(&r, "新增中小学学位7900个").part, Part::Plan);
    // The page line opens the abstract; the place is the one its body names (海淀区第三图书馆).
    assert_eq!(d.place.as_deref(), Some("海淀区"));
}

#[test]
fn a_numbered_heading_that_mentions_meetings_starts_no_document() {
    let text = "政府工作报告\n——2025年1月8日在青原区第三届人民代表大会第四次会议上\n一、2024年工作回顾\n地区生产总值增长6%。\n（六）加强政府自身建设。持续精简会议文件。\n各位代表，让我们团结奋斗！\n";
    let r = Report::parse(text);
    assert_eq!(r.documents.len(), 1);
    assert_eq!(r.documents[0].place.as_deref(), Some("青原区"));
}

#[test]
fn sections_come_from_headings_and_lead_ins() {
    let r = Report::parse(EMBEDDED_REPORT);
    assert_eq!(
        para_containing(&r, "扩增中小学学位8054个").section,
        "教育质量不断提升"
    );
    assert_eq!(
        para_containing(&r, "地区生产总值增长6%").section,
        "聚焦高质量发展"
    );
    let targets = para_containing(&r, "地区生产总值增长5.5%");
    assert_eq!(targets.section, "主要预期目标");
    assert!(targets.headline_targets);
    assert_eq!(
        para_containing(&r, "新增中小学学位7900个").section,
        "全力办好人民满意的教育"
    );
}

#[test]
fn page_furniture_is_not_body() {
    let r = Report::parse(EMBEDDED_REPORT);
    for p in &r.paragraphs {
        let t = r.original_text(p.start, p.end);
        assert!(!t.contains("c52591.html"), "furniture read as body: {t}");
        assert!(!t.contains("第02版"), "furniture read as body: {t}");
    }
}

#[test]
fn heading_that_runs_into_body_keeps_the_body() {
    let r = Report::parse(EMBEDDED_REPORT);
    let p = para_containing(&r, "紧盯重大项目进度");
    assert_eq!(p.part, Part::Plan);
    assert!(r.original_text(p.start, p.end).starts_with("充分发挥投资"));
}

#[test]
fn sentences_split_on_stops_and_semicolons() {
    let r = Report::parse("2024\n工作回顾\n甲增长6%;乙完成3个。丙\n");
    let p = &r.paragraphs[0];
    let s: Vec<String> = r
        .sentences(p)
        .iter()
        .map(|s| r.original_text(s.start, s.end))
        .collect();
    assert_eq!(s, vec!["甲增长6%", "乙完成3个", "丙"]);
}

#[test]
fn reads_full_width_reports_with_numbered_headings() {
    let text = "一、２０２４年工作回顾\n（一）经济稳中向好。全年地区生产总值增长５％。\n二、２０２５年工作安排\n经济社会发展主要预期目标是：地区生产总值增长５％左右。\n";
    let r = Report::parse(text);
    assert_eq!(r.documents[0].reference_year, Some(2025));
    assert_eq!(r.documents[0].reference_note, "heading: 一、2024年工作回顾");
    let review = para_containing(&r, "全年地区生产总值");
    assert_eq!(
        review.section_year,
        Some((2024, "一、2024年工作回顾".to_string()))
    );
    assert_eq!(review.part, Part::Review);
    assert_eq!(review.section, "经济稳中向好");
    let plan = para_containing(&r, "主要预期目标");
    assert_eq!(plan.part, Part::Plan);
}

#[test]
fn text_without_parts_is_plain_text_without_a_year() {
    let r = Report::parse("新增停车位7418个。");
    assert_eq!(r.paragraphs.len(), 1);
    assert_eq!(r.paragraphs[0].part, Part::Text);
    assert_eq!(r.documents[0].reference_year, None);
    assert_eq!(r.documents[0].genre, Genre::Text);
}
