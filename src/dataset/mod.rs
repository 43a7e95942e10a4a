//! The indicator dataset: the model, stable ids, the catalog of named series, year-over-year
//! pairs, derived values, the CSV writer (JSON comes from serde) and the packed transfer format
//! between the extractor's wasm and the chart's.

#[cfg(feature = "extract")]
mod build;
#[cfg(feature = "extract")]
pub mod catalog;
pub mod corrections;
mod csv;
#[cfg(feature = "extract")]
mod derived;
#[cfg(feature = "extract")]
mod extraction;
#[cfg(feature = "extract")]
pub mod ids;
mod model;
pub mod packed;
mod prior;
pub mod sha256;
mod subset;

pub use csv::to_csv;
#[cfg(feature = "extract")]
pub use extraction::{extract_dataset, sha256_hex, ExtractError, MAX_TEXT_BYTES};
pub use model::*;

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
