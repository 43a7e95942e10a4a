//! Labels for a found quantity: what it measures, how certain it is, which topic it belongs to.

use super::lexer::{Token, TokenKind};
use crate::model::{Category, Measure};

/// What a number is, from the pattern it came from, its unit, its subject and the words
/// around it.
pub fn measure(
    token: &Token,
    subject: &str,
    growth: Option<bool>,
    qualifiers: &[String],
) -> Measure {
    match token.kind {
        TokenKind::Consecutive if token.unit == "年" => return Measure::Years,
        TokenKind::Consecutive => return Measure::Level,
        TokenKind::Rank => return Measure::Rank,
        TokenKind::Fraction => return Measure::Share,
        TokenKind::FullCoverage => return Measure::Rate,
        TokenKind::Number => {}
    }
    let percent = matches!(token.unit.as_str(), "%" | "个百分点" | "百分点" | "‰");
    if percent {
        if growth.is_some() {
            return Measure::Growth;
        }
        if ["占比", "比例", "比重", "份额"]
            .iter()
            .any(|w| subject.contains(w))
        {
            return Measure::Share;
        }
        return Measure::Rate;
    }
    let stock_words = ["累计", "总数", "总面积", "总量", "总规模", "现有", "已达"];
    if qualifiers.iter().any(|q| q == "累计" || q == "已达")
        || stock_words.iter().any(|w| subject.contains(w))
    {
        return Measure::Cumulative;
    }
    Measure::Level
}

const SUBJECT_TOPICS: &[(&str, Category)] = &[
    ("生产总值", Category::Economy),
    ("预算收入", Category::Economy),
    ("固定资产投资", Category::Economy),
    ("消费品零售", Category::Economy),
    ("高新技术企业", Category::Economy),
    ("软件和信息服务业", Category::Economy),
    ("文化产业", Category::Culture),
    ("旅游", Category::Culture),
    ("空气", Category::Environment),
    ("水质", Category::Environment),
    ("水体", Category::Environment),
    ("林地", Category::Environment),
    ("绿地", Category::Environment),
    ("学位", Category::Education),
    ("学校", Category::Education),
    ("停车", Category::Transport),
    ("道路", Category::Transport),
    ("充电", Category::Transport),
    ("保障性住房", Category::Housing),
    ("公租房", Category::Housing),
    ("民生实事", Category::Governance),
    ("接诉即办", Category::Governance),
];

const SECTION_TOPICS: &[(&str, Category)] = &[
    ("教育", Category::Education),
    ("交通", Category::Transport),
    ("居住", Category::Housing),
    ("住房", Category::Housing),
    ("就业", Category::Employment),
    ("社会保障", Category::Employment),
    ("社保", Category::Employment),
    ("民生", Category::Employment),
    ("健康", Category::Health),
    ("医疗", Category::Health),
    ("文化", Category::Culture),
    ("精神", Category::Culture),
    ("生态", Category::Environment),
    ("环境", Category::Environment),
    ("垃圾", Category::Environment),
    ("花园", Category::Environment),
    ("规划", Category::Urban),
    ("疏整促", Category::Urban),
    ("城市化", Category::Urban),
    ("协同", Category::Urban),
    ("城市", Category::Urban),
    ("创新", Category::Innovation),
    ("科技", Category::Innovation),
    ("人才", Category::Innovation),
    ("原始", Category::Innovation),
    ("治理", Category::Governance),
    ("安全", Category::Governance),
    ("改革", Category::Governance),
    ("营商", Category::Governance),
    ("政绩", Category::Governance),
    ("贯彻落实", Category::Governance),
    ("产业", Category::Economy),
    ("消费", Category::Economy),
    ("投资", Category::Economy),
    ("经济", Category::Economy),
    ("两区", Category::Economy),
    ("开放", Category::Economy),
    ("发展", Category::Economy),
    ("目标", Category::Economy),
];

/// The topic of an indicator: from its subject where that is telling, else `section_category`
/// (the topic of its section, from [`section_category`]).
pub fn category(subject: &str, section_category: Category) -> Category {
    SUBJECT_TOPICS
        .iter()
        .find(|(w, _)| subject.contains(w))
        .map_or(section_category, |(_, c)| *c)
}

/// The topic of a section heading (governance where nothing in it tells).
pub fn section_category(section: &str) -> Category {
    SECTION_TOPICS
        .iter()
        .find(|(w, _)| section.contains(w))
        .map_or(Category::Governance, |(_, c)| *c)
}
