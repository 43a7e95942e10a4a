//! The units of the genre, and which magnitudes stay in the unit (亿元, 万平方米, 万人次) and which
//! are folded into the value (1.3万套 -> 13000 套).

/// Units that follow a number, longest first where one is a prefix of another.
const UNITS: &[&str] = &[
    "平方公里",
    "平方米",
    "立方米",
    "个百分点",
    "百分点",
    "个工作日",
    "千瓦时",
    "千瓦",
    "公顷",
    "公里",
    "千米",
    "延米",
    "人次",
    "场次",
    "家次",
    "个次",
    "户次",
    "架次",
    "车次",
    "分钟",
    "小时",
    "周年",
    "连冠",
    "PB",
    "TB",
    "EB",
    "GB",
    "元",
    "米",
    "个",
    "家",
    "套",
    "张",
    "部",
    "座",
    "处",
    "条",
    "宗",
    "件",
    "户",
    "名",
    "人",
    "所",
    "项",
    "期",
    "场",
    "次",
    "天",
    "年",
    "吨",
    "辆",
    "间",
    "栋",
    "批",
    "亩",
    "床",
    "台",
    "届",
    "块",
    "片",
    "类",
    "支",
    "门",
    "篇",
    "本",
    "册",
    "位",
    "倍",
    "页",
    "口",
    "根",
    "盏",
    "株",
    "棵",
    "趟",
    "班",
    "列",
    "大",
    "%",
    "‰",
];

/// Units that are not quantities when they follow a number (75周年 names an anniversary).
const NOT_QUANTITY_UNITS: &[&str] = &["周年"];

/// Magnitude + unit combinations the genre writes as one unit, kept as written.
const MAGNITUDE_UNITS: &[&str] = &[
    "万亿元",
    "亿元",
    "万元",
    "万平方米",
    "万平方公里",
    "万人次",
    "亿人次",
    "万人",
    "亿人",
    "万吨",
    "亿吨",
    "万千瓦",
    "亿千瓦时",
    "万千瓦时",
    "万亩",
    "亿立方米",
    "万立方米",
    "万户",
    "万辆",
];

/// A magnitude character sequence at the start of `s`: (chars used, factor).
pub fn magnitude_at(s: &[char]) -> Option<(usize, f64)> {
    match s {
        ['万', '亿', ..] => Some((2, 1e12)),
        ['亿', ..] => Some((1, 1e8)),
        ['万', ..] => Some((1, 1e4)),
        _ => None,
    }
}

/// The longest unit at the start of `s`, as written.
pub fn unit_at(s: &[char]) -> Option<&'static str> {
    // Encode the first char once and skip every unit that does not start with it.
    let first = s.first()?;
    let mut buf = [0u8; 4];
    let lead = first.encode_utf8(&mut buf).as_bytes();
    UNITS
        .iter()
        .copied()
        .find(|u| u.as_bytes().starts_with(lead) && starts_with(s, u))
}

/// Whether this unit after a number means the number is not a quantity.
pub fn is_not_quantity_unit(unit: &str) -> bool {
    NOT_QUANTITY_UNITS.contains(&unit)
}

/// Whether the genre writes this magnitude with this unit as one unit (亿 + 元 -> 亿元).
pub fn keeps_magnitude(magnitude: &str, unit: &str) -> bool {
    let combined = format!("{magnitude}{unit}");
    MAGNITUDE_UNITS.contains(&combined.as_str())
}

/// Whether a char slice starts with a pattern.
pub fn starts_with(s: &[char], pattern: &str) -> bool {
    let mut it = s.iter();
    pattern.chars().all(|p| it.next() == Some(&p))
}

/// Whether a char slice ends with a pattern.
pub fn ends_with(s: &[char], pattern: &str) -> bool {
    let mut it = s.iter().rev();
    pattern.chars().rev().all(|p| it.next() == Some(&p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn longest_unit_wins() {
        assert_eq!(unit_at(&chars("平方米大中修")), Some("平方米"));
        assert_eq!(unit_at(&chars("个百分点")), Some("个百分点"));
        assert_eq!(unit_at(&chars("个工作日以内")), Some("个工作日"));
        assert_eq!(unit_at(&chars("人次参与")), Some("人次"));
        assert_eq!(unit_at(&chars("号线")), None);
        assert_eq!(unit_at(&chars("微克")), None);
    }

    #[test]
    fn magnitudes_fold_into_counts_but_stay_with_money_and_area() {
        assert!(keeps_magnitude("亿", "元"));
        assert!(keeps_magnitude("万", "平方米"));
        assert!(keeps_magnitude("万", "人次"));
        assert!(keeps_magnitude("万亿", "元"));
        assert!(!keeps_magnitude("万", "套"));
        assert!(!keeps_magnitude("万", "个"));
    }
}
