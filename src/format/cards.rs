//! The packed forms of what the chart's wasm hands the page about a drawn chart: a tooltip card
//! and the marks' boxes. Written by the chart's wasm (which carries no serde), read by the
//! bridge's, which turns them into JS objects. Same escaping and exact numbers as `packed`:
//!
//! ```text
//! T <indicatorId> <name> <valueDisplay> <year> <kind> <qualifiers> <before> <match> <after>
//!   <correctedFrom> <report> <C or empty> [<verdict> <rule> <kind> <valueDisplay> <year>
//!   <report> <before> <match> <after>]
//! M <index> <x> <y> <width> <height> <indicatorId>          one line per mark
//! ```

use super::fields::{bits, esc, line, Fields, ITEM};
use crate::format::packed::PackedError;
use crate::model::{Compared, MarkBox, Tooltip};

/// A tooltip in one line.
pub fn pack_tooltip(t: &Tooltip) -> String {
    let mut out = String::with_capacity(256);
    let qualifiers: Vec<String> = t.qualifiers.iter().map(|q| esc(q)).collect();
    let year = |y: Option<i32>| y.map_or(String::new(), |y| y.to_string());
    let mut fields: Vec<String> = vec![
        esc(&t.indicator_id),
        esc(&t.name),
        esc(&t.value_display),
        year(t.year),
        esc(&t.kind),
        qualifiers.join(&ITEM.to_string()),
        esc(&t.quote_before),
        esc(&t.quote_match),
        esc(&t.quote_after),
        esc(t.corrected_from.as_deref().unwrap_or("")),
        esc(&t.report),
    ];
    match &t.compared {
        None => fields.push(String::new()),
        Some(c) => fields.extend([
            String::from("C"),
            esc(&c.verdict),
            esc(&c.rule),
            esc(&c.kind),
            esc(&c.value_display),
            year(c.year),
            esc(&c.report),
            esc(&c.quote_before),
            esc(&c.quote_match),
            esc(&c.quote_after),
        ]),
    }
    let refs: Vec<&str> = fields.iter().map(String::as_str).collect();
    line(&mut out, 'T', &refs);
    out
}

fn bad(message: String) -> PackedError {
    PackedError { line: 1, message }
}

/// Reads a tooltip written by [`pack_tooltip`].
pub fn unpack_tooltip(text: &str) -> Result<Tooltip, PackedError> {
    let line = text.trim_end_matches('\n');
    let mut f = Fields::of(line);
    if f.next().map_err(bad)? != "T" {
        return Err(bad(String::from("not a tooltip line")));
    }
    let t = Tooltip {
        indicator_id: f.text().map_err(bad)?,
        name: f.text().map_err(bad)?,
        value_display: f.text().map_err(bad)?,
        year: f.optional_int().map_err(bad)?,
        kind: f.text().map_err(bad)?,
        qualifiers: f.list().map_err(bad)?,
        quote_before: f.text().map_err(bad)?,
        quote_match: f.text().map_err(bad)?,
        quote_after: f.text().map_err(bad)?,
        corrected_from: f.optional().map_err(bad)?,
        report: f.text().map_err(bad)?,
        compared: match f.next().map_err(bad)? {
            "" => None,
            _ => Some(Compared {
                verdict: f.text().map_err(bad)?,
                rule: f.text().map_err(bad)?,
                kind: f.text().map_err(bad)?,
                value_display: f.text().map_err(bad)?,
                year: f.optional_int().map_err(bad)?,
                report: f.text().map_err(bad)?,
                quote_before: f.text().map_err(bad)?,
                quote_match: f.text().map_err(bad)?,
                quote_after: f.text().map_err(bad)?,
            }),
        },
    };
    f.end().map_err(bad)?;
    Ok(t)
}

/// Marks, one line each.
pub fn pack_marks(marks: &[MarkBox]) -> String {
    let mut out = String::with_capacity(marks.len() * 48);
    for m in marks {
        line(
            &mut out,
            'M',
            &[
                &m.index.to_string(),
                &bits(m.x),
                &bits(m.y),
                &bits(m.width),
                &bits(m.height),
                &esc(&m.indicator_id),
            ],
        );
    }
    out
}

/// Reads marks written by [`pack_marks`].
pub fn unpack_marks(text: &str) -> Result<Vec<MarkBox>, PackedError> {
    let mut out = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let at = |message: String| PackedError {
            line: n + 1,
            message,
        };
        let mut f = Fields::of(raw);
        if f.next().map_err(at)? != "M" {
            return Err(at(String::from("not a mark line")));
        }
        out.push(MarkBox {
            index: f.int().map_err(at)?,
            x: f.value().map_err(at)?,
            y: f.value().map_err(at)?,
            width: f.value().map_err(at)?,
            height: f.value().map_err(at)?,
            indicator_id: f.text().map_err(at)?,
        });
        f.end().map_err(at)?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cards_read_back_exactly() {
        let t = Tooltip {
            indicator_id: "gdp-growth-2024".into(),
            name: "地区生产总值\t增速".into(),
            value_display: "6%".into(),
            year: Some(2024),
            kind: "预计".into(),
            qualifiers: vec!["预计".into(), "以上".into()],
            quote_before: "预计地区生产总值增长".into(),
            quote_match: "6%".into(),
            quote_after: "\n、规模".into(),
            corrected_from: None,
            report: String::new(),
            compared: None,
        };
        assert_eq!(unpack_tooltip(&pack_tooltip(&t)).unwrap(), t);
        let judged = Tooltip {
            report: "桐原市2024年政府工作报告".into(),
            compared: Some(Compared {
                verdict: "超额完成".into(),
                rule: "以上为下限".into(),
                kind: "实际".into(),
                value_display: "6.1%".into(),
                year: Some(2024),
                report: "桐原市2025年\t政府工作报告".into(),
                quote_before: "增长".into(),
                quote_match: "6.1%".into(),
                quote_after: "。".into(),
            }),
            ..t.clone()
        };
        assert_eq!(unpack_tooltip(&pack_tooltip(&judged)).unwrap(), judged);
        let undated = Tooltip {
            year: None,
            corrected_from: Some("5.2%".into()),
            qualifiers: Vec::new(),
            ..t
        };
        assert_eq!(unpack_tooltip(&pack_tooltip(&undated)).unwrap(), undated);
        let marks = vec![
            MarkBox {
                index: 0,
                x: 12.5,
                y: 0.1 + 0.2,
                width: 24.0,
                height: 30.75,
                indicator_id: "a".into(),
            },
            MarkBox {
                index: 1,
                x: 0.0,
                y: 1e-9,
                width: 1.0,
                height: 2.0,
                indicator_id: "b\tc".into(),
            },
        ];
        assert_eq!(unpack_marks(&pack_marks(&marks)).unwrap(), marks);
        assert!(unpack_tooltip("M\t1").is_err());
        assert_eq!(
            unpack_marks("M\t0\t1").unwrap_err().to_string(),
            "packed dataset, line 1: too few fields"
        );
    }
}
