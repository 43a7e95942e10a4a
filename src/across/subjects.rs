//! What a figure measures, as a key that reports of other years and places share: the subject
//! without the place's name, relative years and the verbs of a plan (全区将确保城镇新增就业 ->
//! 城镇新增就业), and how alike two such subjects are.

/// Words that name the reporting government itself rather than what is measured.
const WHOLE_PLACE: [&str; 7] = ["全区", "全市", "全省", "全县", "全州", "全旗", "全年"];
/// Relative years and time words.
const TIME_WORDS: [&str; 6] = ["去年", "今年", "明年", "上年", "当年", "年内"];
/// Verbs and adverbs that open a subject in a plan or a review.
const LEADING: [&str; 19] = [
    "全体",
    "新建",
    "筹集",
    "将",
    "确保",
    "力争",
    "争取",
    "实现",
    "完成",
    "安排",
    "推动",
    "计划",
    "预计",
    "努力",
    "全力",
    "累计",
    "持续",
    "继续",
    "新建成",
];
/// Verbs that close a subject before its number.
const TRAILING: [&str; 11] = [
    "达到",
    "达",
    "实现",
    "为",
    "约",
    "目标定",
    "定在",
    "目标",
    "预期",
    "增长",
    "增速",
];

/// The place's name and its short form (青川区 -> 青川), longest first.
fn place_names(place: Option<&str>) -> Vec<String> {
    let Some(p) = place else { return Vec::new() };
    let mut names = vec![p.to_string()];
    let short: String = {
        let chars: Vec<char> = p.chars().collect();
        match chars.last() {
            Some('区' | '市' | '省' | '县' | '州' | '旗') if chars.len() >= 3 => {
                chars[..chars.len() - 1].iter().collect()
            }
            _ => String::new(),
        }
    };
    if !short.is_empty() {
        names.push(short);
    }
    names
}

/// The subject as a key: without the place, relative years, brackets and plan verbs.
pub fn normalize(subject: &str, place: Option<&str>) -> String {
    let mut s: String = subject
        .chars()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(
                    c,
                    '“' | '”'
                        | '"'
                        | '、'
                        | '●'
                        | '◆'
                        | '■'
                        | '·'
                        | '•'
                        | '▪'
                        | '○'
                        | '★'
                        | '・'
                )
        })
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            c => c,
        })
        .collect();
    // 新建（筹集）保障性租赁住房: an aside in words is no part of what is measured (an alias such
    // as (PM2.5) stays).
    let mut from = 0;
    while let Some(a) = s.get(from..).and_then(|r| r.find('(')).map(|a| a + from) {
        let Some(b) = s.get(a..).and_then(|r| r.find(')')).map(|b| b + a) else {
            break;
        };
        let inner = s.get(a + 1..b).unwrap_or("");
        if !inner.is_empty() && inner.chars().all(crate::text::is_han) {
            s.replace_range(a..=b, "");
        } else {
            from = b + 1;
        }
    }
    for name in place_names(place) {
        s = s.replace(&name, "");
    }
    for w in WHOLE_PLACE.iter().chain(TIME_WORDS.iter()) {
        s = s.replace(w, "");
    }
    loop {
        let before = s.len();
        for w in LEADING {
            if let Some(rest) = s.strip_prefix(w) {
                s = rest.to_string();
            }
        }
        for w in TRAILING {
            if let Some(rest) = s.strip_suffix(w) {
                s = rest.to_string();
            }
        }
        if s.len() == before {
            break;
        }
    }
    s
}

/// A phrase that says how a figure was computed, not what it measures (按不变价格计算, 同比):
/// the figure measures what the figure before it in its sentence does.
pub fn is_method_phrase(key: &str) -> bool {
    key.is_empty()
        || (key.starts_with('按') && key.ends_with("计算"))
        || key.contains("口径")
        || key.starts_with("扣除")
        || matches!(key, "同比" | "比上年" | "可比价" | "按可比价")
        // 高于年初确定的6.5%以上的预期目标, 未完成年初确定的5%以上目标: the target of what the
        // sentence has just reported.
        || key.contains("年初确定")
        || key.contains("年初制定")
        || (key.contains("目标")
            && ["高于", "低于", "超过", "完成", "确定的"]
                .iter()
                .any(|w| key.contains(w)))
}

/// Dice similarity of the two subjects' character bigrams, 0 to 1.
pub fn similarity(a: &str, b: &str) -> f64 {
    let grams = |s: &str| {
        let c: Vec<char> = s.chars().collect();
        let mut g: Vec<(char, char)> = c.windows(2).map(|w| (w[0], w[1])).collect();
        g.sort_unstable();
        g
    };
    let (ga, gb) = (grams(a), grams(b));
    if ga.is_empty() || gb.is_empty() {
        return if a == b { 1.0 } else { 0.0 };
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < ga.len() && j < gb.len() {
        match ga[i].cmp(&gb[j]) {
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
        }
    }
    2.0 * common as f64 / (ga.len() + gb.len()) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn place_time_and_plan_words_leave_the_subject() {
        let q = Some("青川区");
        assert_eq!(normalize("全区将确保城镇新增就业", q), "城镇新增就业");
        assert_eq!(normalize("青川今年将安排区级重点项目", q), "区级重点项目");
        assert_eq!(normalize("青川区去年经济", q), "经济");
        assert_eq!(
            normalize("细颗粒物（PM2.5）年均浓度", q),
            "细颗粒物(PM2.5)年均浓度"
        );
        assert_eq!(normalize("全区实现地区生产总值", q), "地区生产总值");
        assert_eq!(normalize("新建（筹集）保障性租赁住房", q), "保障性租赁住房");
        assert_eq!(normalize("全体居民人均可支配收入", q), "居民人均可支配收入");
        assert_eq!(normalize("经济增长目标定", q), "经济");
        assert_eq!(normalize("· GDP", q), "GDP");
        assert!(is_method_phrase(&normalize("按不变价格计算", q)));
        assert!(is_method_phrase("扣除留抵退税因素后同口径"));
        assert!(is_method_phrase(&normalize("高于年初确定的预期目标", q)));
        assert!(is_method_phrase(&normalize("未完成年初确定的目标", q)));
        assert!(!is_method_phrase("地区生产总值"));
    }

    #[test]
    fn similarity_of_reordered_words() {
        assert!((similarity("新增城镇就业", "城镇新增就业") - 0.6).abs() < 1e-9);
        assert_eq!(similarity("地区生产总值", "地区生产总值"), 1.0);
        assert_eq!(similarity("公园", "学位"), 0.0);
        assert!((similarity("社会消费品零售总额", "社会消费品零售额") - 0.8).abs() < 1e-9);
        assert!(similarity("新建口袋公园", "建成口袋公园") < super::super::SIMILAR_THRESHOLD);
    }
}
