//! One figure of a report: its value and unit, year and role, and exactly where it stands.

use serde::Serialize;

use super::names::json_names;
use super::{Category, Period};

/// A range of the input text in Unicode scalar values (chars): `start` inclusive, `end` exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SourceSpan {
    pub start: usize,
    pub end: usize,
}

/// Which part of its document a figure stands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Part {
    /// The review of past years (工作回顾, 过去一年, 计划执行情况).
    Review,
    /// The plan (工作安排, 主要预期目标, 总体要求, 计划草案).
    Plan,
    /// Text under no part marker: a news story, a digest, an excerpt.
    Text,
}

/// What a number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Measure {
    /// A plain amount or count (8054 school places, 2798.3亿元).
    Level,
    /// A percent change on the previous year (增长6%); a decline is negative (下降3% is -3).
    Growth,
    /// A part of a whole (全市占比70%, 四分之一强, 两成).
    Share,
    /// A ratio that is not a share of a whole (完成率99.7%, 保障率83.97%).
    Rate,
    /// A stock accumulated over time (累计, 总数达, 已达).
    Cumulative,
    /// A count of consecutive years (连续四年, 十连冠).
    Years,
    /// A place in a ranking (居全市第一).
    Rank,
}

/// The figure's role: how certain it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Status {
    /// Achieved, as reported.
    Result,
    /// Reported with 预计: an estimate of the year's outcome.
    Estimate,
    /// A goal.
    Target,
    /// Not in the text: computed from figures that are.
    Derived,
}

/// Where a figure's year came from, nearest context first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum YearBasis {
    /// A year written with the figure: in its clause or at the head of its sentence (2024年，…;
    /// 到2027年; 由2019年的3200亿元).
    Stated,
    /// 今年, 去年, 上年, 明年, counted from the document's reference year.
    Relative,
    /// The year of its paragraph or section heading (2024年工作回顾; 2024年，我们…。).
    Section,
    /// The part of its document: the review of a report delivered in Y speaks of Y−1, its plan of
    /// Y.
    Part,
    /// Nothing in the text tells: the year is null.
    Unknown,
}

/// One quantity stated in a report.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Indicator {
    /// Stable, URL-safe id (see `dataset::ids`).
    pub id: String,
    /// Id shared by the members of one measure across years.
    pub series: String,
    /// The Chinese phrase the number measures, e.g. 新增中小学学位.
    pub subject: String,
    /// Short English name, where the catalog has one.
    pub subject_en: Option<String>,
    /// Short Chinese name for chart labels, where the catalog has one (e.g. 保障性住房开工 for
    /// the subject 开工); `subject` stays as written.
    pub label_zh: Option<String>,
    /// The quantity in `unit` (percentages as numbers of percent: 5.8 means 5.8%). For a range
    /// (5%-5.5%) its lower end.
    pub value: f64,
    /// The upper end of a range (5%-5.5%: 5.5), else absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_high: Option<f64>,
    pub unit: String,
    /// The value as written, with its unit and magnitude, e.g. 1.3万套.
    pub display: String,
    /// The year the figure is about; null when the text does not tell (`year_note` says why).
    pub year: Option<i32>,
    pub year_basis: YearBasis,
    /// The words that gave the year (2024年, 今年, 2024年工作回顾, ...), or why it is unknown.
    pub year_note: String,
    /// Part of the year (上半年, 前三季度, 1-10月) or a span of years (十四五期间), if not the
    /// whole year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    pub measure: Measure,
    pub status: Status,
    /// Qualifiers as written (预计, 约, 左右, 以上, 超, 近, 达, 突破, 累计, 余, 以内 ...).
    pub qualifiers: Vec<String>,
    /// The nearest heading: a ■ heading, a chapter line, a ——lead-in, or 主要预期目标.
    pub section: String,
    pub part: Part,
    pub category: Category,
    /// Index into the dataset's `reports`: the document the figure comes from.
    pub report: usize,
    /// Where the number (with its magnitude characters) stands in the input text.
    pub span: SourceSpan,
    /// The sentence containing the number.
    pub quote: String,
    /// Where `quote` stands in the input text.
    pub quote_span: SourceSpan,
    /// Set only by an editorial correction (`dataset::corrections`): the value as the report
    /// wrote it (`display` then holds the corrected value).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub corrected_from: Option<String>,
}

/// `2024`, or `undated` for a year the text does not tell.
pub fn year_label(year: Option<i32>) -> String {
    year.map_or_else(|| String::from("undated"), |y| y.to_string())
}

/// The id of an indicator: `SERIES-YEAR` (`gdp-growth-2024`), with the period when it covers
/// part of the year or a span (`gdp-growth-2024-h1`, `jobs-added-2025-y2021-y2025`), and
/// `undated` for a year the text does not tell.
pub fn indicator_id(series: &str, year: Option<i32>, period: Option<Period>) -> String {
    let mut id = format!("{series}-{}", year_label(year));
    if let Some(p) = period {
        id.push('-');
        id.push_str(&p.code().to_ascii_lowercase());
    }
    id
}

json_names!(Part {
    Review => "review",
    Plan => "plan",
    Text => "text",
});
json_names!(Measure {
    Level => "level",
    Growth => "growth",
    Share => "share",
    Rate => "rate",
    Cumulative => "cumulative",
    Years => "years",
    Rank => "rank",
});
json_names!(Status {
    Result => "result",
    Estimate => "estimate",
    Target => "target",
    Derived => "derived",
});
json_names!(YearBasis {
    Stated => "stated",
    Relative => "relative",
    Section => "section",
    Part => "part",
    Unknown => "unknown",
});

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn check<T: Serialize + Copy + PartialEq + std::fmt::Debug>(
        all: &[T],
        name: fn(T) -> &'static str,
        from: fn(&str) -> Result<T, String>,
    ) {
        for &v in all {
            assert_eq!(
                serde_json::to_string(&v).unwrap(),
                format!("\"{}\"", name(v))
            );
            assert_eq!(from(name(v)).unwrap(), v);
        }
    }

    #[test]
    fn json_names_are_what_serde_writes_and_read_back() {
        check(
            &[Part::Review, Part::Plan, Part::Text],
            Part::name,
            Part::from_name,
        );
        use Measure::*;
        let measures = [Level, Growth, Share, Rate, Cumulative, Years, Rank];
        check(&measures, Measure::name, Measure::from_name);
        let statuses = [
            Status::Result,
            Status::Estimate,
            Status::Target,
            Status::Derived,
        ];
        check(&statuses, Status::name, Status::from_name);
        use YearBasis as B;
        let bases = [B::Stated, B::Relative, B::Section, B::Part, B::Unknown];
        check(&bases, YearBasis::name, YearBasis::from_name);
        assert_eq!(
            Status::from_name("guess").unwrap_err(),
            "unknown Status \"guess\" (expected result, estimate, target, derived)"
        );
    }
}
