//! Tooltip payloads: what a reader sees about one figure, with the source sentence split so that
//! the number can be highlighted where it was found.

use super::format::{format_value, half_width, qualified, split_unit, trim_number};
use super::spec::Lang;
use crate::model::{DerivedValue, Indicator, Measure, Status};

/// What a tooltip shows for one figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tooltip {
    pub indicator_id: String,
    pub name: String,
    /// The value as written in the report (Chinese), qualifiers included (85%以上).
    pub value_display: String,
    /// The year the figure is about; `None` when the text does not tell.
    pub year: Option<i32>,
    /// 实际 / 预计 / 目标 / 推算 (or Result / Estimate / Target / Derived).
    pub kind: String,
    pub qualifiers: Vec<String>,
    pub quote_before: String,
    pub quote_match: String,
    pub quote_after: String,
    /// The value as the report wrote it, when an editor corrected it.
    pub corrected_from: Option<String>,
}

/// The label of a status.
pub fn kind_label(status: Status, lang: Lang) -> &'static str {
    match (status, lang) {
        (Status::Result, Lang::Zh) => "实际",
        (Status::Estimate, Lang::Zh) => "预计",
        (Status::Target, Lang::Zh) => "目标",
        (Status::Derived, Lang::Zh) => "推算",
        (Status::Result, Lang::En) => "Result",
        (Status::Estimate, Lang::En) => "Estimate",
        (Status::Target, Lang::En) => "Target",
        (Status::Derived, Lang::En) => "Derived",
    }
}

/// The indicator's name in `lang` (English falls back to the Chinese subject). Growth rates
/// whose Chinese subject names only the quantity get 增长 appended (地区生产总值增长).
pub fn name_of(ind: &Indicator, lang: Lang) -> String {
    let en = ind.subject_en.as_deref().filter(|s| !s.trim().is_empty());
    match (lang, en) {
        (Lang::En, Some(en)) => en.to_string(),
        _ => zh_name(ind),
    }
}

/// The Chinese chart name: the catalog's short label where there is one (保障性住房开工 for the
/// subject 开工), else the subject as written; growth rates that do not say so get 增速.
pub fn zh_name(ind: &Indicator) -> String {
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

/// The number label of an indicator: as written in Chinese, formatted in English.
pub fn value_label(ind: &Indicator, lang: Lang) -> String {
    match lang {
        Lang::Zh => {
            // Chart labels use half-width digits (５．２％ -> 5.2%) and show declines with a
            // minus sign (下降2.3% is drawn as a bar below zero labelled −2.3%).
            let shown = half_width(&ind.display);
            let signed = if ind.value < 0.0 && !shown.contains(['-', '\u{2212}', '负']) {
                format!("\u{2212}{shown}")
            } else {
                shown
            };
            qualified(&signed, &ind.qualifiers, lang)
        }
        Lang::En if ind.measure == Measure::Rank => format!("No. {}", trim_number(ind.value, 0)),
        Lang::En => {
            let (mult, base) = split_unit(&ind.unit);
            qualified(
                &format_value(ind.value * mult, base, lang),
                &ind.qualifiers,
                lang,
            )
        }
    }
}

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
pub fn for_indicator(ind: &Indicator, lang: Lang) -> Tooltip {
    let (quote_before, quote_match, quote_after) = split_quote(ind);
    Tooltip {
        indicator_id: ind.id.clone(),
        name: name_of(ind, lang),
        value_display: qualified(&ind.display, &ind.qualifiers, Lang::Zh),
        year: ind.year,
        kind: kind_label(ind.status, lang).to_string(),
        qualifiers: ind.qualifiers.clone(),
        quote_before,
        quote_match,
        quote_after,
        corrected_from: ind.corrected_from.clone(),
    }
}

/// The tooltip of a derived value; the "quote" explains the computation.
pub fn for_derived(d: &DerivedValue, name: &str, lang: Lang) -> Tooltip {
    let (mult, base) = split_unit(&d.unit);
    let shown = format_value(d.value * mult, base, Lang::Zh);
    let before = match lang {
        Lang::Zh => format!("未在报告中直接给出，按 {} 推算：", d.formula),
        Lang::En => format!("Not stated in the report; computed as {}: ", d.formula),
    };
    Tooltip {
        indicator_id: d.id.clone(),
        name: name.to_string(),
        value_display: shown.clone(),
        year: Some(d.year),
        kind: kind_label(Status::Derived, lang).to_string(),
        qualifiers: Vec::new(),
        quote_before: before,
        quote_match: shown,
        quote_after: String::new(),
        corrected_from: None,
    }
}
