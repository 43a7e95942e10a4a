//! The indicator dataset: the model, stable ids, the catalog of named series, year-over-year
//! pairs, derived values and the CSV writer (JSON comes from serde).

mod build;
pub mod catalog;
mod csv;
mod derived;
pub mod ids;
mod model;
pub mod sha256;

pub use csv::to_csv;
pub use model::*;

use crate::extract::extract;
use crate::report::Report;

/// The largest text accepted (in bytes of UTF-8), far above any real report (about 40 KB).
pub const MAX_TEXT_BYTES: usize = 20 * 1024 * 1024;

/// Why a text could not be turned into a dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtractError {
    kind: ExtractErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum ExtractErrorKind {
    Empty,
    TooLarge { bytes: usize },
    NoQuantities { chars: usize },
}

impl std::fmt::Display for ExtractError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.kind {
            ExtractErrorKind::Empty => f.write_str("the report text is empty"),
            ExtractErrorKind::TooLarge { bytes } => write!(
                f,
                "the report text is {} MB; the limit is {} MB (is this really a work report?)",
                crate::text::decimal::fixed(bytes as f64 / 1_048_576.0, 1),
                MAX_TEXT_BYTES / 1_048_576
            ),
            ExtractErrorKind::NoQuantities { chars } => write!(
                f,
                "no figures found in {chars} characters of text: expected a Chinese government work report with numbers and units such as 增长6% or 8054个"
            ),
        }
    }
}

impl std::error::Error for ExtractError {}

/// SHA-256 of a text as lowercase hex: the `data-version` a published chart pins.
pub fn sha256_hex(text: &str) -> String {
    sha256::hex(&sha256::sha256(text.as_bytes()))
}

/// Parses a report text and builds its dataset. A leading byte-order mark is ignored.
pub fn extract_dataset(text: &str) -> Result<Dataset, ExtractError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.len() > MAX_TEXT_BYTES {
        return Err(ExtractError {
            kind: ExtractErrorKind::TooLarge { bytes: text.len() },
        });
    }
    if text.trim().is_empty() {
        return Err(ExtractError {
            kind: ExtractErrorKind::Empty,
        });
    }
    let report = Report::parse(text);
    let found = extract(&report);
    if found.is_empty() {
        return Err(ExtractError {
            kind: ExtractErrorKind::NoQuantities {
                chars: report.chars.len(),
            },
        });
    }
    Ok(build::build(
        &report,
        &found,
        sha256_hex(text),
        catalog::Catalog::builtin(),
    ))
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
