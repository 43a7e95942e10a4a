//! The year of each figure, read from the text around it, nearest context first: a year in its
//! clause or sentence (2024年, 到2027年, 由2019年的), a relative year (今年, 去年, 明年) against
//! the document's reference year, the year of its paragraph or section heading, then the part
//! of the document. Base years of comparisons (比2020年, 较上年, 与2019年相比) are not a figure's
//! year. Periods (上半年, 前三季度, 1-10月) and spans of years (十四五期间, 过去五年) are
//! recorded as such.

use crate::model::{Period, YearBasis};
use crate::report::dates::year_at;

/// A year and how it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearFrom {
    pub year: i32,
    pub basis: YearBasis,
    pub note: String,
}

/// What the scanner knows at a position of a paragraph.
#[derive(Debug, Clone, Default)]
pub struct Scanner {
    reference: Option<i32>,
    pos: usize,
    /// The latest year stated or implied in the paragraph; carries to its end.
    paragraph: Option<YearFrom>,
    /// 到2027年: the horizon of a target, until the end of the sentence (`。`).
    horizon: Option<YearFrom>,
    /// 上半年, 1-10月: until the end of the paragraph, the next year or 全年.
    period: Option<(Period, String)>,
    /// 十四五期间, 2021年以来, 过去五年: until the end of the paragraph or the next year.
    span: Option<(i32, Option<i32>, String)>,
    /// 由2019年的: the year of the figure that starts at this position (within `from_reach`
    /// chars).
    from: Option<(YearFrom, usize)>,
    from_reach: usize,
    /// A relative year that cannot be placed (今年, with no reference year), and its offset.
    unplaced: Option<(String, i32)>,
}

/// Where a figure stands and what the scanner gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    pub year: Option<YearFrom>,
    pub period: Option<Period>,
    /// The figure's year is a horizon (到2027年): a target.
    pub horizon: bool,
    /// A relative year in the sentence that the reference year could not place.
    pub unplaced: Option<String>,
    /// Its offset from the year of writing (今年 0, 去年 -1, 明年 1).
    pub unplaced_offset: Option<i32>,
    /// The starting value of a change (由X增加到Y) outside a span: of the year before its
    /// context's.
    pub starting: bool,
}

fn is(chars: &[char], at: usize, word: &str) -> bool {
    (at..)
        .zip(word.chars())
        .all(|(k, w)| chars.get(k) == Some(&w))
}

fn ends(chars: &[char], at: usize, word: &str) -> bool {
    let n = word.chars().count();
    at >= n && is(chars, at - n, word)
}

/// Words before a year that make it the base of a comparison.
const BASE_BEFORE: &[&str] = &[
    "比", "较", "与", "同", "相比", "对比", "相较", "高于", "低于",
];

/// Period words and the months they cover.
const PERIODS: &[(&str, u8, u8)] = &[
    ("前三季度", 1, 9),
    ("一至三季度", 1, 9),
    ("1-3季度", 1, 9),
    ("上半年", 1, 6),
    ("下半年", 7, 12),
    ("第一季度", 1, 3),
    ("一季度", 1, 3),
    ("第二季度", 4, 6),
    ("二季度", 4, 6),
    ("第三季度", 7, 9),
    ("三季度", 7, 9),
    ("第四季度", 10, 12),
    ("四季度", 10, 12),
];

/// Verbs of reaching a level: the figure after them is a level, not a flow.
const LEVEL_VERBS: &[&str] = &[
    "达到",
    "突破",
    "迈上",
    "提高到",
    "提升至",
    "提高至",
    "升至",
    "降至",
    "增至",
    "增加到",
    "超过",
];

/// Named spans of years: the five-year plans.
const PLANS: &[(&str, i32, i32)] = &[
    ("十三五", 2016, 2020),
    ("十四五", 2021, 2025),
    ("十五五", 2026, 2030),
];

/// Relative years the scanner reads, with their offset from the year of writing.
const RELATIVE_YEARS: [(&str, i32); 6] = [
    ("今年", 0),
    ("本年", 0),
    ("去年", -1),
    ("上年", -1),
    ("明年", 1),
    ("前年", -2),
];

/// Spans of five years counted from the year of writing: (word, years back, years ahead).
const FIVE_YEARS: [(&str, i32, i32); 4] = [
    ("过去五年", 5, -1),
    ("五年来", 5, -1),
    ("今后五年", 0, 4),
    ("未来五年", 0, 4),
];

/// Whether `c` can start a word `Scanner::step` reads (other than digits): the first chars of
/// `PERIODS`, `PLANS`, `RELATIVE_YEARS`, `FIVE_YEARS`, 全年 and the sentence ends (a test checks
/// that the lists and this match agree).
fn starts_a_word(c: char) -> bool {
    matches!(
        c,
        '。' | '!'
            | '?'
            | '全'
            | '前'
            | '一'
            | '上'
            | '下'
            | '第'
            | '二'
            | '三'
            | '四'
            | '十'
            | '今'
            | '本'
            | '去'
            | '明'
            | '过'
            | '五'
            | '未'
    )
}

impl Scanner {
    /// A scanner for a paragraph starting at `start`, in a document of `reference` year.
    pub fn new(reference: Option<i32>, start: usize) -> Scanner {
        Scanner {
            reference,
            pos: start,
            ..Scanner::default()
        }
    }

    fn relative(&self, offset: i32, word: &str) -> Option<YearFrom> {
        let year = self.reference? + offset;
        Some(YearFrom {
            year,
            basis: YearBasis::Relative,
            note: format!("{word} = {year}"),
        })
    }

    /// Starts the paragraph with a year it inherits (a subhead from its headline).
    pub fn seed(&mut self, year: YearFrom) {
        self.paragraph = Some(year);
    }

    /// The latest year stated or implied so far in the paragraph.
    pub fn paragraph_year(&self) -> Option<YearFrom> {
        self.paragraph.clone()
    }

    /// Reads the text up to `to` (exclusive), updating what it knows.
    pub fn advance(&mut self, chars: &[char], to: usize) {
        while self.pos < to {
            let i = self.pos;
            self.pos += self.step(chars, i).max(1);
        }
    }

    /// Reads what starts at `i`; returns how many chars it used.
    fn step(&mut self, chars: &[char], i: usize) -> usize {
        let c = chars[i];
        if !c.is_ascii_digit() && !starts_a_word(c) {
            return 1; // most chars: nothing below can start here
        }
        if c == '。' || c == '!' || c == '?' {
            self.horizon = None;
            self.unplaced = None;
            return 1;
        }
        if is(chars, i, "全年") {
            self.period = None;
            return 2;
        }
        if c.is_ascii_digit() {
            return self.digits(chars, i);
        }
        if let Some(&(word, from, to)) = PERIODS.iter().find(|(w, _, _)| is(chars, i, w)) {
            // 比一季度加快: a base of comparison.
            if !BASE_BEFORE.iter().any(|b| ends(chars, i, b)) {
                self.period = Some((Period::Months { from, to }, word.to_string()));
            }
            return word.chars().count();
        }
        if let Some(&(word, from, to)) = PLANS.iter().find(|(w, _, _)| is(chars, i, w)) {
            let n = word.chars().count();
            // “十四五”期间 / 以来 / 时期: closing quotes may stand between.
            let mut k = i + n;
            while matches!(chars.get(k), Some('”' | '"' | '」')) {
                k += 1;
            }
            let since = is(chars, k, "以来");
            // 是“十三五”时期的1.4倍: the span is a base of comparison.
            let base = ["时期的", "期间的", "末的"].iter().any(|w| is(chars, k, w));
            if base {
                return n;
            }
            if since || is(chars, k, "期间") || is(chars, k, "时期") || is(chars, k, "规划期")
            {
                // A review of the plan ends the year before the reference year.
                let end = match self.reference {
                    Some(r) if r > from && (since || r - 1 < to) => (r - 1).min(to),
                    _ => to,
                };
                self.span = Some((from, Some(end), word.to_string()));
            }
            return n;
        }
        for (word, offset) in RELATIVE_YEARS {
            if !is(chars, i, word) {
                continue;
            }
            // 比上年, 较去年, 上年同期: a base of comparison.
            let base = BASE_BEFORE.iter().any(|b| ends(chars, i, b)) || is(chars, i + 2, "同期");
            if base {
                return 2;
            }
            match self.relative(offset, word) {
                Some(y) => {
                    if ends(chars, i, "到") || ends(chars, i, "至") || is(chars, i + 2, "底") {
                        self.horizon = Some(y);
                    } else if ["在", "由", "从"].iter().any(|w| ends(chars, i, w)) {
                        // 在去年增长5.8%的基础上, 由上年的7%: the next figure's year only.
                        let at = if is(chars, i + 2, "的") {
                            i + 3
                        } else {
                            i + 2
                        };
                        self.from = Some((y, at));
                        self.from_reach = 8;
                    } else {
                        self.paragraph = Some(y);
                        self.unplaced = None;
                    }
                }
                None => self.unplaced = Some((word.to_string(), offset)),
            }
            return 2;
        }
        for (word, back, ahead) in FIVE_YEARS {
            if is(chars, i, word) {
                if let Some(r) = self.reference {
                    let (from, to) = if back > 0 {
                        (r - back, r - 1)
                    } else {
                        (r, r + ahead)
                    };
                    self.span = Some((from, Some(to), word.to_string()));
                }
                return word.chars().count();
            }
        }
        1
    }

    /// Digits at `i`: a year (2024年, 2021-2025年, 由2019年的, 到2027年) or months (1-10月).
    fn digits(&mut self, chars: &[char], i: usize) -> usize {
        let mut n = 0;
        while chars.get(i + n).is_some_and(char::is_ascii_digit) {
            n += 1;
        }
        if i > 0
            && chars
                .get(i - 1)
                .is_some_and(|c| c.is_ascii_digit() || *c == '.')
        {
            return n;
        }
        // 1-10月, 1—10月, 1至10月: months of the year.
        if n <= 2 {
            if let Some(len) = self.months(chars, i, n) {
                return len;
            }
        }
        let Some(year) = year_at(chars, i) else {
            return n;
        };
        // 2021-2025年, 2015年至2023年: a span.
        let mut k = i + 4;
        if chars.get(k) == Some(&'年') {
            k += 1;
        }
        if matches!(chars.get(k), Some('-' | '—' | '至' | '到' | '~')) {
            if let Some(to) = year_at(chars, k + 1).filter(|&t| t > year) {
                if chars.get(k + 5) == Some(&'年') {
                    self.span = Some((year, Some(to), format!("{year}-{to}年")));
                    return k + 6 - i;
                }
            }
        }
        if chars.get(i + 4) != Some(&'年') {
            return 4; // 2024中关村论坛: a name
        }
        let words = format!("{year}年");
        // 比2020年, 与2019年相比, 是2020年的2.1倍: the base of a comparison.
        let of_year = chars.get(i + 5) == Some(&'的');
        if BASE_BEFORE.iter().any(|b| ends(chars, i, b))
            || (of_year && (ends(chars, i, "是") || ends(chars, i, "为")))
        {
            return 5;
        }
        // 2021年以来: a span up to the figure's own year.
        if is(chars, i + 5, "以来") {
            self.span = Some((year, None, format!("{year}年以来")));
            return 7;
        }
        let stated = YearFrom {
            year,
            basis: YearBasis::Stated,
            note: words.clone(),
        };
        // 由2019年的3200亿元 / 增加到2022年的4100亿元: the figure right after is of that year.
        if chars.get(i + 5) == Some(&'的') {
            if ends(chars, i, "由") || ends(chars, i, "从") {
                self.from = Some((stated, i + 6));
                self.from_reach = 2;
                return 6;
            }
            if ends(chars, i, "到") || ends(chars, i, "至") {
                // 恢复到2019年的112% is a share of that year's level: the year is a base.
                let share = (i + 6..chars.len())
                    .take_while(|&k| chars[k].is_ascii_digit() || chars[k] == '.')
                    .last()
                    .and_then(|k| chars.get(k + 1))
                    .is_some_and(|&c| c == '%' || c == '倍');
                if share {
                    return 6;
                }
                self.from = Some((stated.clone(), i + 6));
                self.from_reach = 2;
                self.paragraph = Some(stated);
                return 6;
            }
        }
        // 到2027年, 2027年前, 2027年底: a horizon.
        let horizon = ends(chars, i, "到")
            || ends(chars, i, "至")
            || is(chars, i + 5, "前")
            || is(chars, i + 5, "底")
            || is(chars, i + 5, "末");
        if horizon {
            self.horizon = Some(stated);
            return 5;
        }
        self.paragraph = Some(stated);
        self.unplaced = None;
        self.span = None;
        // A new year drops a period that belonged to the old one (去年前三季度 keeps it).
        if !PERIODS.iter().any(|(w, _, _)| is(chars, i + 5, w)) {
            self.period = None;
        }
        5
    }

    /// `1-10月`, `1—11月`, `1至10月` at `i` (`n` digits): a period of months.
    fn months(&mut self, chars: &[char], i: usize, n: usize) -> Option<usize> {
        let from: u8 = chars[i..i + n].iter().collect::<String>().parse().ok()?;
        let sep = *chars.get(i + n)?;
        if !matches!(sep, '-' | '—' | '至' | '~') {
            return None;
        }
        let mut m = 0;
        while chars.get(i + n + 1 + m).is_some_and(char::is_ascii_digit) {
            m += 1;
        }
        if m == 0 || m > 2 || chars.get(i + n + 1 + m) != Some(&'月') {
            return None;
        }
        let to: u8 = chars[i + n + 1..i + n + 1 + m]
            .iter()
            .collect::<String>()
            .parse()
            .ok()?;
        if !(1 <= from && from < to && to <= 12) {
            return None;
        }
        let text: String = chars[i..i + n + 2 + m].iter().collect();
        self.period = Some((Period::Months { from, to }, text));
        Some(n + 2 + m)
    }

    /// What the scanner gives a figure whose number starts at `number_start` (its subject
    /// phrase at `phrase_start`): a year from the nearest context, its period, and whether the
    /// year is a horizon. A level reached at the end of a span (城镇化率达到72%, 突破5000亿元)
    /// is of the span's last year; a flow over it (累计, 年均, 新增) covers the span.
    pub fn place(&mut self, chars: &[char], phrase_start: usize, number_start: usize) -> Placed {
        let reached = LEVEL_VERBS
            .iter()
            .any(|v| (phrase_start.saturating_sub(1)..=number_start).any(|at| ends(chars, at, v)));
        // The year of 由2019年的 or 在去年 goes to one figure only.
        let reach = self.from_reach;
        let from = self
            .from
            .take_if(|(_, at)| number_start >= *at && number_start - *at <= reach);
        // 由97家增加到168家: the starting value of a change is of the year before (before the
        // span, over a span).
        let starting = from.is_none()
            && (phrase_start..number_start.max(phrase_start))
                .chain(number_start.saturating_sub(2)..number_start)
                .any(|k| matches!(chars.get(k), Some('由' | '从')))
            && (number_start..chars.len())
                .take(24)
                .take_while(|&k| !matches!(chars[k], '。' | ';'))
                .any(|k| matches!(chars[k], '到' | '至'));
        let (year, horizon) = if let Some((y, _)) = &from {
            (Some(y.clone()), false)
        } else if let Some(h) = &self.horizon {
            (Some(h.clone()), true)
        } else {
            (self.paragraph.clone(), false)
        };
        let mut period = self.period.as_ref().map(|(p, _)| *p);
        let mut year = year;
        let span = self.span.as_ref().filter(|_| !horizon);
        if let Some((from, to, words)) = span {
            let to = to.or(year.as_ref().map(|y| y.year));
            if let Some(to) = to {
                period = (!reached).then_some(Period::Years { from: *from, to });
                let basis = if words.chars().any(|c| c.is_ascii_digit()) {
                    YearBasis::Stated
                } else {
                    YearBasis::Relative
                };
                year = Some(YearFrom {
                    year: to,
                    basis,
                    note: words.clone(),
                });
            }
        }
        if starting {
            if let Some((from, _, words)) = &self.span {
                year = Some(YearFrom {
                    year: from - 1,
                    basis: YearBasis::Stated,
                    note: format!("由… (the year before {words})"),
                });
                period = None;
            }
        }
        Placed {
            year,
            period,
            horizon,
            starting: starting && self.span.is_none(),
            unplaced: self.unplaced.as_ref().map(|(w, _)| w.clone()),
            unplaced_offset: self.unplaced.as_ref().map(|(_, o)| *o),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_char_filter_lets_every_word_through() {
        let words = PERIODS
            .iter()
            .map(|(w, _, _)| *w)
            .chain(PLANS.iter().map(|(w, _, _)| *w))
            .chain(RELATIVE_YEARS.iter().map(|(w, _)| *w))
            .chain(FIVE_YEARS.iter().map(|(w, _, _)| *w))
            .chain(["全年", "。", "!", "?"]);
        for w in words {
            let c = w.chars().next().unwrap();
            assert!(c.is_ascii_digit() || starts_a_word(c), "{w}");
        }
    }

    fn placed(text: &str, reference: Option<i32>, figure: &str) -> Placed {
        let chars: Vec<char> = text.chars().collect();
        let byte = text.find(figure).unwrap();
        let at = text[..byte].chars().count();
        let mut s = Scanner::new(reference, 0);
        s.advance(&chars, at);
        s.place(&chars, at, at)
    }

    fn year(text: &str, reference: Option<i32>, figure: &str) -> Option<i32> {
        placed(text, reference, figure).year.map(|y| y.year)
    }

    #[test]
    fn stated_relative_and_base_years() {
        let r = Some(2025);
        assert_eq!(year("2024年,全区地区生产总值增长6%", r, "6%"), Some(2024));
        assert_eq!(
            year("去年,全市地区生产总值3865.2亿元", r, "3865"),
            Some(2024)
        );
        assert_eq!(year("今年的目标是增长5.5%", r, "5.5%"), Some(2025));
        assert_eq!(year("比2020年增长15%", r, "15%"), None);
        assert_eq!(year("比上年增长6%", r, "6%"), None);
        let t = "由2019年的3200亿元增加到4100亿元";
        assert_eq!(year(t, r, "3200"), Some(2019));
        assert_eq!(year(&format!("2024年,{t}"), r, "4100"), Some(2024));
        assert_eq!(year(&format!("2024年,{t}"), r, "3200"), Some(2019));
        let h = placed("到2027年,研发投入强度达到3%", r, "3%");
        assert_eq!((h.year.map(|y| y.year), h.horizon), (Some(2027), true));
        assert_eq!(year("今年增长5%", None, "5%"), None);
        assert_eq!(
            placed("今年增长5%", None, "5%").unplaced.as_deref(),
            Some("今年")
        );
    }

    #[test]
    fn periods_and_spans() {
        let r = Some(2025);
        let p = placed("去年前三季度增长5.1%", r, "5.1%");
        assert_eq!(p.year.map(|y| y.year), Some(2024));
        assert_eq!(p.period, Some(Period::Months { from: 1, to: 9 }));
        let p = placed("1-10月,全市固定资产投资增长3%", r, "3%");
        assert_eq!(p.period, Some(Period::Months { from: 1, to: 10 }));
        let p = placed("“十四五”以来累计新增8万人", r, "8万");
        assert_eq!(
            p.period,
            Some(Period::Years {
                from: 2021,
                to: 2024
            })
        );
        assert_eq!(p.year.map(|y| y.year), Some(2024));
        let p = placed("过去五年,年均增长6.5%", Some(2023), "6.5%");
        assert_eq!(
            p.period,
            Some(Period::Years {
                from: 2018,
                to: 2022
            })
        );
        let p = placed("2015年至2023年年均增长7%", r, "7%");
        assert_eq!(
            p.period,
            Some(Period::Years {
                from: 2015,
                to: 2023
            })
        );
    }
}
