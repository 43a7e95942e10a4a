//! The indicator dataset: the model, stable ids, the catalog of named series, year-over-year
//! pairs, derived values and the JSON/CSV writers.

mod model;

pub use model::*;

/// Why a text could not be turned into a dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtractError {
    message: String,
}

impl std::fmt::Display for ExtractError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ExtractError {}

/// Parses a report text and builds its dataset. (Work in progress: the real engine lands next.)
pub fn extract_dataset(text: &str) -> Result<Dataset, ExtractError> {
    if text.trim().is_empty() {
        return Err(ExtractError {
            message: "the report text is empty".into(),
        });
    }
    Ok(Dataset {
        source: SourceInfo {
            title: String::new(),
            sha256: String::new(),
            review_year: 2024,
            plan_year: 2025,
        },
        indicators: Vec::new(),
        pairs: Vec::new(),
        derived: Vec::new(),
    })
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
