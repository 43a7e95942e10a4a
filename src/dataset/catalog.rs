//! The series catalog (`data/catalog.tsv`): readable ids, English names, categories and pair
//! notes for the indicators charts show. It names series; it never supplies numbers.

use crate::model::{Category, Comparability, Measure};

/// The catalog shipped with the crate.
pub const CATALOG_TSV: &str = include_str!("../../data/catalog.tsv");

/// One named series.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub slug: String,
    pub category: Category,
    pub measure: Measure,
    pub unit: String,
    alternatives: Vec<Alternative>,
    pub english: String,
    /// Short Chinese name for chart labels.
    pub chinese: String,
    pub comparable: Comparability,
    pub note: String,
    /// Lower values are better (unemployment, prices, energy use, pollution): how a target of
    /// this series is met.
    pub lower_is_better: bool,
}

#[derive(Debug, Clone, PartialEq)]
enum Alternative {
    Equals(String),
    ContainsAll(Vec<String>),
}

/// A catalog line that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for CatalogError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "catalog line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for CatalogError {}

/// The parsed catalog.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Catalog {
    pub entries: Vec<Entry>,
}

impl Catalog {
    /// Reads catalog text (see the header of `data/catalog.tsv` for the format).
    pub fn parse(text: &str) -> Result<Catalog, CatalogError> {
        let mut entries = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line_no = n + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let err = |message: String| CatalogError {
                line: line_no,
                message,
            };
            if cols.len() < 6 {
                return Err(err(format!(
                    "expected at least 6 tab-separated columns, found {}",
                    cols.len()
                )));
            }
            let col = |i: usize| cols.get(i).copied().unwrap_or("").trim();
            let category = Category::from_slug(col(1))
                .ok_or_else(|| err(format!("unknown category \"{}\"", col(1))))?;
            let measure = parse_measure(col(2))
                .ok_or_else(|| err(format!("unknown measure \"{}\"", col(2))))?;
            let comparable = match col(6) {
                "" | "exact" => Comparability::Exact,
                "approximate" => Comparability::Approximate,
                other => {
                    return Err(err(format!(
                        "comparable must be exact or approximate, not \"{other}\""
                    )))
                }
            };
            let alternatives = col(4)
                .split('|')
                .filter(|a| !a.is_empty())
                .map(|a| match a.strip_prefix('=') {
                    Some(eq) => Alternative::Equals(eq.to_string()),
                    None => Alternative::ContainsAll(a.split('+').map(str::to_string).collect()),
                })
                .collect::<Vec<_>>();
            if alternatives.is_empty() {
                return Err(err(String::from("the match column is empty")));
            }
            let lower_is_better = match col(9) {
                "" | "higher" => false,
                "lower" => true,
                other => {
                    return Err(err(format!(
                        "better must be higher or lower, not \"{other}\""
                    )))
                }
            };
            entries.push(Entry {
                slug: col(0).to_string(),
                category,
                measure,
                unit: col(3).to_string(),
                alternatives,
                english: col(5).to_string(),
                chinese: col(8).to_string(),
                comparable,
                note: col(7).to_string(),
                lower_is_better,
            });
        }
        Ok(Catalog { entries })
    }

    /// The shipped catalog, read once. It is checked by a test, so reading it cannot fail in a
    /// release.
    pub fn builtin() -> &'static Catalog {
        static BUILTIN: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
        BUILTIN.get_or_init(|| Catalog::parse(CATALOG_TSV).unwrap_or_default())
    }

    /// The first entry an indicator matches.
    pub fn lookup(&self, subject: &str, measure: Measure, unit: &str) -> Option<&Entry> {
        self.lookup_where(subject, measure, |u| u == unit)
    }

    /// The first entry of `measure` whose unit `unit_fits` and whose match the subject meets.
    pub fn lookup_where(
        &self,
        subject: &str,
        measure: Measure,
        unit_fits: impl Fn(&str) -> bool,
    ) -> Option<&Entry> {
        self.entries.iter().find(|e| {
            e.measure == measure
                && unit_fits(&e.unit)
                && e.alternatives.iter().any(|a| match a {
                    Alternative::Equals(s) => s == subject,
                    Alternative::ContainsAll(words) => {
                        words.iter().all(|w| match w.strip_prefix('!') {
                            Some(excluded) => !subject.contains(excluded),
                            None => subject.contains(w.as_str()),
                        })
                    }
                })
        })
    }

    /// The entry with this slug.
    pub fn entry(&self, slug: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.slug == slug)
    }
}

/// A measure from its JSON name.
pub fn parse_measure(s: &str) -> Option<Measure> {
    Measure::from_name(s).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_catalog_parses_with_unique_slug_measure_and_unit() {
        let catalog = Catalog::parse(CATALOG_TSV).unwrap();
        assert!(catalog.entries.len() > 50);
        let mut keys: Vec<(&str, &str, &str)> = catalog
            .entries
            .iter()
            .map(|e| (e.slug.as_str(), e.measure.name(), e.unit.as_str()))
            .collect();
        keys.sort_unstable();
        let before = keys.len();
        keys.dedup();
        assert_eq!(
            before,
            keys.len(),
            "a slug repeats with the same measure and unit in data/catalog.tsv"
        );
        for e in &catalog.entries {
            assert!(
                e.slug
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{}",
                e.slug
            );
        }
    }

    #[test]
    fn bad_lines_get_exact_messages() {
        assert_eq!(
            Catalog::parse("x\teconomy").unwrap_err().to_string(),
            "catalog line 1: expected at least 6 tab-separated columns, found 2"
        );
        assert_eq!(
            Catalog::parse("x\tfood\tlevel\t个\ty\tY")
                .unwrap_err()
                .to_string(),
            "catalog line 1: unknown category \"food\""
        );
    }

    #[test]
    fn matches_equal_and_contained_subjects() {
        let c = Catalog::builtin();
        assert_eq!(
            c.lookup("开工", Measure::Level, "套")
                .map(|e| e.slug.as_str()),
            Some("housing-starts")
        );
        assert_eq!(c.lookup("期房开工", Measure::Level, "套"), None);
        assert_eq!(
            c.lookup("开放错时共享停车位", Measure::Level, "个")
                .map(|e| e.slug.as_str()),
            Some("shared-parking")
        );
    }
}
