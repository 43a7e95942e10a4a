//! Automatic accessible descriptions, e.g. 2024年新增中小学学位8054个，2025年目标7900个，减少1.9%;
//! the sentence patterns of each language are in `chart::locale`.

use super::data::{PairData, Point};
use crate::chart::locale::Locale;

/// A sentence for a year pair, named after the plan-year figure:
/// 2024年新增中小学学位8054个，2025年目标7900个，减少1.9%.
pub(crate) fn pair_sentence(p: &PairData<'_>, loc: &Locale) -> String {
    let (_, change) = loc.num.change_text(p.a, p.b, p.percent);
    let name = (loc.name)(p.to);
    (loc.pair)(p.from, p.to, &name, &change)
}

/// Sentences for a list of pairs, with a lead-in.
pub(crate) fn pairs_description(pairs: &[PairData<'_>], loc: &Locale) -> String {
    let body: Vec<String> = pairs.iter().map(|p| pair_sentence(p, loc)).collect();
    loc.pairs.with(&[&pairs.len()], &body)
}

/// A sentence for the points of one series.
pub(crate) fn points_sentence(name: &str, pts: &[Point], loc: &Locale) -> String {
    let parts: Vec<String> = pts
        .iter()
        .map(|p| loc.dated(p.year, loc.stated.of(p.status), &p.label))
        .collect();
    loc.points.with(&[&name], &parts)
}
