//! Values the text implies: a prior-year level from a stated level and its growth rate
//! (2万亿元, 增长13% -> 2023: 2万亿元 ÷ 1.13), and a prior-year stock from a stock and its
//! increment (新增34家、总数达540家 -> 2023: 540 − 34).

use super::prior;
use crate::extract::Found;
use crate::model::{DerivedValue, Indicator, Measure};

/// The derived values of a dataset. `found[i]` and `indicators[i]` describe the same quantity.
pub fn derive(found: &[Found], indicators: &[Indicator]) -> Vec<DerivedValue> {
    let mut out = Vec::new();
    for (i, f) in found.iter().enumerate() {
        let Some(ind) = indicators.get(i) else {
            continue;
        };
        match f.measure {
            Measure::Growth => {
                let Some(level_index) = f.continues else {
                    continue;
                };
                let (Some(level_found), Some(level)) =
                    (found.get(level_index), indicators.get(level_index))
                else {
                    continue;
                };
                if !matches!(level_found.measure, Measure::Level | Measure::Cumulative)
                    || level.unit == "%"
                {
                    continue;
                }
                // A prior year follows only for a whole year that is known.
                let Some(year) = level.year.filter(|_| level.period.is_none()) else {
                    continue;
                };
                let Some((value, formula)) = prior::from_growth(level, f.value) else {
                    continue;
                };
                out.push(DerivedValue {
                    id: format!("{}-{}-derived", level.series, year - 1),
                    series: level.series.clone(),
                    year: year - 1,
                    value,
                    unit: level.unit.clone(),
                    from: vec![level.id.clone(), ind.id.clone()],
                    formula,
                });
            }
            Measure::Cumulative => {
                let Some(inc_index) = increment_of(found, i) else {
                    continue;
                };
                let Some(increment) = indicators.get(inc_index) else {
                    continue;
                };
                let Some(year) = ind.year.filter(|_| ind.period.is_none()) else {
                    continue;
                };
                let Some((value, formula)) = prior::from_increment(ind, increment) else {
                    continue;
                };
                out.push(DerivedValue {
                    id: format!("{}-{}-derived", ind.series, year - 1),
                    series: ind.series.clone(),
                    year: year - 1,
                    value,
                    unit: ind.unit.clone(),
                    from: vec![ind.id.clone(), increment.id.clone()],
                    formula,
                });
            }
            _ => {}
        }
    }
    out
}

/// The increment a stock is the total of: an earlier level of the same sentence, same unit,
/// that the stock's subject continues or shares a noun of three or more characters with.
fn increment_of(found: &[Found], stock: usize) -> Option<usize> {
    let s = found.get(stock)?;
    if let Some(c) = s.continues {
        let f = found.get(c)?;
        return (f.measure == Measure::Level && f.unit == s.unit).then_some(c);
    }
    (s.sentence_first..stock).rev().find(|&k| {
        found.get(k).is_some_and(|f| {
            f.measure == Measure::Level
                && f.unit == s.unit
                && f.year == s.year
                && shares_noun(&f.subject, &s.subject, 3)
        })
    })
}

/// Whether two subjects share a run of at least `n` characters (ignoring 新增, 累计, 总数).
fn shares_noun(a: &str, b: &str, n: usize) -> bool {
    let clean = |s: &str| -> Vec<char> {
        s.replace("新增", "|")
            .replace("累计", "|")
            .replace("总数", "|")
            .chars()
            .collect()
    };
    let (a, b) = (clean(a), clean(b));
    a.windows(n)
        .any(|w| !w.contains(&'|') && b.windows(n).any(|x| x == w))
}
