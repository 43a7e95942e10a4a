//! A collection as CSV: every figure with its source file, place and series (the dataset's
//! columns, with a report column), and the attainment table with both sentences.

use super::Collection;
use crate::format::csv::{push_row, row, HEADER};
use crate::text::format_number;

/// One row per figure of every report: `source`, `place`, the dataset's columns, then the
/// series it is linked to, the basis and the score.
pub fn collection_csv(c: &Collection) -> String {
    let mut out = String::from("\u{FEFF}");
    let head = ["source", "place"].into_iter().chain(HEADER).chain([
        "link_series",
        "link_basis",
        "link_score",
    ]);
    push_row(&mut out, head.map(str::to_string));
    for (ind, link) in c.indicators.iter().zip(&c.links) {
        let report = c.reports.get(ind.report);
        let source = report
            .and_then(|r| c.sources.get(r.source))
            .map_or(String::new(), |s| s.name.clone());
        let place = report
            .and_then(|r| r.info.place.clone())
            .unwrap_or_default();
        let fields = [source, place]
            .into_iter()
            .chain(row(ind, report.map(|r| &r.info), String::new()))
            .chain([
                link.series.clone(),
                format!("{:?}", link.basis).to_lowercase(),
                link.score.map_or(String::new(), format_number),
            ]);
        push_row(&mut out, fields);
    }
    out
}

/// The attainment table: one row per target, with its result, verdict and both sentences.
pub fn attainment_csv(c: &Collection) -> String {
    let mut out = String::from("\u{FEFF}");
    let head = [
        "place",
        "measure",
        "name",
        "year",
        "target",
        "rule",
        "lower_is_better",
        "result",
        "result_in_target_unit",
        "verdict",
        "reason",
        "target_source",
        "target_quote",
        "result_source",
        "result_quote",
        "target_id",
        "result_id",
        "restated_ids",
    ];
    push_row(&mut out, head.into_iter().map(str::to_string));
    let index: std::collections::HashMap<&str, &crate::model::Indicator> =
        c.indicators.iter().map(|i| (i.id.as_str(), i)).collect();
    let find = |id: &str| index.get(id).copied();
    let source_of = |id: &str| {
        find(id)
            .and_then(|i| c.reports.get(i.report))
            .and_then(|r| c.sources.get(r.source))
            .map_or(String::new(), |s| s.name.clone())
    };
    let quote_of = |id: &str| find(id).map_or(String::new(), |i| i.quote.clone());
    for a in &c.attainment {
        let result = a.result.as_deref().unwrap_or("");
        let fields = [
            a.place.clone().unwrap_or_default(),
            a.measure_key.clone(),
            a.name.clone(),
            a.year.to_string(),
            a.target_display.clone(),
            format!("{:?}", a.rule).to_lowercase(),
            a.lower_is_better.to_string(),
            a.result_display.clone().unwrap_or_default(),
            a.result_value
                .map_or(String::new(), |v| format!("{}{}", format_number(v), a.unit)),
            a.verdict.name().to_string(),
            a.reason.clone(),
            source_of(&a.target),
            quote_of(&a.target),
            if result.is_empty() {
                String::new()
            } else {
                source_of(result)
            },
            if result.is_empty() {
                String::new()
            } else {
                quote_of(result)
            },
            a.target.clone(),
            result.to_string(),
            a.restated.join(" "),
        ];
        push_row(&mut out, fields.into_iter());
    }
    out
}
