//! The two ways a prior-year value follows from the text: a level and its growth rate
//! (2万亿元, 增长13% -> 2万亿元 ÷ 1.13) and a stock and its increment (总数达540家, 新增34家 ->
//! 540 − 34). Shared by extraction (`derived`) and by editorial corrections, which recompute them.

use crate::model::Indicator;
use crate::text::{format_number, round_sig};

/// The prior-year level and its formula, from `level` and a growth of `growth_percent`; `None`
/// when the growth is a fall of 100% or more (no prior level follows).
pub fn from_growth(level: &Indicator, growth_percent: f64) -> Option<(f64, String)> {
    let factor = 1.0 + growth_percent / 100.0;
    if factor <= 0.0 {
        return None;
    }
    let value = round_sig(level.value / factor);
    let formula = format!(
        "{} ÷ (1 + {}%) = {}{}",
        level.display,
        format_number(growth_percent),
        format_number(value),
        level.unit
    );
    Some((value, formula))
}

/// The prior-year stock and its formula, from `stock` and this year's `increment`; `None` when
/// the increment is larger than the stock.
pub fn from_increment(stock: &Indicator, increment: &Indicator) -> Option<(f64, String)> {
    let value = stock.value - increment.value;
    if value < 0.0 {
        return None;
    }
    let formula = format!(
        "{} − {} = {}{}",
        stock.display,
        increment.display,
        format_number(value),
        stock.unit
    );
    Some((value, formula))
}
