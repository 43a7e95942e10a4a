//! The words around a number that qualify it (预计, 约, 以上 ...), say what it measures (增长,
//! 下降), or only link it to its subject (分别, 为, 实现). Stripped from a subject phrase and
//! recorded.

use super::units::{ends_with, starts_with};

/// What a word next to a number tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// A qualifier, kept as written.
    Qualifier,
    /// A percent change upwards (增长) or downwards (下降).
    Growth { down: bool },
    /// 分别: the numbers that follow map one-to-one onto a list of subjects.
    Respectively,
    /// A linking word with no meaning of its own here.
    Silent,
}

/// Longest first, so that 提升至 is not read as 提 + 升至.
const WORDS: &[(&str, Effect)] = &[
    ("首次实现", Effect::Silent),
    ("不低于", Effect::Qualifier),
    ("不少于", Effect::Qualifier),
    ("不超过", Effect::Qualifier),
    ("提升至", Effect::Qualifier),
    ("压减至", Effect::Qualifier),
    ("提高至", Effect::Qualifier),
    ("缩短至", Effect::Qualifier),
    ("控制在", Effect::Qualifier),
    ("保持在", Effect::Qualifier),
    ("比上年", Effect::Silent),
    ("较上年", Effect::Silent),
    ("预计", Effect::Qualifier),
    ("超过", Effect::Qualifier),
    ("达到", Effect::Qualifier),
    ("已达", Effect::Qualifier),
    ("突破", Effect::Qualifier),
    ("累计", Effect::Qualifier),
    ("力争", Effect::Qualifier),
    ("降至", Effect::Qualifier),
    ("升至", Effect::Qualifier),
    ("增至", Effect::Qualifier),
    ("减至", Effect::Qualifier),
    ("保持", Effect::Qualifier),
    ("年均", Effect::Qualifier),
    ("增长", Effect::Growth { down: false }),
    ("增加", Effect::Growth { down: false }),
    ("提高", Effect::Growth { down: false }),
    ("上升", Effect::Growth { down: false }),
    ("下降", Effect::Growth { down: true }),
    ("减少", Effect::Growth { down: true }),
    ("降低", Effect::Growth { down: true }),
    ("回落", Effect::Growth { down: true }),
    ("分别", Effect::Respectively),
    ("同比", Effect::Silent),
    ("预期", Effect::Silent),
    ("实现", Effect::Silent),
    ("约", Effect::Qualifier),
    ("近", Effect::Qualifier),
    ("超", Effect::Qualifier),
    ("达", Effect::Qualifier),
    ("共", Effect::Qualifier),
    ("逾", Effect::Qualifier),
    ("为", Effect::Silent),
    ("是", Effect::Silent),
    ("在", Effect::Silent),
    ("对", Effect::Silent),
    ("“", Effect::Silent),
    ("\"", Effect::Silent),
    ("双", Effect::Silent),
];

const LEADING: &[(&str, Effect)] = &[
    ("预计", Effect::Qualifier),
    ("累计", Effect::Qualifier),
    ("其中", Effect::Silent),
    ("同时", Effect::Silent),
    ("全年", Effect::Silent),
    ("今年", Effect::Silent),
    ("去年", Effect::Silent),
    ("明年", Effect::Silent),
    ("并", Effect::Silent),
    ("及", Effect::Silent),
    ("和", Effect::Silent),
    ("且", Effect::Silent),
    ("、", Effect::Silent),
];

/// A subject phrase with the words around the number taken off.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Stripped {
    pub core: String,
    /// Qualifiers in text order.
    pub qualifiers: Vec<String>,
    pub growth: Option<bool>,
    pub respectively: bool,
}

/// Takes linking and qualifying words off both ends of the text before a number.
pub fn strip(raw: &[char]) -> Stripped {
    let mut out = Stripped::default();
    let mut s: &[char] = raw;
    let mut trailing: Vec<String> = Vec::new();
    'outer: loop {
        while s.last().is_some_and(|c| c.is_whitespace()) {
            s = &s[..s.len() - 1];
        }
        let last = s.last().copied();
        for (word, effect) in WORDS {
            // The last char first: most words fail there, without a slice comparison.
            if word.chars().next_back() == last && ends_with(s, word) {
                let n = word.chars().count();
                s = &s[..s.len() - n];
                apply(&mut out, &mut trailing, word, *effect);
                continue 'outer;
            }
        }
        break;
    }
    let mut leading: Vec<String> = Vec::new();
    'lead: loop {
        while s.first().is_some_and(|c| c.is_whitespace()) {
            s = &s[1..];
        }
        let first = s.first().copied();
        for (word, effect) in LEADING {
            if word.chars().next() == first && starts_with(s, word) {
                s = &s[word.chars().count()..];
                apply(&mut out, &mut leading, word, *effect);
                continue 'lead;
            }
        }
        break;
    }
    trailing.reverse();
    leading.extend(trailing);
    out.qualifiers = leading;
    out.core = clean_subject(s);
    out
}

fn apply(out: &mut Stripped, into: &mut Vec<String>, word: &str, effect: Effect) {
    match effect {
        Effect::Qualifier => into.push(word.to_string()),
        Effect::Growth { down } => out.growth = Some(down),
        Effect::Respectively => out.respectively = true,
        Effect::Silent => {}
    }
}

/// A subject without quotation marks and without stray punctuation at its ends.
pub fn clean_subject(s: &[char]) -> String {
    let kept: String = s
        .iter()
        .filter(|c| !matches!(c, '“' | '”' | '‘' | '’' | '"'))
        .collect();
    let trimmed = kept.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '、' | ',' | ':' | '—') || is_bullet(c)
    });
    balance_brackets(without_item_number(trimmed))
}

/// A subject without the number of its list item (1. 新建改扩建学校, 2、…).
fn without_item_number(s: &str) -> &str {
    let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 2 {
        return s;
    }
    let rest = &s[digits..];
    match rest.strip_prefix(['.', '、', ')']) {
        Some(r) if !r.starts_with(|c: char| c.is_ascii_digit()) => r.trim_start(),
        _ => s,
    }
}

/// A mark that opens an item of a list (● ◆ ■ · • ▪ ○ ◇ ▶ ★ ・).
pub fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '●' | '◆'
            | '■'
            | '□'
            | '·'
            | '•'
            | '▪'
            | '○'
            | '◇'
            | '▶'
            | '►'
            | '★'
            | '☆'
            | '・'
            | '◎'
    )
}

/// Drops a bracket at either end that has no partner; keeps `小区(村)` whole.
fn balance_brackets(s: &str) -> String {
    let mut out = s.to_string();
    if out.ends_with('(') {
        out.pop();
    }
    if out.starts_with(')') {
        out.remove(0);
    }
    let opens = out.matches('(').count();
    let closes = out.matches(')').count();
    if opens > closes {
        out.push(')');
    } else if closes > opens && out.ends_with(')') {
        out.pop();
    }
    out
}

/// Verbs after which the counted noun follows the number (完成32件民生实事).
const VERB_ENDINGS: &[&str] = &[
    "完成",
    "建成",
    "成立",
    "打通",
    "增设",
    "设立",
    "新建",
    "形成",
    "实施",
    "举办",
    "开展",
    "启动",
    "创建",
    "推进",
    "落实",
    "引导",
    "发起",
    "获批",
    "开放",
    "吸引",
    "惠及",
    "涵盖",
    "化解",
    "处置",
    "清理",
    "替代",
    "压减",
    "发布",
    "提供",
    "安排",
    "引入",
    "支持",
    "建设",
    "推动",
    "接养",
    "代征",
    "拆除",
    "腾退",
    "开复工",
    "实现",
    "培育",
    "组建",
    "新开工",
    "的",
    "等",
];

/// Whether a subject phrase ends with a verb (or 的/等) whose object follows the number.
pub fn ends_with_verb(core: &str) -> bool {
    VERB_ENDINGS.iter().any(|v| core.ends_with(v))
}

/// Subjects that only make sense with the subject of the number before them (规模, 全市占比).
pub fn is_anaphoric(core: &str) -> bool {
    matches!(
        core,
        "" | "规模"
            | "全市占比"
            | "全国占比"
            | "占比"
            | "规模全市占比"
            | "总数"
            | "总量"
            | "总面积"
            | "比重"
            | "增速"
            | "增幅"
            | "规模全国占比"
            | "数量"
            | "面积"
    )
}

/// Words where the phrase after a number stops being its noun (获评, 入选, 成功 ...).
const FOLLOW_STOPS: &[&str] = &[
    "获评",
    "入选",
    "成功",
    "实现",
    "挂牌",
    "全部",
    "开业",
    "投用",
    "顺利",
    "荣获",
    "启动",
    "相继",
    "已",
    "正",
    "均",
    "成为",
    "落地",
    "实施完成",
    "首次",
    "超额",
    "提前",
    "参与",
    "享受",
    "新增",
    "获批",
    "发布",
    "全面",
];

/// The noun phrase right after a quantity, up to punctuation, a number or a verb.
pub fn following_phrase(chars: &[char], from: usize, end: usize) -> String {
    let mut k = from;
    let mut out: Vec<char> = Vec::new();
    while k < end && out.len() < 16 {
        let c = chars[k];
        if matches!(c, ',' | '、' | ':' | ';' | '。' | '(' | ')') || c.is_ascii_digit() {
            break;
        }
        let rest = chars.get(k..end).unwrap_or(&[]);
        if !out.is_empty() && FOLLOW_STOPS.iter().any(|w| starts_with(rest, w)) {
            break;
        }
        out.push(c);
        k += 1;
    }
    let mut phrase = strip(&out).core;
    if let Some(rest) = phrase.strip_prefix('的') {
        phrase = rest.to_string();
    }
    while let Some(rest) = ["及", "和", "的"]
        .iter()
        .find_map(|w| phrase.strip_suffix(w))
    {
        phrase = rest.to_string();
    }
    phrase
}

#[cfg(test)]
mod tests {
    use super::*;

    fn st(s: &str) -> Stripped {
        strip(&s.chars().collect::<Vec<_>>())
    }

    #[test]
    fn strips_qualifiers_and_growth_words() {
        let s = st("预计地区生产总值增长");
        assert_eq!(s.core, "地区生产总值");
        assert_eq!(s.qualifiers, vec!["预计"]);
        assert_eq!(s.growth, Some(false));
        let s = st("开工、完工面积分别增长");
        assert_eq!(s.core, "开工、完工面积");
        assert!(s.respectively);
        let s = st("院前医疗急救平均反应时间降至");
        assert_eq!(s.core, "院前医疗急救平均反应时间");
        assert_eq!(s.qualifiers, vec!["降至"]);
        let s = st("累计分别达到");
        assert_eq!(s.core, "");
        assert_eq!(s.qualifiers, vec!["累计", "达到"]);
    }

    #[test]
    fn following_phrase_stops_at_verbs_and_numbers() {
        let c: Vec<char> = "全国重点实验室成功落地,辖区".chars().collect();
        assert_eq!(following_phrase(&c, 0, c.len()), "全国重点实验室");
        let c: Vec<char> = "桥7个点位".chars().collect();
        assert_eq!(following_phrase(&c, 0, c.len()), "桥");
        let c: Vec<char> = "“断头路”;".chars().collect();
        assert_eq!(following_phrase(&c, 0, c.len()), "断头路");
    }
}
