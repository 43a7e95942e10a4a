//! The packed dataset: a compact, exact, line-based text form of a `Dataset`, for the hand-over
//! from the extractor (native at build time, or its lazily loaded wasm) to the chart's wasm, which
//! then needs neither the parser nor a JSON reader.
//!
//! ```text
//! GRC-DATASET 2
//! R <title> <sha256> <reference year> <reference note> <genre> <place> <start> <end>
//!                                                  one per document, in order
//! Q <start> <end> <sentence>                       one per distinct quoted sentence
//! I <id> <series> <subject> <subjectEn> <labelZh> <value> <value high> <unit> <display>
//!   <year> <year basis> <year note> <period> <measure> <status> <qualifiers> <section> <part>
//!   <category> <report index> <start> <end> <quote index> <corrected from>
//! P <id> <from> <to> <comparable> <note>
//! D <id> <series> <year> <value> <unit> <from ids> <formula>
//! A <target id> <result id> <result value> <rule> <verdict> <lower is better: 0|1>
//!                                                  several reports: a target's outcome
//! S <id> <by id>                                   several reports: a figure restated later
//! ```
//!
//! Fields are separated by a tab, list items by U+001F; `\`, tab, newline, carriage return and
//! U+001F inside a field are escaped as `\\ \t \n \r \u`. Numbers are exact: values are the f64
//! bit pattern in hex without trailing zeros (6.0 is `4018`), so a dataset reads back equal
//! (`==`) to the one written. An optional field is empty when absent, and so is an indicator's
//! series when its id is `<series>-<year>`, and a year when it is unknown. Lines starting with `#`
//! are comments.

use super::fields::{bits, esc, hex_value, line, Fields, ITEM};
use crate::model::{
    indicator_id, Attained, Category, Comparability, Dataset, DerivedValue, Genre, Indicator,
    Measure, Part, Period, ReportInfo, Restated, Rule, SourceSpan, Status, Verdict, YearBasis,
    YearPair,
};

/// The first line of every packed dataset.
pub const MAGIC: &str = "GRC-DATASET 2";

/// Why a packed dataset could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackedError {
    /// 1-based line number (0: the text as a whole).
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for PackedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line == 0 {
            write!(f, "not a packed dataset: {}", self.message)
        } else {
            write!(f, "packed dataset, line {}: {}", self.line, self.message)
        }
    }
}

impl std::error::Error for PackedError {}

/// Writes `ds` in the packed form.
pub fn pack(ds: &Dataset) -> String {
    let mut out = String::with_capacity(64 * 1024);
    out.push_str(MAGIC);
    out.push('\n');
    for r in &ds.reports {
        line(
            &mut out,
            'R',
            &[
                &esc(&r.title),
                &esc(&r.sha256),
                &optional_int(r.reference_year),
                &esc(&r.reference_note),
                r.genre.name(),
                &esc(r.place.as_deref().unwrap_or("")),
                &r.span.start.to_string(),
                &r.span.end.to_string(),
            ],
        );
    }
    // Sentences once each, in order of first use.
    let mut quotes: Vec<(&str, SourceSpan)> = Vec::new();
    let mut index_of: std::collections::HashMap<(&str, usize, usize), usize> =
        std::collections::HashMap::new();
    let mut quote_of = Vec::with_capacity(ds.indicators.len());
    for ind in &ds.indicators {
        let span = ind.quote_span;
        let key = (ind.quote.as_str(), span.start, span.end);
        let index = *index_of.entry(key).or_insert_with(|| {
            quotes.push((ind.quote.as_str(), span));
            quotes.len() - 1
        });
        quote_of.push(index);
    }
    for (text, span) in &quotes {
        line(
            &mut out,
            'Q',
            &[&span.start.to_string(), &span.end.to_string(), &esc(text)],
        );
    }
    for (ind, q) in ds.indicators.iter().zip(quote_of) {
        let qualifiers: Vec<String> = ind.qualifiers.iter().map(|q| esc(q)).collect();
        line(
            &mut out,
            'I',
            &[
                &esc(&ind.id),
                &series_field(ind),
                &esc(&ind.subject),
                &esc(ind.subject_en.as_deref().unwrap_or("")),
                &esc(ind.label_zh.as_deref().unwrap_or("")),
                &bits(ind.value),
                &ind.value_high.map_or(String::new(), bits),
                &esc(&ind.unit),
                &esc(&ind.display),
                &optional_int(ind.year),
                ind.year_basis.name(),
                &esc(&ind.year_note),
                &ind.period.map_or(String::new(), |p| p.code()),
                ind.measure.name(),
                ind.status.name(),
                &qualifiers.join(&ITEM.to_string()),
                &esc(&ind.section),
                ind.part.name(),
                ind.category.slug(),
                &ind.report.to_string(),
                &ind.span.start.to_string(),
                &ind.span.end.to_string(),
                &q.to_string(),
                &esc(ind.corrected_from.as_deref().unwrap_or("")),
            ],
        );
    }
    for p in &ds.pairs {
        line(
            &mut out,
            'P',
            &[
                &esc(&p.id),
                &esc(&p.from),
                &esc(&p.to),
                p.comparable.name(),
                &esc(&p.note),
            ],
        );
    }
    for d in &ds.derived {
        let from: Vec<String> = d.from.iter().map(|f| esc(f)).collect();
        line(
            &mut out,
            'D',
            &[
                &esc(&d.id),
                &esc(&d.series),
                &d.year.to_string(),
                &bits(d.value),
                &esc(&d.unit),
                &from.join(&ITEM.to_string()),
                &esc(&d.formula),
            ],
        );
    }
    for a in &ds.attainment {
        line(
            &mut out,
            'A',
            &[
                &esc(&a.target),
                &esc(a.result.as_deref().unwrap_or("")),
                &a.result_value.map_or(String::new(), bits),
                a.rule.name(),
                a.verdict.name(),
                if a.lower_is_better { "1" } else { "0" },
            ],
        );
    }
    for r in &ds.restated {
        line(&mut out, 'S', &[&esc(&r.id), &esc(&r.by)]);
    }
    out
}

/// What an indicator's own id adds to its series: `-2024`, `-2024-h1`, `-undated`.
fn own_suffix(year: Option<i32>, period: Option<Period>) -> String {
    indicator_id("", year, period)
}

/// A number, or nothing for `None`.
fn optional_int(v: Option<i32>) -> String {
    v.map_or(String::new(), |v| v.to_string())
}

/// The series, or nothing when the id is the series' own (`<series>-<year>`; most are).
fn series_field(ind: &Indicator) -> String {
    let suffix = own_suffix(ind.year, ind.period);
    if ind.id.strip_suffix(&suffix) == Some(ind.series.as_str()) {
        String::new()
    } else {
        esc(&ind.series)
    }
}

/// Reads a packed dataset back. Every line is checked; the first problem is reported with its
/// line number.
pub fn unpack(text: &str) -> Result<Dataset, PackedError> {
    let mut lines = text.lines().enumerate();
    match lines.next() {
        Some((_, first)) if first.trim_end() == MAGIC => {}
        _ => {
            return Err(PackedError {
                line: 0,
                message: format!("the first line must be \"{MAGIC}\""),
            })
        }
    }
    let mut quotes: Vec<(String, SourceSpan)> = Vec::new();
    let mut ds = Dataset {
        reports: Vec::new(),
        indicators: Vec::new(),
        pairs: Vec::new(),
        derived: Vec::new(),
        attainment: Vec::new(),
        restated: Vec::new(),
    };
    for (i, raw) in lines {
        let at = |message: String| PackedError {
            line: i + 1,
            message,
        };
        if raw.is_empty() || raw.starts_with('#') {
            continue;
        }
        let mut f = Fields::of(raw);
        let tag = f.next().map_err(at)?;
        match tag {
            "R" => ds.reports.push(ReportInfo {
                title: f.text().map_err(at)?,
                sha256: f.text().map_err(at)?,
                reference_year: f.optional_int().map_err(at)?,
                reference_note: f.text().map_err(at)?,
                genre: Genre::from_name(f.next().map_err(at)?).map_err(at)?,
                place: f.optional().map_err(at)?,
                span: f.span().map_err(at)?,
            }),
            "Q" => {
                let span = f.span().map_err(at)?;
                quotes.push((f.text().map_err(at)?, span));
            }
            "I" => {
                let ind = indicator(&mut f, &quotes, ds.reports.len()).map_err(at)?;
                ds.indicators.push(ind);
            }
            "P" => ds.pairs.push(YearPair {
                id: f.text().map_err(at)?,
                from: f.text().map_err(at)?,
                to: f.text().map_err(at)?,
                comparable: Comparability::from_name(f.next().map_err(at)?).map_err(at)?,
                note: f.text().map_err(at)?,
            }),
            "D" => ds.derived.push(DerivedValue {
                id: f.text().map_err(at)?,
                series: f.text().map_err(at)?,
                year: f.int().map_err(at)?,
                value: f.value().map_err(at)?,
                unit: f.text().map_err(at)?,
                from: f.list().map_err(at)?,
                formula: f.text().map_err(at)?,
            }),
            "A" => ds.attainment.push(Attained {
                target: f.text().map_err(at)?,
                result: f.optional().map_err(at)?,
                result_value: match f.next().map_err(at)? {
                    "" => None,
                    s => Some(hex_value(s).map_err(at)?),
                },
                rule: Rule::from_name(f.next().map_err(at)?).map_err(at)?,
                verdict: Verdict::from_name(f.next().map_err(at)?).map_err(at)?,
                lower_is_better: f.next().map_err(at)? == "1",
            }),
            "S" => ds.restated.push(Restated {
                id: f.text().map_err(at)?,
                by: f.text().map_err(at)?,
            }),
            other => return Err(at(format!("unknown line tag \"{other}\""))),
        }
        f.end().map_err(at)?;
    }
    if ds.reports.is_empty() {
        return Err(PackedError {
            line: 0,
            message: "no R (report) line".to_string(),
        });
    }
    Ok(ds)
}

fn indicator(
    f: &mut Fields<'_>,
    quotes: &[(String, SourceSpan)],
    reports: usize,
) -> Result<Indicator, String> {
    let id = f.text()?;
    let series = f.text()?;
    let subject = f.text()?;
    let subject_en = f.optional()?;
    let label_zh = f.optional()?;
    let value = f.value()?;
    let value_high = match f.next()? {
        "" => None,
        s => Some(hex_value(s)?),
    };
    let unit = f.text()?;
    let display = f.text()?;
    let year = f.optional_int()?;
    let year_basis = YearBasis::from_name(f.next()?)?;
    let year_note = f.text()?;
    let period = match f.next()? {
        "" => None,
        code => Some(Period::parse(code).ok_or_else(|| format!("unknown period \"{code}\""))?),
    };
    let measure = Measure::from_name(f.next()?)?;
    let status = Status::from_name(f.next()?)?;
    let qualifiers = f.list()?;
    let section = f.text()?;
    let part = Part::from_name(f.next()?)?;
    let slug = f.next()?;
    let category =
        Category::from_slug(slug).ok_or_else(|| format!("unknown category \"{slug}\""))?;
    let report: usize = f.int()?;
    if report >= reports {
        return Err(format!("report {report} is not defined above"));
    }
    let span = f.span()?;
    let q: usize = f.int()?;
    let series = if series.is_empty() {
        let suffix = own_suffix(year, period);
        id.strip_suffix(&suffix)
            .ok_or_else(|| format!("no series, and the id \"{id}\" does not end in \"{suffix}\""))?
            .to_string()
    } else {
        series
    };
    let (quote, quote_span) = quotes
        .get(q)
        .cloned()
        .ok_or_else(|| format!("quote {q} is not defined above"))?;
    let corrected_from = f.optional()?;
    Ok(Indicator {
        id,
        series,
        subject,
        subject_en,
        label_zh,
        value,
        value_high,
        unit,
        display,
        year,
        year_basis,
        year_note,
        period,
        measure,
        status,
        qualifiers,
        section,
        part,
        category,
        report,
        span,
        quote,
        quote_span,
        corrected_from,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Dataset {
        let span = SourceSpan { start: 3, end: 7 };
        let quote = "全年新增\t学位\n8054个\\。".to_string();
        let ind = |id: &str, year: i32, value: f64, q: &str| Indicator {
            value_high: (year == 2025).then_some(5.5),
            year_basis: YearBasis::Section,
            year_note: "2024年工作回顾".to_string(),
            period: (year == 2024).then_some(Period::Months { from: 1, to: 9 }),
            report: usize::from(year == 2025),
            id: id.to_string(),
            series: "schools".to_string(),
            subject: "新增中小学学位".to_string(),
            subject_en: (year == 2024).then(|| "School places".to_string()),
            label_zh: None,
            value,
            unit: "个".to_string(),
            display: format!("{value}个"),
            year: Some(year),
            measure: Measure::Level,
            status: if year == 2024 {
                Status::Result
            } else {
                Status::Target
            },
            qualifiers: vec!["预计".to_string(), "以\u{1F}上".to_string()],
            section: "■ 教育".to_string(),
            part: Part::Plan,
            category: Category::Education,
            span,
            quote: q.to_string(),
            quote_span: SourceSpan { start: 0, end: 20 },
            corrected_from: (year == 2025).then(|| "7900个".to_string()),
        };
        let report = |title: &str, year: Option<i32>| ReportInfo {
            title: title.to_string(),
            sha256: "ab".repeat(32),
            reference_year: year,
            reference_note: "meeting line: ——2025年1月6日在…".to_string(),
            genre: Genre::WorkReport,
            place: year.map(|_| "海淀区".to_string()),
            span: SourceSpan { start: 0, end: 30 },
        };
        let mut unknown = ind("other-", 2025, 1e-300, "另一句。");
        unknown.year = None;
        unknown.year_basis = YearBasis::Unknown;
        Dataset {
            reports: vec![report("海淀区\t2025", Some(2025)), report("", None)],
            indicators: vec![
                ind("schools-2024", 2024, 8054.0, &quote),
                ind("schools-2025", 2025, -0.1 + 0.2, &quote),
                unknown,
            ],
            pairs: vec![YearPair {
                id: "schools".to_string(),
                from: "schools-2024".to_string(),
                to: "schools-2025".to_string(),
                comparable: Comparability::Approximate,
                note: String::new(),
            }],
            derived: vec![DerivedValue {
                id: "d".to_string(),
                series: "schools".to_string(),
                year: 2023,
                value: 7127.433628318584,
                unit: "个".to_string(),
                from: vec!["schools-2024".to_string(), "x".to_string()],
                formula: "8054 ÷ (1 + 13%)".to_string(),
            }],
            attainment: vec![
                Attained {
                    target: "schools-2025".to_string(),
                    result: Some("schools-2024".to_string()),
                    result_value: Some(0.1 + 0.2),
                    rule: Rule::Band,
                    verdict: Verdict::NotReported,
                    lower_is_better: true,
                },
                Attained {
                    target: "a\tb".to_string(),
                    result: None,
                    result_value: None,
                    rule: Rule::Exact,
                    verdict: Verdict::Exceeded,
                    lower_is_better: false,
                },
            ],
            restated: vec![Restated {
                id: "schools-2024".to_string(),
                by: "schools-2025".to_string(),
            }],
        }
    }

    #[test]
    fn round_trip_is_exact_with_escapes_and_shared_quotes() {
        let ds = sample();
        let text = pack(&ds);
        assert_eq!(unpack(&text).unwrap(), ds);
        // The shared sentence is written once; escapes keep one record per line.
        assert_eq!(text.matches("\nQ\t").count(), 2);
        assert_eq!(text.lines().count(), 1 + 2 + 2 + 3 + 1 + 1 + 2 + 1);
        assert!(text.contains("全年新增\\t学位\\n8054个\\\\。"));
    }

    #[test]
    fn errors_name_the_line_and_the_problem() {
        let text = pack(&sample());
        assert_eq!(
            unpack("hello").unwrap_err().to_string(),
            "not a packed dataset: the first line must be \"GRC-DATASET 2\""
        );
        let broken = text.replacen("\teducation\t", "\tschool\t", 1);
        assert_eq!(
            unpack(&broken).unwrap_err().to_string(),
            "packed dataset, line 6: unknown category \"school\""
        );
        let short: String = text
            .lines()
            .map(|l| if l.starts_with('P') { "P\tx" } else { l })
            .collect::<Vec<_>>()
            .join("\n");
        assert_eq!(
            unpack(&short).unwrap_err().to_string(),
            "packed dataset, line 9: too few fields"
        );
        assert!(text.contains("\t40bf76\t"), "8054.0 is written as 40bf76");
        let nan = text.replace("\t40bf76\t", "\t7ff8\t");
        assert!(unpack(&nan)
            .unwrap_err()
            .to_string()
            .ends_with("\"7ff8\" is not a finite number"));
        assert_eq!(
            unpack(&format!("{MAGIC}\n")).unwrap_err().to_string(),
            "not a packed dataset: no R (report) line"
        );
    }
}
