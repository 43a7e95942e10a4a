//! Tooltip payloads: what a reader sees about one figure, with the source sentence split so that
//! the number can be highlighted where it was found.

use super::format::{format_zh, split_unit};
use super::locale::{Locale, ZH};
use crate::model::{DerivedValue, Indicator, Status, Tooltip};

/// Splits `quote` around the number: by the spans when they agree, else by searching for the
/// display text, else the whole quote comes back as `before`.
pub fn split_quote(ind: &Indicator) -> (String, String, String) {
    let chars: Vec<char> = ind.quote.chars().collect();
    let by_span = ind
        .span
        .start
        .checked_sub(ind.quote_span.start)
        .zip(ind.span.end.checked_sub(ind.quote_span.start))
        .filter(|(s, e)| s < e && *e <= chars.len());
    if let Some((s, e)) = by_span {
        // Highlight the whole number as written (6% rather than 6) when the quote has it there.
        let display: Vec<char> = ind.display.chars().collect();
        let e = if !display.is_empty() && chars.get(s..s + display.len()) == Some(&display[..]) {
            (s + display.len()).max(e)
        } else {
            e
        };
        let before: String = chars.iter().take(s).collect();
        let mid: String = chars.iter().skip(s).take(e - s).collect();
        let after: String = chars.iter().skip(e).collect();
        return (before, mid, after);
    }
    if !ind.display.is_empty() {
        if let Some(pos) = ind.quote.find(ind.display.as_str()) {
            let end = pos + ind.display.len();
            if let (Some(b), Some(m), Some(a)) = (
                ind.quote.get(..pos),
                ind.quote.get(pos..end),
                ind.quote.get(end..),
            ) {
                return (b.to_string(), m.to_string(), a.to_string());
            }
        }
    }
    (ind.quote.clone(), String::new(), String::new())
}

/// The tooltip of an indicator.
pub fn for_indicator(ind: &Indicator, loc: &Locale) -> Tooltip {
    let (quote_before, quote_match, quote_after) = split_quote(ind);
    Tooltip {
        indicator_id: ind.id.clone(),
        name: (loc.name)(ind),
        value_display: ZH.num.qualified(&ind.display, &ind.qualifiers),
        year: ind.year,
        kind: loc.kind.of(ind.status).to_string(),
        qualifiers: ind.qualifiers.clone(),
        quote_before,
        quote_match,
        quote_after,
        corrected_from: ind.corrected_from.clone(),
        report: String::new(),
        compared: None,
    }
}

/// The tooltip of a derived value; the "quote" explains the computation.
pub fn for_derived(d: &DerivedValue, name: &str, loc: &Locale) -> Tooltip {
    let (mult, base) = split_unit(&d.unit);
    let shown = format_zh(d.value * mult, base);
    Tooltip {
        indicator_id: d.id.clone(),
        name: name.to_string(),
        value_display: shown.clone(),
        year: Some(d.year),
        kind: loc.kind.of(Status::Derived).to_string(),
        qualifiers: Vec::new(),
        quote_before: loc.derived_quote.with(&[&d.formula]),
        quote_match: shown,
        quote_after: String::new(),
        corrected_from: None,
        report: String::new(),
        compared: None,
    }
}
