//! A figure's role (result, estimate or target) and the year it takes when nothing near it
//! states one: from the words before it, the part of its document and its year against the
//! document's reference year.

use super::years::{Placed, YearFrom};
use crate::model::{Genre, Part, Status, YearBasis};
use crate::report::{Document, Paragraph};

/// The year and role a paragraph hands on to the ones that continue it: a headline to its
/// subhead, a lead that ends in a colon (具体如下:) to the items of its list.
#[derive(Debug, Clone)]
pub struct Carried {
    pub document: usize,
    pub from_headline: bool,
    /// The story's headline, for a list whose lead says nothing: weaker than a part marker.
    pub from_story: bool,
    pub year: Option<YearFrom>,
    /// The lead speaks of goals (目标, 将, 计划...).
    pub target: bool,
    /// A news story's paragraph of this year's targets, to the paragraphs after it that state
    /// no year or role of their own (今年全市将新增学位2500个。/ 新建保障性住房1500套。).
    pub follows: bool,
}

/// What the words before a figure say about its role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// 目标, 预期, 力争, 计划, 将...: a goal.
    Target,
    /// 预计: an estimate.
    Estimate,
    /// 将: what will be; a goal early in the year, an estimate late in it.
    Will,
    /// 实际完成, 已达: an outcome.
    Result,
    None,
}

/// Words that make the figures after them goals. In a review they count only in the figure's
/// own clause (a review sentence may mention 目标 long before its figures).
const TARGET_WORDS: &[&str] = &[
    "年初确定",
    "目标",
    "预期",
    "力争",
    "争取",
    "争创",
    "计划",
    "确保",
    "将",
    "拟",
    "要求",
    "安排",
];
/// In a review, goals are named only in these forms (elsewhere 计划 and 目标 are nouns:
/// 行动计划, 目标社区, and 安排 is what was done).
const REVIEW_GOAL_WORDS: &[&str] = &[
    "力争",
    "争取",
    "争创",
    "预期",
    "年初确定",
    "年初计划",
    "计划增长",
    "计划完成",
    "计划下降",
    "计划投资",
    "计划控制",
    "计划新增",
    "计划为",
    "目标是",
    "目标为",
];
const RESULT_WORDS: &[&str] = &["已经", "已达"];
/// 实际 is an outcome before a verb (实际完成, 实际增长), not in a measure's name (实际使用外资).
const ACTUAL_VERBS: &[&str] = &["完成", "增长", "上涨", "下降", "达到", "为", "实现"];

fn word_at(chars: &[char], at: usize, word: &str) -> bool {
    let mut k = at;
    word.chars().all(|w| {
        let ok = chars.get(k) == Some(&w);
        k += 1;
        ok
    })
}

/// What the words right after a figure say: 增长6%的目标 (a goal), 在去年增长5.8%的基础上 (a
/// starting point, achieved).
pub fn cue_after(chars: &[char], end: usize) -> Cue {
    let mut k = end;
    // Past the closing quote and the qualifier: 低于“3%左右”的调控目标.
    loop {
        if chars.get(k).is_some_and(|c| matches!(c, ' ' | '”' | '"')) {
            k += 1;
        } else if let Some(q) = ["左右", "以上", "以内", "以下"]
            .iter()
            .find(|q| word_at(chars, k, q))
        {
            k += q.chars().count();
        } else {
            break;
        }
    }
    if [
        "的目标",
        "的预期目标",
        "的调控目标",
        "的控制目标",
        "的年度目标",
        "的增长目标",
        "的增长预期",
        "的预期增长目标",
        "的发展目标",
    ]
    .iter()
    .any(|w| word_at(chars, k, w))
    {
        return Cue::Target;
    }
    if word_at(chars, k, "的基础上") {
        return Cue::Result;
    }
    Cue::None
}

/// The nearest cue before `at` in the sentence starting at `start` (targets only within the
/// clause in a review). 计划执行, 即将 and a word inside quotes (“一个目标”) are not cues.
pub fn cue(chars: &[char], start: usize, at: usize, part: Part) -> Cue {
    let clause_start = (start..at)
        .rev()
        .find(|&k| matches!(chars[k], ',' | ':'))
        .map_or(start, |k| k + 1);
    let mut k = at;
    while k > start {
        k -= 1;
        if word_at(chars, k, "预计")
            && (k >= clause_start || opens_clause(chars, start, k) || same_subject_to(chars, k, at))
        {
            // 预计 after a subject (地区生产总值预计增长6%，…) is that clause's and its
            // continuations' (…预计2万亿元，增长13%); at the head of a clause (预计全年…，…) it
            // reaches the clauses after it.
            return Cue::Estimate;
        }
        let actual =
            word_at(chars, k, "实际") && ACTUAL_VERBS.iter().any(|v| word_at(chars, k + 2, v));
        if (actual || RESULT_WORDS.iter().any(|w| word_at(chars, k, w))) && k >= clause_start {
            return Cue::Result;
        }
        let target = TARGET_WORDS.iter().find(|w| word_at(chars, k, w));
        if let Some(w) = target {
            let n = w.chars().count();
            let quoted = matches!(chars.get(k + n), Some('”' | '"' | '」'));
            // 计划执行, 年度计划的98.8%, 计划完成率, 目标的105%, 比预期目标高0.4个百分点,
            // 超预期: the plan as a yardstick.
            let compared = [
                "比", "较", "低于", "高于", "超过", "超出", "好于", "超", "不及",
            ]
            .iter()
            .any(|b| {
                let m = b.chars().count();
                (1..=4).any(|back| {
                    k.checked_sub(back + m - 1)
                        .is_some_and(|at| word_at(chars, at, b) && at + m + back - 1 == k)
                })
            });
            let yardstick = (matches!(*w, "计划" | "目标")
                && (word_at(chars, k + n, "执行")
                    || word_at(chars, k + n, "的")
                    || word_at(chars, k + n, "完成")))
                || (matches!(*w, "目标" | "预期" | "计划") && compared);
            let not_a_goal = yardstick || (*w == "将" && k > 0 && chars[k - 1] == '即') || quoted;
            let in_reach = part != Part::Review
                || (k >= clause_start
                    && REVIEW_GOAL_WORDS.iter().any(|g| {
                        let m = g.chars().count();
                        (k + n)
                            .checked_sub(m)
                            .is_some_and(|from| word_at(chars, from, g))
                            || word_at(chars, k, g)
                    }));
            if !not_a_goal && in_reach {
                return if *w == "将" { Cue::Will } else { Cue::Target };
            }
        }
    }
    Cue::None
}

/// Whether the word at `k` opens its clause: nothing before it but a few chars of time
/// (全年, 今年全区).
fn opens_clause(chars: &[char], start: usize, k: usize) -> bool {
    let from = (start..k)
        .rev()
        .find(|&j| matches!(chars[j], ',' | ':' | ';'))
        .map_or(start, |j| j + 1);
    let lead: String = chars[from..k].iter().collect();
    let lead = lead.trim_start_matches(['—', '-', ' ']);
    lead.is_empty()
        || ["全年", "今年", "去年", "全区", "全市", "全省", "全县"]
            .iter()
            .any(|w| lead.starts_with(w) && lead.chars().count() <= 4)
}

/// Whether every clause after the one holding `k`, up to `at`, goes on with the same subject
/// (opens with 增长, 同比, 比上年…) rather than naming a new one.
fn same_subject_to(chars: &[char], k: usize, at: usize) -> bool {
    (k..at)
        .filter(|&j| matches!(chars[j], ',' | ':' | ';'))
        .all(|j| {
            [
                "增长",
                "下降",
                "增速",
                "同比",
                "比上年",
                "较上年",
                "年均",
                "提高",
                "降低",
                "占",
                "规模",
                "居",
                "位居",
                "总量",
                "排名",
            ]
            .iter()
            .any(|w| word_at(chars, j + 1, w))
        })
}

/// Whether a paragraph speaks of goals anywhere (a list's lead: 今年将…, 目标…如下).
pub fn states_a_goal(chars: &[char]) -> bool {
    (0..chars.len()).any(|k| {
        ["目标", "预期", "将", "计划", "力争", "任务", "安排"]
            .iter()
            .any(|w| word_at(chars, k, w))
            && !measured_against(chars, k)
    })
}

/// 逊于预期, 低于预期, 好于预期, 超出预期目标: a past year measured against its goal, not a goal.
fn measured_against(chars: &[char], k: usize) -> bool {
    ["于", "於", "出", "过", "及", "超"]
        .iter()
        .any(|w| k >= 1 && word_at(chars, k - 1, w))
}

/// A figure's context for dating it: its document, part and what the scanner found.
pub struct Dated<'a> {
    doc: &'a Document,
    part: Part,
    placed: &'a Placed,
    /// A goal handed on by a headline or a list's lead, for a figure its own sentence does not
    /// date.
    inherited_target: bool,
    /// The year from the nearest context: the sentence or paragraph, else the section heading,
    /// else the part of the document.
    context: Option<YearFrom>,
}

impl<'a> Dated<'a> {
    pub fn new(
        doc: &'a Document,
        paragraph: &Paragraph,
        part: Part,
        placed: &'a Placed,
        inherited: Option<&Carried>,
    ) -> Self {
        let section = paragraph.section_year.as_ref().map(|(y, h)| YearFrom {
            year: *y,
            basis: YearBasis::Section,
            note: h.clone(),
        });
        let by_part = doc.reference_year.and_then(|r| match part {
            Part::Review => Some(YearFrom {
                year: r - 1,
                basis: YearBasis::Part,
                note: format!("the review in a document of {r}"),
            }),
            Part::Plan => Some(YearFrom {
                year: r,
                basis: YearBasis::Part,
                note: format!("the plan in a document of {r}"),
            }),
            Part::Text => None,
        });
        // The section heading's year leads the part's; in a plan, a heading's past year does
        // not make its targets past.
        let section = section.filter(|s| match (part, doc.reference_year) {
            (Part::Plan, Some(r)) => s.year >= r,
            _ => true,
        });
        // What a lead or headline handed on leads the section and the part; the story's
        // headline comes after them.
        let (handed, story) = match inherited {
            Some(c) if c.from_story => (None, c.year.clone()),
            Some(c) => (c.year.clone(), None),
            None => (None, None),
        };
        let weak =
            inherited.is_some_and(|c| c.from_story) && (section.is_some() || by_part.is_some());
        let context = placed
            .year
            .clone()
            .or(handed)
            .or(section)
            .or(by_part)
            .or(story)
            .map(|y| {
                if placed.starting {
                    // 由5.3%降至4.1%: the starting value is the year before's.
                    YearFrom {
                        year: y.year - 1,
                        basis: y.basis,
                        note: format!("由… (the year before {})", y.note),
                    }
                } else {
                    y
                }
            });
        Dated {
            doc,
            part,
            placed,
            inherited_target: inherited.is_some_and(|c| c.target) && placed.year.is_none() && !weak,
            context,
        }
    }

    /// The year as the text states it, before the role is known.
    fn stated_before_reference(&self) -> bool {
        match (&self.placed.year, self.doc.reference_year) {
            (Some(y), Some(r)) => y.year < r,
            _ => false,
        }
    }

    /// The figure's year, basis and note for `status`: the context's, or for text under no
    /// part marker, the reference year for a target and the year before it for a result
    /// reported in the first half of the year.
    pub fn year_for(&self, status: Status) -> (Option<i32>, YearBasis, String) {
        if let Some(y) = &self.context {
            return (Some(y.year), y.basis, y.note.clone());
        }
        if let Some(r) = self.doc.reference_year {
            // A report or a story, or a text the caller dated: it reports on its year.
            let reported = !matches!(self.doc.genre, Genre::Text) || self.doc.reference_given;
            if status == Status::Target {
                return (
                    Some(r),
                    YearBasis::Part,
                    format!("a target in a document of {r}"),
                );
            }
            if reported && self.doc.month.unwrap_or(1) <= 6 {
                return (
                    Some(r - 1),
                    YearBasis::Part,
                    format!("a result reported early in {r}"),
                );
            }
            if reported {
                return (
                    Some(r),
                    YearBasis::Part,
                    format!("a result reported late in {r}"),
                );
            }
        }
        let why = match &self.placed.unplaced {
            Some(word) => format!("{word}, but the document's date is unknown"),
            None => String::from(
                "no year in its sentence, paragraph or section, and the document's date is unknown",
            ),
        };
        (None, YearBasis::Unknown, why)
    }
}

/// The role of a figure from its cue, its part and its year.
pub fn status(d: &Dated<'_>, cue: Cue) -> Status {
    if d.placed.horizon {
        return Status::Target;
    }
    let past = d.stated_before_reference();
    let late = d.doc.month.is_some_and(|m| m >= 7);
    match cue {
        // 预计 is an estimate in a plan too (按此测算，预计全年突破3万亿元).
        Cue::Estimate => return Status::Estimate,
        Cue::Target => return Status::Target,
        Cue::Will if late && d.context.as_ref().map(|y| y.year) == d.doc.reference_year => {
            return Status::Estimate
        }
        Cue::Will => return Status::Target,
        Cue::Result => return Status::Result,
        _ => {}
    }
    if d.inherited_target {
        return Status::Target;
    }
    let reference = d.doc.reference_year;
    let year = d.context.as_ref().map(|y| y.year);
    match d.part {
        Part::Plan if past => Status::Result,
        Part::Plan => Status::Target,
        Part::Review => match (year, reference) {
            // A review that speaks of the years ahead (到2027年 is handled above).
            (Some(y), Some(r)) if y > r => Status::Target,
            // 今年… in the review of a report delivered early in that year: what the year
            // ahead is to bring (the review names no heading that ends it).
            (Some(y), Some(r))
                if y == r
                    && d.placed.year.is_some()
                    && d.doc.genre != Genre::Text
                    && d.doc.month.unwrap_or(1) <= 6 =>
            {
                Status::Target
            }
            _ => Status::Result,
        },
        Part::Text => match (year, reference) {
            // 今年, 明年 in a text of unknown date: ahead of or in the year it was written.
            (None, _) => match d.placed.unplaced_offset {
                Some(o) if o > 0 => Status::Target,
                Some(0) if d.doc.month.unwrap_or(1) <= 6 => Status::Target,
                _ => Status::Result,
            },
            (Some(y), Some(r)) if y > r => Status::Target,
            (Some(y), Some(r)) if y == r => {
                let early = d.doc.month.unwrap_or(1) <= 6;
                if early && d.doc.genre != Genre::Text {
                    Status::Target
                } else {
                    Status::Result
                }
            }
            _ => Status::Result,
        },
    }
}
