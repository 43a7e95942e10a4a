//! Automatic accessible descriptions in Chinese and English, e.g.
//! 2024年新增中小学学位8054个，2025年目标7900个，减少1.9%.

use super::data::{PairData, Point};
use crate::chart::format::change_text;
use crate::chart::spec::Lang;
use crate::chart::tooltip::{name_of, value_label};
use crate::model::{Indicator, Measure, Status};

/// One figure in a sentence, named `name`: 2024年新增中小学学位8054个,
/// 2024年地区生产总值预计增长6%; New school places in 2024: 8,054.
fn figure(ind: &Indicator, name: &str, lang: Lang) -> String {
    let v = value_label(ind, lang);
    let y = ind.year.map_or(String::new(), |y| y.to_string());
    match lang {
        Lang::Zh => {
            // 地区生产总值增速 + 预计 + 6% reads 2024年地区生产总值预计增长6%; a name that already
            // says what rises (居民消费价格涨幅) takes the number directly.
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
        Lang::En => match ind.status {
            Status::Estimate => format!("{name} in {y} (estimate): {v}"),
            Status::Target => format!("{name}, {y} target: {v}"),
            _ => format!("{name} in {y}: {v}"),
        },
    }
}

/// A sentence for a year pair, named after the plan-year figure:
/// 2024年新增中小学学位8054个，2025年目标7900个，减少1.9%.
pub(crate) fn pair_sentence(p: &PairData<'_>, lang: Lang) -> String {
    let (_, change) = change_text(p.a, p.b, p.percent, lang);
    let name = name_of(p.to, lang);
    let to_v = value_label(p.to, lang);
    let y = p.to.year.map_or(String::new(), |y| y.to_string());
    match lang {
        Lang::Zh => {
            let says_rise = ["增长", "增速", "增幅"].iter().any(|w| name.ends_with(w));
            let verb = if p.to.measure == Measure::Growth && says_rise {
                "增长"
            } else {
                ""
            };
            format!(
                "{}，{y}年目标{verb}{to_v}，{change}",
                figure(p.from, &name, lang)
            )
        }
        Lang::En => format!(
            "{}; {y} target: {to_v}, {change}",
            figure(p.from, &name, lang)
        ),
    }
}

/// Sentences for a list of pairs, with a lead-in.
pub(crate) fn pairs_description(pairs: &[PairData<'_>], lang: Lang) -> String {
    let body: Vec<String> = pairs.iter().map(|p| pair_sentence(p, lang)).collect();
    match lang {
        Lang::Zh => format!("共{}组可比指标。{}。", pairs.len(), body.join("；")),
        Lang::En => format!("{} comparable figures. {}.", pairs.len(), body.join(". ")),
    }
}

/// A sentence for the points of one series.
pub(crate) fn points_sentence(name: &str, pts: &[Point], lang: Lang) -> String {
    let parts: Vec<String> = pts
        .iter()
        .map(|p| match (lang, p.status) {
            (Lang::Zh, Status::Target) => format!("{}年目标{}", p.year, p.label),
            (Lang::Zh, Status::Estimate) => format!("{}年预计{}", p.year, p.label),
            (Lang::Zh, Status::Derived) => format!("{}年推算{}", p.year, p.label),
            (Lang::Zh, Status::Result) => format!("{}年{}", p.year, p.label),
            (Lang::En, Status::Target) => format!("{} target {}", p.year, p.label),
            (Lang::En, Status::Estimate) => format!("{} estimate {}", p.year, p.label),
            (Lang::En, Status::Derived) => format!("{} derived {}", p.year, p.label),
            (Lang::En, Status::Result) => format!("{} {}", p.year, p.label),
        })
        .collect();
    match lang {
        Lang::Zh => format!("{}：{}", name, parts.join("，")),
        Lang::En => format!("{}: {}", name, parts.join(", ")),
    }
}
