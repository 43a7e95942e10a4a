//! The dataset as CSV: one row per indicator, UTF-8 with a byte-order mark so that spreadsheet
//! programs open the Chinese text correctly, fields quoted per RFC 4180.

use crate::model::{Dataset, Indicator, ReportInfo};
use crate::text::format_number;

/// The columns of an indicator row.
pub const HEADER: [&str; 25] = [
    "id",
    "series",
    "report",
    "reference_year",
    "year",
    "period",
    "part",
    "section",
    "category",
    "subject",
    "subject_en",
    "value",
    "value_high",
    "unit",
    "display",
    "measure",
    "status",
    "qualifiers",
    "year_basis",
    "year_note",
    "span_start",
    "span_end",
    "quote",
    "pair",
    "corrected_from",
];

/// Writes the CSV text (with BOM).
pub fn to_csv(dataset: &Dataset) -> String {
    let mut out = String::from("\u{FEFF}");
    push_row(&mut out, HEADER.iter().map(|s| s.to_string()));
    for ind in &dataset.indicators {
        let pair = dataset
            .pairs
            .iter()
            .find(|p| p.from == ind.id || p.to == ind.id)
            .map(|p| p.id.clone())
            .unwrap_or_default();
        let report = dataset.reports.get(ind.report);
        push_row(&mut out, row(ind, report, pair).into_iter());
    }
    out
}

/// An indicator's fields, in the order of `HEADER`.
pub fn row(ind: &Indicator, report: Option<&ReportInfo>, pair: String) -> Vec<String> {
    let year = |y: Option<i32>| y.map_or(String::new(), |y| y.to_string());
    vec![
        ind.id.clone(),
        ind.series.clone(),
        report.map_or(String::new(), |r| r.title.clone()),
        year(report.and_then(|r| r.reference_year)),
        year(ind.year),
        ind.period.map_or(String::new(), |p| p.code()),
        ind.part.name().to_string(),
        ind.section.clone(),
        ind.category.slug().to_string(),
        ind.subject.clone(),
        ind.subject_en.clone().unwrap_or_default(),
        format_number(ind.value),
        ind.value_high.map_or(String::new(), format_number),
        ind.unit.clone(),
        ind.display.clone(),
        ind.measure.name().to_string(),
        ind.status.name().to_string(),
        ind.qualifiers.join(" "),
        ind.year_basis.name().to_string(),
        ind.year_note.clone(),
        ind.span.start.to_string(),
        ind.span.end.to_string(),
        ind.quote.clone(),
        pair,
        ind.corrected_from.clone().unwrap_or_default(),
    ]
}

/// A text cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage
/// return first) gets a leading `'`, as OWASP recommends; plain numbers such as -2.3 stay.
fn defuse_formula(field: String) -> String {
    let risky = field.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && !is_plain_number(&field) {
        format!("'{field}")
    } else {
        field
    }
}

fn is_plain_number(s: &str) -> bool {
    let digits = s.strip_prefix(['-', '+']).unwrap_or(s);
    let mut parts = digits.splitn(2, '.');
    let whole = parts.next().unwrap_or("");
    let frac = parts.next().unwrap_or("0");
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && !frac.is_empty()
        && frac.bytes().all(|b| b.is_ascii_digit())
}

/// Appends one RFC 4180 row (formulas defused) with its CRLF.
pub fn push_row(out: &mut String, fields: impl Iterator<Item = String>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        let field = defuse_formula(field);
        if field.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&field);
        }
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_and_numbers_kept() {
        assert_eq!(
            defuse_formula("=1+2地区生产总值".into()),
            "'=1+2地区生产总值"
        );
        assert_eq!(defuse_formula("@SUM(A1)".into()), "'@SUM(A1)");
        assert_eq!(defuse_formula("-2.3".into()), "-2.3");
        assert_eq!(defuse_formula("+5".into()), "+5");
        assert_eq!(defuse_formula("-".into()), "'-");
        assert_eq!(defuse_formula("地区生产总值".into()), "地区生产总值");
    }

    #[test]
    fn a_report_sentence_cannot_plant_a_formula() {
        let ds = crate::dataset::extract_dataset("2024\n工作回顾\n=1+2地区生产总值增长5%左右。\n")
            .unwrap();
        let csv = to_csv(&ds);
        let row = csv.lines().nth(1).unwrap_or_default();
        assert!(row.contains(",'=1+2地区生产总值,"), "{row}");
        assert!(!row.contains(",=1"), "{row}");
    }
}
