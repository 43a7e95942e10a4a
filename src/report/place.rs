//! The issuing government a document names (海淀区, 北京市, 湖北省): in its title, meeting line
//! or headline.

/// Endings of administrative units, longest first.
const UNIT_ENDINGS: [&str; 8] = ["自治区", "自治州", "省", "市", "区", "县", "州", "旗"];

/// Headline words that can stand right before a place name: 一图读懂枫岭市, 聚焦澄原市.
const NOT_OF_A_NAME: [&str; 8] = [
    "读懂", "看懂", "解读", "图解", "聚焦", "速览", "直击", "关注",
];

/// Words before which a place name stands: 第…届人民代表大会, 人民政府, 2025年, 政府工作报告.
const AFTER_PLACE: [&str; 6] = ["第", "人民政府", "政府", "国民经济", "20", "19"];

/// The last administrative unit named before one of `AFTER_PLACE` in `line` (北京市海淀区第十七届
/// -> 海淀区), or `None`.
pub fn place_in(line: &str) -> Option<String> {
    let mut best: Option<String> = None;
    for (i, _) in line.char_indices() {
        let rest = &line[i..];
        if !AFTER_PLACE.iter().any(|w| rest.starts_with(w)) {
            continue;
        }
        let before = &line[..i];
        for ending in UNIT_ENDINGS {
            let Some(stem) = before.strip_suffix(ending) else {
                continue;
            };
            // The name: up to four Han characters before the ending, after any larger unit.
            let mut name: Vec<char> = stem
                .chars()
                .rev()
                .take_while(|&c| crate::text::is_han(c) && !is_unit_char(c))
                .take(4)
                .collect();
            name.reverse();
            // 一图读懂枫岭市…, 聚焦澄原市…: a headline's verb is no part of the name.
            for lead in NOT_OF_A_NAME {
                let lead: Vec<char> = lead.chars().collect();
                if name.len() > lead.len() + 1 && name.starts_with(&lead) {
                    name.drain(..lead.len());
                }
            }
            if name.len() >= 2 || (name.len() == 1 && ending != "区") {
                best = Some(name.into_iter().chain(ending.chars()).collect());
            }
            break;
        }
        if best.is_some() {
            break;
        }
    }
    best.filter(|p| {
        !matches!(
            p.as_str(),
            "本市" | "全市" | "全区" | "全省" | "我市" | "我区"
        )
    })
}

/// The government a news headline opens with (青川区去年经济增长6.1% -> 青川区; 澄州市青川区… ->
/// 青川区), or `None`.
pub fn place_at_start(line: &str) -> Option<String> {
    let chars: Vec<char> = line.trim_start().chars().collect();
    let mut start = 0;
    let mut found = None;
    loop {
        let mut next = None;
        for len in 2..=4 {
            let end = start + len;
            let Some(&c) = chars.get(end) else { break };
            let name = &chars[start..end];
            if !name
                .iter()
                .all(|&h| crate::text::is_han(h) && !is_unit_char(h))
            {
                break;
            }
            // 市场, 区域, 县域, 市民: a word, not a government.
            let word = chars
                .get(end + 1)
                .is_some_and(|n| "场域民委级内外属直辖".contains(*n));
            if matches!(c, '省' | '市' | '区' | '县') && !word {
                next = Some(end + 1);
                break;
            }
        }
        match next {
            Some(end) => {
                found = Some(chars[start..end].iter().collect::<String>());
                start = end;
            }
            None => break,
        }
    }
    found.filter(|p| !p.starts_with('全') && !p.starts_with('我') && !p.starts_with('本'))
}

fn is_unit_char(c: char) -> bool {
    matches!(
        c,
        '省' | '市' | '区' | '县' | '于' | '在' | '关' | '的' | '是' | '年' | '月' | '日' | '期'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_issuing_government() {
        let p = |s: &str| place_in(s);
        assert_eq!(
            p("——2025年1月6日在北京市海淀区第十七届人民代表大会第五次会议上").as_deref(),
            Some("海淀区")
        );
        assert_eq!(p("石港市2025年政府工作报告").as_deref(), Some("石港市"));
        assert_eq!(
            p("关于望潮市2024年国民经济和社会发展计划执行情况").as_deref(),
            Some("望潮市")
        );
        assert_eq!(p("云岭省人民政府工作报告").as_deref(), Some("云岭省"));
        assert_eq!(p("2025年梅溪县政府工作报告").as_deref(), Some("梅溪县"));
        assert_eq!(p("政府工作报告(摘登)"), None);
        assert_eq!(
            place_at_start("青川区去年经济增长6.1%").as_deref(),
            Some("青川区")
        );
        assert_eq!(
            place_at_start("澄州市青川区：今年增长6%").as_deref(),
            Some("青川区")
        );
        assert_eq!(place_at_start("全区经济稳中向好"), None);
        assert_eq!(place_at_start("经济运行稳中有进"), None);
        assert_eq!(place_at_start("大力发展市场主体"), None);
    }
}
