use super::*;
use crate::text::fold;

fn scan_str(s: &str) -> Vec<Token> {
    let chars = fold(s);
    let original: Vec<char> = s.chars().collect();
    let text = Text {
        chars: &chars,
        original: &original,
    };
    scan(text, 0, chars.len())
}

fn tokens(s: &str) -> Vec<(String, f64, String)> {
    scan_str(s)
        .into_iter()
        .map(|t| {
            (
                s.chars()
                    .skip(t.display.0)
                    .take(t.display.1 - t.display.0)
                    .collect(),
                t.value,
                t.unit,
            )
        })
        .collect()
}

fn t(display: &str, value: f64, unit: &str) -> (String, f64, String) {
    (display.to_string(), value, unit.to_string())
}

#[test]
fn arabic_numbers_with_units_and_decimals() {
    assert_eq!(
        tokens("扩增中小学学位8054个"),
        vec![t("8054个", 8054.0, "个")]
    );
    assert_eq!(
        tokens("面积369.22公顷"),
        vec![t("369.22公顷", 369.22, "公顷")]
    );
    assert_eq!(tokens("增长5.5%"), vec![t("5.5%", 5.5, "%")]);
}

#[test]
fn magnitudes_fold_into_counts_and_stay_with_money_and_area() {
    assert_eq!(tokens("开工1.3万套"), vec![t("1.3万套", 13000.0, "套")]);
    assert_eq!(tokens("收入预计2万亿元"), vec![t("2万亿元", 2.0, "万亿元")]);
    assert_eq!(
        tokens("新增产业空间115.5万平方米"),
        vec![t("115.5万平方米", 115.5, "万平方米")]
    );
    assert_eq!(
        tokens("吸引超131.5万人次参与"),
        vec![t("131.5万人次", 131.5, "万人次")]
    );
    assert_eq!(
        tokens("活动1.3万余场次"),
        vec![t("1.3万余场次", 13000.0, "场次")]
    );
    assert_eq!(tokens("传播量近8亿人次"), vec![t("8亿人次", 8.0, "亿人次")]);
}

#[test]
fn spans_cover_number_and_magnitude() {
    let found = scan_str("开工1.3万套、竣工6800套");
    assert_eq!(found[0].span, (2, 6));
    assert_eq!(found[1].span, (10, 14));
}

#[test]
fn trailing_qualifiers_are_kept_as_written() {
    let found = scan_str("高新技术企业总收入增长7%左右;保障率升至85%以上;企业1300余家");
    assert_eq!(found[0].qualifiers, vec!["左右"]);
    assert_eq!(found[0].display, (11, 15));
    assert_eq!(found[1].qualifiers, vec!["以上"]);
    assert_eq!(found[2].qualifiers, vec!["余"]);
    assert_eq!(found[2].value, 1300.0);
}

#[test]
fn full_width_digits_and_percent() {
    assert_eq!(
        tokens("地区生产总值增长５．５％，"),
        vec![t("５．５％", 5.5, "%")]
    );
    assert_eq!(tokens("完成１２个"), vec![t("１２个", 12.0, "个")]);
}

#[test]
fn chinese_numerals_that_count() {
    assert_eq!(
        tokens("综合绩效评价连续四年全市第一"),
        vec![t("连续四年", 4.0, "年"), t("全市第一", 1.0, "名")]
    );
    assert_eq!(
        tokens("空气质量连续10年城六区最优"),
        vec![t("连续10年", 10.0, "年")]
    );
    assert_eq!(tokens("模范城“十连冠”,"), vec![t("十连冠", 10.0, "连冠")]);
    assert_eq!(
        tokens("规模全市占比保持四分之一强,"),
        vec![t("四分之一强", 25.0, "%")]
    );
    assert_eq!(tokens("规模居全市第二。"), vec![t("全市第二", 2.0, "名")]);
}

#[test]
fn full_coverage_only_when_achieved() {
    assert_eq!(
        tokens("配备实现中小学全覆盖"),
        vec![t("全覆盖", 100.0, "%")]
    );
    assert!(tokens("老旧小区物业管理全覆盖等难点问题").is_empty());
}

#[test]
fn non_quantities_produce_nothing() {
    for s in [
        "2024年是实现“十四五”规划目标任务的关键一年",
        "深入贯彻党的二十大和二十届二中、三中全会精神",
        "完善落实“两个毫不动摇”政策机制",
        "地铁12号线、昌平线南延一期开通",
        "联合举办第22期、第23期国际化人才实训班",
        "成功搭建全球首个通讯与智能融合的6G外场试验网",
        "北京高级别自动驾驶示范区4.0阶段扩区至海淀",
        "扎实推动区委“1+6”文件落地",
        "深化“0.1微克”行动",
        "永丰数字科技中心三期等29个市级“3个100”重点工程",
        "庆祝中华人民共和国成立75周年",
        "2022年以来",
        "推动IPV6等新一代信息技术",
        "服务保障好2025中关村论坛",
        "第四次全国文物普查有序推进",
        "安宁庄后街13号院北区项目开工",
    ] {
        let found: Vec<String> = tokens(s)
            .into_iter()
            .map(|t| t.0)
            .filter(|d| d != "29个")
            .collect();
        assert!(found.is_empty(), "{s} gave {found:?}");
    }
}

#[test]
fn double_hundred_percent_is_kept_and_marked() {
    let found = scan_str("比例首次实现“双100%”;");
    assert_eq!(found.len(), 1);
    assert!(found[0].double);
    assert_eq!(found[0].value, 100.0);
}

#[test]
fn years_with_real_units_are_quantities() {
    assert_eq!(tokens("收入2000亿元"), vec![t("2000亿元", 2000.0, "亿元")]);
    assert_eq!(tokens("新增1995个"), vec![t("1995个", 1995.0, "个")]);
}
