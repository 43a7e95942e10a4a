//! A language's words and number formats (`Locale`): every title, legend, label, note and
//! sentence the chart layer shows, in Chinese and in English, chosen once from `Lang` and passed
//! down to the views as one value.

use super::format::{
    format_en, format_zh, half_width, split_unit, tick_en, tick_zh, trim_number, ChangeWords,
    Numbers,
};
use super::spec::Lang;
use crate::model::{Category, Indicator, Measure, Status};
use std::fmt::{Display, Write as _};

/// A phrase with values: its pieces, with the `n` values between the first `n + 1` pieces
/// (`Phrase(&["另有", "项因高度不足未显示，见数据表。"])` with 3 is 另有3项因高度不足未显示，见数据表。).
#[derive(Debug)]
pub struct Phrase(pub &'static [&'static str]);

impl Phrase {
    /// The phrase with `values`.
    pub fn with(&self, values: &[&dyn Display]) -> String {
        let mut out = String::new();
        for (i, piece) in self.0.iter().enumerate() {
            out.push_str(piece);
            if let Some(v) = values.get(i) {
                let _ = write!(out, "{v}");
            }
        }
        out
    }
}

/// A sentence listing parts: `lead` with its values, the parts joined by `sep`, then `end`.
#[derive(Debug)]
pub struct Listing {
    pub lead: Phrase,
    pub sep: &'static str,
    pub end: &'static str,
}

impl Listing {
    /// The sentence with the lead's `values` and `parts`.
    pub fn with(&self, values: &[&dyn Display], parts: &[String]) -> String {
        let mut out = self.lead.with(values);
        out.push_str(&parts.join(self.sep));
        out.push_str(self.end);
        out
    }
}

/// One word for each status of a figure.
#[derive(Debug)]
pub struct StatusWords {
    pub result: &'static str,
    pub estimate: &'static str,
    pub target: &'static str,
    pub derived: &'static str,
}

impl StatusWords {
    /// The word of `status`.
    pub fn of(&self, status: Status) -> &'static str {
        match status {
            Status::Result => self.result,
            Status::Estimate => self.estimate,
            Status::Target => self.target,
            Status::Derived => self.derived,
        }
    }
}

/// Everything the chart layer writes in one language. Words are `&'static str`, phrases with
/// values are `Phrase` pieces (`loc.growth_title.with(&[&2024])`), lists are `Listing`s, and the
/// few texts whose grammar differs are plain functions (`(loc.pair)(from, to, name, change)`).
#[derive(Debug)]
pub struct Locale {
    /// How numbers are written: magnitudes and units, axis ticks, qualifiers, changes.
    pub num: Numbers,

    /// The chart name of an indicator: 地区生产总值增速 / GDP growth.
    pub name: fn(&Indicator) -> String,
    /// The number label of an indicator: as written (85%以上), or formatted (≥85%, No. 3).
    pub value: fn(&Indicator) -> String,
    /// The status in a tooltip: 实际 / Result.
    pub kind: StatusWords,
    /// The status in a legend and under a column: 实际 / result.
    pub legend: StatusWords,
    /// The status in a sentence, before the value: 2024年预计6% / 2024 estimate 6%.
    pub stated: StatusWords,
    /// Before the label of a derived value: 约8054个 / ~8,054.
    pub about: &'static str,
    /// The explanation a derived value's tooltip shows around its formula.
    pub derived_quote: Phrase,

    /// After a year in a label: 2024年 / 2024.
    pub year_suffix: &'static str,
    /// Between a year and its status on one line: 2024年预计 / 2024 estimate.
    pub kind_sep: &'static str,
    /// After a year in a sentence: 2024年6% / 2024 6%.
    pub sentence_year: &'static str,

    /// The source line of the report this crate embeds.
    pub source_embedded: &'static str,
    /// Before the title of another report: 来源：/ Source:.
    pub source_prefix: &'static str,
    /// The source line of a report without a title.
    pub source_unknown: &'static str,
    /// After the source line when an editor corrected a figure.
    pub corrected: &'static str,
    /// The notes explaining derived values and floor arrows.
    pub derived_note: &'static str,
    pub floor_note: &'static str,
    /// The note of the growth and category views for `k` figures that did not fit.
    pub hidden_note: Phrase,

    /// The overview's title and subtitle, for (plan year, review year) and `n` figures.
    pub overview_title: Phrase,
    pub overview_subtitle: Phrase,
    /// Legend: the plan-year target (2025年目标), the change of the target on the review year.
    pub target_key: Phrase,
    pub change_key: Phrase,
    /// Panel headings: growth rates, other rates and shares, amounts.
    pub overview_headings: [&'static str; 3],
    /// The note for a review-year figure that is an estimate.
    pub estimate_note: Phrase,
    /// The overview's note for `k` figures that did not fit.
    pub overview_hidden: Phrase,

    /// The growth view's title (review year) and subtitle (plan year).
    pub growth_title: Phrase,
    pub growth_subtitle: Phrase,

    /// A category's name: 住房 / Housing.
    pub category_name: fn(Category) -> &'static str,
    /// The category view's title for (category name, `n` figures), and its subtitle.
    pub category_title: Phrase,
    pub category_subtitle: &'static str,

    /// A year pair as a sentence: (from, to, name, change).
    pub pair: fn(&Indicator, &Indicator, &str, &str) -> String,
    /// The overview's description: `n` pair sentences.
    pub pairs: Listing,
    /// One series as a sentence: its name and dated values.
    pub points: Listing,
    /// The growth view's description: `n` row sentences.
    pub growth_desc: Listing,
    /// The category view's description: category name, `n` series sentences.
    pub category_desc: Listing,
}

impl Locale {
    /// The words of `lang`.
    pub fn of(lang: Lang) -> &'static Locale {
        match lang {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }

    /// A year as a label: 2024年 / 2024.
    pub fn year(&self, year: i32) -> String {
        format!("{year}{}", self.year_suffix)
    }

    /// The year label and status word of a point: (2024年, 预计) / (2024, estimate).
    pub fn year_kind(&self, year: i32, status: Status) -> (String, &'static str) {
        (self.year(year), self.legend.of(status))
    }

    /// Both on one line: 2024年预计 / 2024 estimate.
    pub fn year_and_kind(&self, year: i32, status: Status) -> String {
        let (yr, kind) = self.year_kind(year, status);
        format!("{yr}{}{kind}", self.kind_sep)
    }

    /// A dated value in a sentence, `word` being a status word or empty: 2024年预计6% /
    /// 2024 estimate 6%.
    pub fn dated(&self, year: i32, word: &str, label: &str) -> String {
        format!("{year}{}{word}{label}", self.sentence_year)
    }
}

/// Chinese: numbers as the report writes them (万/亿), its own status words.
pub static ZH: Locale = Locale {
    num: Numbers {
        magnitudes: format_zh,
        ticks: tick_zh,
        qualifiers: &[
            ("以上", "", "以上"),
            ("左右", "", "左右"),
            ("约", "约", ""),
            ("超", "超", ""),
            ("突破", "超", ""),
            ("近", "近", ""),
            ("余", "", "余"),
            ("以内", "", "以内"),
        ],
        change: ChangeWords {
            points: "个百分点",
            points_up: "提高",
            points_down: "下降",
            points_long: "个百分点",
            up: "增加",
            down: "减少",
            same: "持平",
            not_comparable: "无法比较",
        },
    },
    name: name_zh,
    value: value_zh,
    kind: StatusWords {
        result: "实际",
        estimate: "预计",
        target: "目标",
        derived: "推算",
    },
    legend: StatusWords {
        result: "实际",
        estimate: "预计",
        target: "目标",
        derived: "推算",
    },
    stated: StatusWords {
        result: "",
        estimate: "预计",
        target: "目标",
        derived: "推算",
    },
    about: "约",
    derived_quote: Phrase(&["未在报告中直接给出，按 ", " 推算："]),
    year_suffix: "年",
    kind_sep: "",
    sentence_year: "年",
    source_embedded: crate::EMBEDDED_SOURCE_LINE,
    source_prefix: "来源：",
    source_unknown: "来源：所载政府工作报告文本",
    corrected: "（含编辑更正）",
    derived_note: "推算值报告未直接给出，由报告中的数据计算得出。",
    floor_note: "箭头表示下限（以上、超过）。",
    hidden_note: Phrase(&["另有", "项因高度不足未显示，见数据表。"]),
    overview_title: Phrase(&["", "年目标与", "年成绩对比"]),
    overview_subtitle: Phrase(&[
        "报告中两年都有的",
        "项指标：增速和比率按百分点比较，数量按变化幅度比较",
    ]),
    target_key: Phrase(&["", "年目标"]),
    change_key: Phrase(&["", "年目标较", "年的变化"]),
    overview_headings: [
        "增速（%）：按百分点比较",
        "比率与占比（%）：按百分点比较",
        "数量指标：目标较上年变化幅度",
    ],
    estimate_note: Phrase(&["* ", "年数值为预计值（报告原文“预计”）。"]),
    overview_hidden: Phrase(&["另有", "项因高度不足未显示，见数据表。"]),
    growth_title: Phrase(&["", "年主要增速"]),
    growth_subtitle: Phrase(&["同比增长（%），并列出", "年目标"]),
    category_name: |c| c.name(true),
    category_title: Phrase(&["", "：报告中的", "项指标"]),
    category_subtitle: "每个小图单独计算刻度；单个数值以数字显示",
    pair: pair_zh,
    pairs: Listing {
        lead: Phrase(&["共", "组可比指标。"]),
        sep: "；",
        end: "。",
    },
    points: Listing {
        lead: Phrase(&["", "："]),
        sep: "，",
        end: "",
    },
    growth_desc: Listing {
        lead: Phrase(&["", "项增速。"]),
        sep: "；",
        end: "。",
    },
    category_desc: Listing {
        lead: Phrase(&["", "：", "项指标。"]),
        sep: "；",
        end: "。",
    },
};

/// English: thousands, millions and billions, English subjects where the catalog has them.
pub static EN: Locale = Locale {
    num: Numbers {
        magnitudes: format_en,
        ticks: tick_en,
        qualifiers: &[
            ("以上", "≥", ""),
            ("左右", "~", ""),
            ("约", "~", ""),
            ("超", ">", ""),
            ("突破", ">", ""),
            ("近", "nearly ", ""),
            ("余", "", "+"),
            ("以内", "≤", ""),
        ],
        change: ChangeWords {
            points: " pp",
            points_up: "up ",
            points_down: "down ",
            points_long: " percentage points",
            up: "up ",
            down: "down ",
            same: "unchanged",
            not_comparable: "not comparable",
        },
    },
    name: name_en,
    value: value_en,
    kind: StatusWords {
        result: "Result",
        estimate: "Estimate",
        target: "Target",
        derived: "Derived",
    },
    legend: StatusWords {
        result: "result",
        estimate: "estimate",
        target: "target",
        derived: "derived",
    },
    stated: StatusWords {
        result: "",
        estimate: "estimate ",
        target: "target ",
        derived: "derived ",
    },
    about: "~",
    derived_quote: Phrase(&["Not stated in the report; computed as ", ": "]),
    year_suffix: "",
    kind_sep: " ",
    sentence_year: " ",
    source_embedded: "Source: Haidian District 2025 Government Work Report (abstract), Haidian Daily, 8 January 2025",
    source_prefix: "Source: ",
    source_unknown: "Source: the loaded government work report",
    corrected: " (with editorial corrections)",
    derived_note:
        "Derived values are not stated in the report; they are computed from its figures.",
    floor_note: "An arrow marks a floor (at least).",
    hidden_note: Phrase(&["", " more not shown at this height; see the data table."]),
    overview_title: Phrase(&["", " targets against ", " results"]),
    overview_subtitle: Phrase(&[
        "",
        " figures the report gives for both years: rates compared in percentage points, amounts by percent change",
    ]),
    target_key: Phrase(&["", " target"]),
    change_key: Phrase(&["change of ", " target on ", ""]),
    overview_headings: [
        "Growth rates (%), compared in percentage points",
        "Rates and shares (%), compared in percentage points",
        "Amounts: percent change of the target on the year before",
    ],
    estimate_note: Phrase(&["* ", " figure is an estimate (预计 in the report)."]),
    overview_hidden: Phrase(&[
        "",
        " more figures not shown at this height; see the data table.",
    ]),
    growth_title: Phrase(&["Growth rates in ", ""]),
    growth_subtitle: Phrase(&[
        "Year-on-year growth (%), with the ",
        " targets that were set",
    ]),
    category_name: |c| c.name(false),
    category_title: Phrase(&["", ": ", " figures in the report"]),
    category_subtitle: "Each panel has its own scale; single figures are shown as numbers",
    pair: pair_en,
    pairs: Listing {
        lead: Phrase(&["", " comparable figures. "]),
        sep: ". ",
        end: ".",
    },
    points: Listing {
        lead: Phrase(&["", ": "]),
        sep: ", ",
        end: "",
    },
    growth_desc: Listing {
        lead: Phrase(&["", " growth rates. "]),
        sep: "; ",
        end: ".",
    },
    category_desc: Listing {
        lead: Phrase(&["", ": ", " figures. "]),
        sep: "; ",
        end: ".",
    },
};

/// The Chinese chart name: the catalog's short label where there is one (保障性住房开工 for the
/// subject 开工), else the subject as written; growth rates that do not say so get 增速.
pub fn name_zh(ind: &Indicator) -> String {
    let base = ind
        .label_zh
        .as_deref()
        .filter(|s| !s.trim().is_empty())
        .unwrap_or(&ind.subject);
    let says_growth = ["增长", "增速", "增幅", "涨幅"]
        .iter()
        .any(|w| base.contains(w));
    if ind.measure == Measure::Growth && !says_growth {
        format!("{base}增速")
    } else {
        base.to_string()
    }
}

/// The English subject, falling back to the Chinese name.
fn name_en(ind: &Indicator) -> String {
    match ind.subject_en.as_deref().filter(|s| !s.trim().is_empty()) {
        Some(en) => en.to_string(),
        None => name_zh(ind),
    }
}

/// The number as written, with half-width digits (５．２％ -> 5.2%) and declines shown with a
/// minus sign (下降2.3% is drawn as a bar below zero labelled −2.3%).
fn value_zh(ind: &Indicator) -> String {
    let shown = half_width(&ind.display);
    let signed = if ind.value < 0.0 && !shown.contains(['-', '\u{2212}', '负']) {
        format!("\u{2212}{shown}")
    } else {
        shown
    };
    ZH.num.qualified(&signed, &ind.qualifiers)
}

/// The number formatted the English way; ranks as No. 3.
fn value_en(ind: &Indicator) -> String {
    if ind.measure == Measure::Rank {
        return format!("No. {}", trim_number(ind.value, 0));
    }
    let (mult, base) = split_unit(&ind.unit);
    EN.num
        .qualified(&format_en(ind.value * mult, base), &ind.qualifiers)
}

/// One figure in a sentence, named `name`: 2024年新增中小学学位8054个,
/// 2024年地区生产总值预计增长6%.
fn figure_zh(ind: &Indicator, name: &str) -> String {
    let v = value_zh(ind);
    let y = year_text(ind.year);
    // 地区生产总值增速 + 预计 + 6% reads 2024年地区生产总值预计增长6%; a name that already says
    // what rises (居民消费价格涨幅) takes the number directly.
    let growth = ind.measure == Measure::Growth;
    let stem = ["增长", "增速", "增幅"]
        .iter()
        .find_map(|w| name.strip_suffix(w))
        .filter(|_| growth);
    let (base, verb) = match stem {
        Some(stem) => (stem, "增长"),
        None => (name, ""),
    };
    let word = match ind.status {
        Status::Estimate => "预计",
        Status::Target => "目标",
        _ => "",
    };
    format!("{y}年{base}{word}{verb}{v}")
}

/// One figure in a sentence: New school places in 2024: 8,054.
fn figure_en(ind: &Indicator, name: &str) -> String {
    let v = value_en(ind);
    let y = year_text(ind.year);
    match ind.status {
        Status::Estimate => format!("{name} in {y} (estimate): {v}"),
        Status::Target => format!("{name}, {y} target: {v}"),
        _ => format!("{name} in {y}: {v}"),
    }
}

/// 2024年新增中小学学位8054个，2025年目标7900个，减少1.9%.
fn pair_zh(from: &Indicator, to: &Indicator, name: &str, change: &str) -> String {
    let to_v = value_zh(to);
    let y = year_text(to.year);
    let says_rise = ["增长", "增速", "增幅"].iter().any(|w| name.ends_with(w));
    let verb = if to.measure == Measure::Growth && says_rise {
        "增长"
    } else {
        ""
    };
    format!("{}，{y}年目标{verb}{to_v}，{change}", figure_zh(from, name))
}

/// New school places in 2024: 8,054; 2025 target: 7,900, down 1.9%.
fn pair_en(from: &Indicator, to: &Indicator, name: &str, change: &str) -> String {
    let to_v = value_en(to);
    let y = year_text(to.year);
    format!("{}; {y} target: {to_v}, {change}", figure_en(from, name))
}

/// A figure's year as digits ("" when the text does not tell; charts draw only dated figures).
fn year_text(year: Option<i32>) -> String {
    year.map_or(String::new(), |y| y.to_string())
}
