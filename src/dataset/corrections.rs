//! Editorial corrections: where the parser got a figure wrong, an editor can set its value, drop
//! it, or pair two figures it did not pair. Corrections are written as a short text that travels
//! with an embed snippet (the element's `corrections` attribute), one per `;` or line:
//!
//! ```text
//! set gdp-growth-2025 5.2      the value, in the indicator's unit (5.2 means 5.2%)
//! drop rank-ad00beaa-2024      removes the figure, its pairs and the values derived from it
//! pair a-2024 b-2025           pairs a review-year figure with a plan-year target
//! ```
//!
//! Nothing changes silently: a corrected indicator keeps the value as written in
//! `corrected_from`, values derived from it are recomputed with a note in their formula, and an
//! added pair says so in its note.

use super::prior;
use crate::model::{Comparability, Dataset, Measure, YearPair};
use crate::text::format_number;

/// One correction.
#[derive(Debug, Clone, PartialEq)]
pub enum Correction {
    SetValue { id: String, value: f64 },
    Drop { id: String },
    AddPair { from: String, to: String },
}

/// Why a correction could not be read or applied: which one, as written, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorrectionError {
    /// 1-based position in the list.
    pub index: usize,
    pub entry: String,
    pub message: String,
}

impl std::fmt::Display for CorrectionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "correction {} (\"{}\"): {}",
            self.index, self.entry, self.message
        )
    }
}

impl std::error::Error for CorrectionError {}

/// The note on a pair an editor added.
pub const ADDED_PAIR_NOTE: &str = "编辑添加的配对 (paired by an editor)";
/// Appended to the formula of a derived value recomputed from a corrected figure.
pub const RECOMPUTED_NOTE: &str = "（按编辑更正重算 recomputed from an editor's correction）";

/// Reads corrections; blank entries are skipped.
pub fn parse(spec: &str) -> Result<Vec<(String, Correction)>, CorrectionError> {
    let mut out = Vec::new();
    for entry in spec.split([';', '\n']).map(str::trim) {
        if entry.is_empty() {
            continue;
        }
        let fail = |message: String| CorrectionError {
            index: out.len() + 1,
            entry: entry.to_string(),
            message,
        };
        let words: Vec<&str> = entry.split_whitespace().collect();
        let correction = match words.as_slice() {
            ["set", id, value] => Correction::SetValue {
                id: id.to_string(),
                value: parse_number(value).ok_or_else(|| {
                    fail(format!(
                        "\"{value}\" is not a number (write 5.2, -3 or 8054)"
                    ))
                })?,
            },
            ["drop", id] => Correction::Drop { id: id.to_string() },
            ["pair", from, to] => Correction::AddPair {
                from: from.to_string(),
                to: to.to_string(),
            },
            _ => {
                return Err(fail(
                    "expected \"set ID VALUE\", \"drop ID\" or \"pair FROM_ID TO_ID\"".to_string(),
                ))
            }
        };
        out.push((entry.to_string(), correction));
    }
    Ok(out)
}

/// A plain decimal number, optionally negative.
fn parse_number(s: &str) -> Option<f64> {
    match s.strip_prefix('-') {
        Some(rest) => crate::text::parse_decimal(rest).map(|v| -v),
        None => crate::text::parse_decimal(s),
    }
}

/// Applies corrections in order. On error `ds` may be partly corrected: apply to a copy.
pub fn apply(ds: &mut Dataset, list: &[(String, Correction)]) -> Result<(), CorrectionError> {
    for (i, (entry, correction)) in list.iter().enumerate() {
        apply_one(ds, correction).map_err(|message| CorrectionError {
            index: i + 1,
            entry: entry.clone(),
            message,
        })?;
    }
    Ok(())
}

/// Parses and applies `spec` to a copy of `ds`.
pub fn corrected(ds: &Dataset, spec: &str) -> Result<Dataset, CorrectionError> {
    let list = parse(spec)?;
    let mut out = ds.clone();
    apply(&mut out, &list)?;
    Ok(out)
}

fn unknown(id: &str) -> String {
    format!("unknown indicator \"{id}\" (ids are listed by indicators() and in the CSV)")
}

fn apply_one(ds: &mut Dataset, correction: &Correction) -> Result<(), String> {
    match correction {
        Correction::SetValue { id, value } => {
            let ind = ds
                .indicators
                .iter_mut()
                .find(|i| &i.id == id)
                .ok_or_else(|| unknown(id))?;
            if ind.corrected_from.is_none() {
                ind.corrected_from = Some(ind.display.clone());
            }
            ind.value = *value;
            ind.display = format!("{}{}", format_number(*value), ind.unit);
            recompute_derived(ds, id);
        }
        Correction::Drop { id } => {
            let before = ds.indicators.len() + ds.derived.len();
            ds.indicators.retain(|i| &i.id != id);
            ds.derived.retain(|d| &d.id != id && !d.from.contains(id));
            if ds.indicators.len() + ds.derived.len() == before {
                return Err(unknown(id));
            }
            ds.pairs.retain(|p| &p.from != id && &p.to != id);
        }
        Correction::AddPair { from, to } => {
            let a = ds.indicator(from).ok_or_else(|| unknown(from))?;
            let b = ds.indicator(to).ok_or_else(|| unknown(to))?;
            let (Some(ya), Some(yb)) = (a.year, b.year) else {
                let unknown = if a.year.is_none() { from } else { to };
                return Err(format!(
                    "\"{unknown}\" has no known year: only figures of known years can be paired"
                ));
            };
            if ya >= yb {
                return Err(format!(
                    "\"{from}\" ({ya}) must be from an earlier year than \"{to}\" ({yb})"
                ));
            }
            if let Some(p) = ds
                .pairs
                .iter()
                .find(|p| [&p.from, &p.to].iter().any(|x| *x == from || *x == to))
            {
                return Err(format!(
                    "already paired in \"{}\" ({} -> {}): drop one figure first",
                    p.id, p.from, p.to
                ));
            }
            if a.unit != b.unit {
                return Err(format!(
                    "\"{from}\" is in {} but \"{to}\" is in {}: only figures in the same unit can be paired",
                    a.unit, b.unit
                ));
            }
            ds.pairs.push(YearPair {
                id: format!("{from}-{to}"),
                from: from.clone(),
                to: to.clone(),
                comparable: Comparability::Approximate,
                note: ADDED_PAIR_NOTE.to_string(),
            });
        }
    }
    Ok(())
}

/// Recomputes the derived values computed from indicator `id`: a prior-year level from a level
/// and its growth rate, or a prior-year stock from a stock and its increment.
fn recompute_derived(ds: &mut Dataset, id: &str) {
    let indicators = &ds.indicators;
    let find = |x: &String| indicators.iter().find(|i| &i.id == x);
    ds.derived.retain_mut(|d| {
        if !d.from.iter().any(|f| f == id) {
            return true;
        }
        let (Some(base), Some(other)) =
            (d.from.first().and_then(find), d.from.get(1).and_then(find))
        else {
            return false;
        };
        let computed = if other.measure == Measure::Growth {
            prior::from_growth(base, other.value)
        } else {
            prior::from_increment(base, other)
        };
        let Some((value, formula)) = computed else {
            return false; // no prior value follows from the corrected figures
        };
        d.value = value;
        d.formula = format!("{formula}{RECOMPUTED_NOTE}");
        true
    });
}

#[cfg(all(test, feature = "extract"))]
mod tests {
    use super::*;
    use crate::dataset::extract_dataset;
    use crate::text::round_sig;

    fn haidian() -> Dataset {
        extract_dataset(crate::EMBEDDED_REPORT).unwrap()
    }

    #[test]
    fn set_keeps_the_value_as_written_and_recomputes_what_derives_from_it() {
        let ds = haidian();
        // A derived 2023 value computed from a level and its growth rate.
        let d = ds.derived.iter().find(|d| d.formula.contains('÷')).unwrap();
        let level = ds.indicator(&d.from[0]).unwrap().clone();
        let growth = ds.indicator(&d.from[1]).unwrap().clone();
        let spec = format!("set {} 10", growth.id);
        let out = corrected(&ds, &spec).unwrap();
        let g = out.indicator(&growth.id).unwrap();
        assert_eq!(g.value, 10.0);
        assert_eq!(g.display, "10%");
        assert_eq!(g.corrected_from.as_deref(), Some(growth.display.as_str()));
        let d2 = out.derived.iter().find(|x| x.id == d.id).unwrap();
        assert_eq!(d2.value, round_sig(level.value / 1.1));
        assert!(d2.formula.ends_with(RECOMPUTED_NOTE), "{}", d2.formula);
        assert!(d2.formula.contains("(1 + 10%)"));
        // Everything else is untouched.
        assert_eq!(out.indicators.len(), ds.indicators.len());
        assert_eq!(out.pairs, ds.pairs);
        // Correcting twice keeps the report's own value.
        let twice = corrected(&ds, &format!("{spec}; set {} -2.5", growth.id)).unwrap();
        let g2 = twice.indicator(&growth.id).unwrap();
        assert_eq!((g2.value, g2.display.as_str()), (-2.5, "-2.5%"));
        assert_eq!(g2.corrected_from.as_deref(), Some(growth.display.as_str()));
    }

    #[test]
    fn drop_removes_the_figure_its_pairs_and_what_derives_from_it() {
        let ds = haidian();
        let pair = ds
            .pairs
            .iter()
            .find(|p| p.id.starts_with("gdp"))
            .unwrap()
            .clone();
        let out = corrected(&ds, &format!("drop {}", pair.from)).unwrap();
        assert!(out.indicator(&pair.from).is_none());
        assert!(!out.pairs.iter().any(|p| p.id == pair.id));
        assert_eq!(out.pairs.len(), ds.pairs.len() - 1);
        assert!(out.derived.iter().all(|d| !d.from.contains(&pair.from)));
        assert_eq!(out.indicators.len(), ds.indicators.len() - 1);
    }

    #[test]
    fn pair_adds_a_marked_pair_of_the_same_unit_across_years() {
        let ds = haidian();
        let paired = |id: &str| ds.pairs.iter().any(|p| p.from == id || p.to == id);
        let from = ds
            .indicators
            .iter()
            .find(|i| i.year == Some(2024) && i.unit == "个" && !paired(&i.id))
            .unwrap();
        let to = ds
            .indicators
            .iter()
            .find(|i| i.year == Some(2025) && i.unit == "个" && !paired(&i.id))
            .unwrap();
        let out = corrected(&ds, &format!("pair {} {}", from.id, to.id)).unwrap();
        let added = out.pairs.last().unwrap();
        assert_eq!(
            (added.from.as_str(), added.to.as_str()),
            (from.id.as_str(), to.id.as_str())
        );
        assert_eq!(added.note, ADDED_PAIR_NOTE);
        assert_eq!(added.comparable, Comparability::Approximate);
        // Backwards, across units, or onto a paired figure: refused with the reason.
        let back = corrected(&ds, &format!("pair {} {}", to.id, from.id)).unwrap_err();
        assert!(
            back.message.contains("must be from an earlier year"),
            "{back}"
        );
        let gdp = &ds.pairs[0];
        let again = corrected(&ds, &format!("pair {} {}", gdp.from, to.id)).unwrap_err();
        assert!(again.message.starts_with("already paired"), "{again}");
        let pct = ds
            .indicators
            .iter()
            .find(|i| i.year == Some(2024) && i.unit == "%" && !paired(&i.id))
            .unwrap();
        let units = corrected(&ds, &format!("pair {} {}", pct.id, to.id)).unwrap_err();
        assert!(
            units
                .message
                .ends_with("only figures in the same unit can be paired"),
            "{units}"
        );
    }

    #[test]
    fn errors_name_the_entry_and_what_to_write() {
        let ds = haidian();
        let e = corrected(&ds, "set gdp-growth-2025 5.2; drop nope").unwrap_err();
        assert_eq!(
            e.to_string(),
            "correction 2 (\"drop nope\"): unknown indicator \"nope\" (ids are listed by indicators() and in the CSV)"
        );
        let e = corrected(&ds, "set gdp-growth-2025 five").unwrap_err();
        assert_eq!(
            e.to_string(),
            "correction 1 (\"set gdp-growth-2025 five\"): \"five\" is not a number (write 5.2, -3 or 8054)"
        );
        let e = corrected(&ds, "\n\nrename x y").unwrap_err();
        assert_eq!(e.index, 1);
        assert!(e.message.starts_with("expected \"set ID VALUE\""));
        // Blank entries and separators alone change nothing.
        assert_eq!(corrected(&ds, " ; \n ;").unwrap(), ds);
    }
}
