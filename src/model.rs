//! The model at the bottom of the crate: indicators, reports and datasets as plain data with
//! serde derives (JSON field names are camelCase). Every other layer builds or reads these types;
//! this module imports nothing above `text`.

use serde::Serialize;

/// A range of the input text in Unicode scalar values (chars): `start` inclusive, `end` exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SourceSpan {
    pub start: usize,
    pub end: usize,
}

/// Which half of the report a figure comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Part {
    /// 工作回顾: what the past year achieved.
    Review,
    /// 总体要求和重点任务: what the coming year aims for.
    Plan,
}

/// What a number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Measure {
    /// A plain amount or count (8054 school places, 2798.3亿元).
    Level,
    /// A percent change on the previous year (增长6%).
    Growth,
    /// A part of a whole (全市占比70%, 四分之一强).
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

/// How certain a number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Status {
    /// Achieved, as reported.
    Result,
    /// Reported with 预计: an estimate of the year's outcome.
    Estimate,
    /// A goal for the plan year.
    Target,
    /// Not in the text: computed from figures that are.
    Derived,
}

/// The topic an indicator belongs to, used for grouping and the category view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Category {
    Economy,
    Innovation,
    Education,
    Employment,
    Housing,
    Transport,
    Urban,
    Environment,
    Health,
    Culture,
    Governance,
}

/// One quantity stated in the report.
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
    /// The quantity in `unit` (percentages as numbers of percent: 5.8 means 5.8%).
    pub value: f64,
    pub unit: String,
    /// The value as written, with its unit and magnitude, e.g. 1.3万套.
    pub display: String,
    pub year: i32,
    pub measure: Measure,
    pub status: Status,
    /// Qualifiers as written (预计, 约, 左右, 以上, 超, 近, 达, 突破, 累计, 余, 以内 ...).
    pub qualifiers: Vec<String>,
    /// The nearest ■ heading, the ——lead-in, or 主要预期目标 for the headline targets.
    pub section: String,
    pub part: Part,
    pub category: Category,
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

/// How closely the two members of a year pair measure the same thing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Comparability {
    Exact,
    Approximate,
}

/// A past-year figure and the plan-year target that measure the same thing.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct YearPair {
    pub id: String,
    /// Indicator id of the review-year result or estimate.
    pub from: String,
    /// Indicator id of the plan-year target.
    pub to: String,
    pub comparable: Comparability,
    pub note: String,
}

/// A value the text implies but does not state (e.g. a prior-year level from a growth rate).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DerivedValue {
    pub id: String,
    pub series: String,
    pub year: i32,
    pub value: f64,
    pub unit: String,
    /// Ids of the indicators it was computed from.
    pub from: Vec<String>,
    /// The computation, e.g. "2万亿元 / (1 + 13%)".
    pub formula: String,
}

/// Where the dataset came from.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SourceInfo {
    /// The report's title as found in its front matter.
    pub title: String,
    /// SHA-256 of the input text (UTF-8 bytes after decoding, BOM removed), lowercase hex.
    pub sha256: String,
    /// The year the review part reports on (e.g. 2024).
    pub review_year: i32,
    /// The year the plan part targets (e.g. 2025).
    pub plan_year: i32,
}

/// Everything extracted from one report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dataset {
    pub source: SourceInfo,
    pub indicators: Vec<Indicator>,
    pub pairs: Vec<YearPair>,
    pub derived: Vec<DerivedValue>,
}

impl Dataset {
    /// The indicator with this id.
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    /// All indicators of one series, in year order.
    pub fn series_members(&self, series: &str) -> Vec<&Indicator> {
        let mut members: Vec<&Indicator> = self
            .indicators
            .iter()
            .filter(|i| i.series == series)
            .collect();
        crate::text::sort_stable_by(&mut members, |a, b| a.year.cmp(&b.year));
        members
    }
}

impl Dataset {
    /// The dataset as JSON, in the shape the CLI prints.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

impl Category {
    /// Every category, in display order.
    pub const ALL: [Category; 11] = [
        Category::Economy,
        Category::Innovation,
        Category::Education,
        Category::Employment,
        Category::Housing,
        Category::Transport,
        Category::Urban,
        Category::Environment,
        Category::Health,
        Category::Culture,
        Category::Governance,
    ];

    /// The URL-safe slug used in attributes and JSON (e.g. `housing`).
    pub fn slug(self) -> &'static str {
        match self {
            Category::Economy => "economy",
            Category::Innovation => "innovation",
            Category::Education => "education",
            Category::Employment => "employment",
            Category::Housing => "housing",
            Category::Transport => "transport",
            Category::Urban => "urban",
            Category::Environment => "environment",
            Category::Health => "health",
            Category::Culture => "culture",
            Category::Governance => "governance",
        }
    }

    /// The category with this slug.
    pub fn from_slug(slug: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.slug() == slug)
    }

    /// Display name in Chinese (`zh = true`) or English.
    pub fn name(self, zh: bool) -> &'static str {
        let (zh_name, en_name) = match self {
            Category::Economy => ("经济", "Economy"),
            Category::Innovation => ("科技创新", "Innovation"),
            Category::Education => ("教育", "Education"),
            Category::Employment => ("就业与社保", "Jobs & welfare"),
            Category::Housing => ("住房", "Housing"),
            Category::Transport => ("交通", "Transport"),
            Category::Urban => ("城市建设", "Urban renewal"),
            Category::Environment => ("生态环境", "Environment"),
            Category::Health => ("健康", "Health"),
            Category::Culture => ("文化", "Culture"),
            Category::Governance => ("治理与改革", "Governance"),
        };
        if zh {
            zh_name
        } else {
            en_name
        }
    }
}

/// `name()` (the JSON name) and `from_name()` for a plain enum, from one table.
macro_rules! json_names {
    ($ty:ident { $($variant:ident => $name:literal),+ $(,)? }) => {
        impl $ty {
            /// The JSON name (`serde` writes the same).
            pub fn name(self) -> &'static str {
                match self {
                    $($ty::$variant => $name),+
                }
            }

            /// The value with this JSON name.
            pub fn from_name(name: &str) -> Result<$ty, String> {
                match name {
                    $($name => Ok($ty::$variant),)+
                    other => Err(format!(
                        concat!("unknown ", stringify!($ty), " \"{}\" (expected {})"),
                        other,
                        [$($name),+].join(", ")
                    )),
                }
            }
        }
    };
}

json_names!(Part { Review => "review", Plan => "plan" });
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
json_names!(Comparability {
    Exact => "exact",
    Approximate => "approximate",
});

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn json_names_are_what_serde_writes_and_read_back() {
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
        check(&[Part::Review, Part::Plan], Part::name, Part::from_name);
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
        let comparability = [Comparability::Exact, Comparability::Approximate];
        check(
            &comparability,
            Comparability::name,
            Comparability::from_name,
        );
        assert_eq!(
            Status::from_name("guess").unwrap_err(),
            "unknown Status \"guess\" (expected result, estimate, target, derived)"
        );
    }
}
