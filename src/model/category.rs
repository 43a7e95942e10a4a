//! The topics indicators are grouped by (the category view, the data table), with their slugs and
//! names.

use serde::Serialize;

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
