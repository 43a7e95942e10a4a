//! Automatic accessible descriptions in Chinese and English, e.g.
//! 2024年新增中小学学位8054个，2025年目标7900个，减少1.9%.

use super::format::change_text;
use super::spec::Lang;
use super::tooltip::{name_of, value_label};
use super::views::data::{PairData, Point};
use crate::dataset::{Indicator, Status};

/// One figure in a sentence: 2024年新增中小学学位8054个 / in 2024, school places added: 8,054.
fn figure(ind: &Indicator, lang: Lang) -> String {
    let v = value_label(ind, lang);
    let name = name_of(ind, lang);
    match (lang, ind.status) {
        (Lang::Zh, Status::Estimate) => format!("{}年{}预计{}", ind.year, name, v),
        (Lang::Zh, Status::Target) => format!("{}年{}目标{}", ind.year, name, v),
        (Lang::Zh, _) => format!("{}年{}{}", ind.year, name, v),
        (Lang::En, Status::Estimate) => format!("{} in {} (estimate): {}", name, ind.year, v),
        (Lang::En, Status::Target) => format!("{} target for {}: {}", name, ind.year, v),
        (Lang::En, _) => format!("{} in {}: {}", name, ind.year, v),
    }
}

/// A sentence for a year pair.
pub(crate) fn pair_sentence(p: &PairData<'_>, lang: Lang) -> String {
    let (_, change) = change_text(p.a, p.b, p.percent, lang);
    let to_v = value_label(p.to, lang);
    match lang {
        Lang::Zh => format!(
            "{}，{}年目标{}，{}",
            figure(p.from, lang),
            p.to.year,
            to_v,
            change
        ),
        Lang::En => format!(
            "{}; {} target: {}, {}",
            figure(p.from, lang),
            p.to.year,
            to_v,
            change
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
