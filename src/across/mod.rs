//! Several reports as one dataset: each text read on its own, its figures kept with their report
//! (place, reference year, title, sha256, span), series linked across reports by what they
//! measure, restated figures ordered so that the latest text leads, and each year's targets
//! paired with that year's results (attainment).

mod attainment;
mod csv;
mod dataset;
mod edits;
mod link;
mod queries;
mod subjects;
mod units;

pub use attainment::{Attainment, Rule, Verdict, BAND_OTHER, BAND_PERCENT_POINTS};
pub use csv::{attainment_csv, collection_csv};
pub use edits::{apply_link_edits, LinkEdit, LinkEditError};
pub use link::{Link, LinkBasis, SIMILAR_THRESHOLD};
pub use queries::{PlaceRow, TimelinePoint};
pub use subjects::{normalize, similarity};
pub use units::{base_unit, convert};

use crate::dataset::{extract_dataset_with, ExtractError};
use crate::model::{DerivedValue, Genre, Indicator, ReportInfo, Status, YearPair};
use crate::report::ReadOptions;
use serde::Serialize;

/// One text to read, with what the caller knows about it.
#[derive(Debug, Clone, Default)]
pub struct Input {
    /// A name for messages and the CSV's `source` column (a file name, a URL).
    pub name: String,
    pub text: String,
    /// The reference year, when the text does not state it.
    pub options: ReadOptions,
    /// The issuing government, when the text does not name it.
    pub place: Option<String>,
}

/// One text read on its own: its dataset, or why it has none (`code: message`).
#[derive(Debug, Clone)]
pub struct Read {
    pub name: String,
    pub place: Option<String>,
    pub result: Result<crate::model::Dataset, String>,
}

impl Input {
    /// Reads the text into its own dataset (the part of the work that runs in parallel).
    pub fn read(self) -> Read {
        Read {
            result: extract_dataset_with(&self.text, self.options)
                .map_err(|e: ExtractError| format!("{}: {e}", e.code())),
            name: self.name,
            place: self.place,
        }
    }
}

/// A text that was read, or why it could not be.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Source {
    pub name: String,
    /// Empty when the text could not be read.
    pub sha256: String,
    /// Indexes into `Collection::reports`.
    pub reports: Vec<usize>,
    /// Why nothing was read from it (`code: message`), or why it was skipped.
    pub error: Option<String>,
}

/// A report of the collection: its own description and the text it is in.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CollectedReport {
    #[serde(flatten)]
    pub info: ReportInfo,
    /// Index into `Collection::sources`; spans of its figures are char offsets in that text.
    pub source: usize,
    /// Place in time among the collection's reports: later reports lead where they restate a
    /// figure (reference year, then a story after the report it is about, then input order).
    pub order: usize,
}

/// Several reports as one dataset.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Collection {
    pub sources: Vec<Source>,
    pub reports: Vec<CollectedReport>,
    /// Every figure of every report; ids are unique across reports (`sha8/id`), and `report`
    /// indexes `reports`.
    pub indicators: Vec<Indicator>,
    /// One per dated figure: the series it belongs to across reports and why.
    pub links: Vec<Link>,
    pub attainment: Vec<Attainment>,
    /// Link edits applied, as written, for the audit trail.
    pub edits: Vec<String>,
    /// Each report's year pairs and implied values, with the collection's ids.
    #[serde(skip)]
    pub pairs: Vec<YearPair>,
    #[serde(skip)]
    pub derived: Vec<DerivedValue>,
}

impl Collection {
    /// Reads every input; a text that cannot be read is kept in `sources` with its error and the
    /// rest go on. A text given twice (same sha256) is read once.
    pub fn read(inputs: Vec<Input>) -> Collection {
        let read: Vec<_> = inputs.into_iter().map(Input::read).collect();
        Collection::from_results(read)
    }

    /// Builds the collection from texts already read (the CLI reads them on all cores), in the
    /// order given.
    pub fn from_results(read: Vec<Read>) -> Collection {
        let mut c = Collection::default();
        let mut seen = std::collections::HashMap::new();
        for Read {
            name,
            place,
            result,
        } in read
        {
            let source = c.sources.len();
            match result {
                Err(error) => c.sources.push(Source {
                    name,
                    sha256: String::new(),
                    reports: Vec::new(),
                    error: Some(error),
                }),
                Ok(ds) => {
                    let sha = ds.sha256().to_string();
                    if let Some(first) = seen.get(&sha) {
                        c.sources.push(Source {
                            name,
                            sha256: sha,
                            reports: Vec::new(),
                            error: Some(format!("duplicate: the same text as source {first}")),
                        });
                        continue;
                    }
                    seen.insert(sha.clone(), source);
                    let prefix: String = sha.chars().take(8).collect();
                    let first_report = c.reports.len();
                    for info in ds.reports {
                        let mut info = info;
                        if info.place.is_none() {
                            info.place = place.clone();
                        }
                        c.reports.push(CollectedReport {
                            info,
                            source,
                            order: 0,
                        });
                    }
                    let id = |id: &str| format!("{prefix}/{id}");
                    for mut ind in ds.indicators {
                        ind.id = id(&ind.id);
                        ind.report += first_report;
                        c.indicators.push(ind);
                    }
                    for mut p in ds.pairs {
                        (p.id, p.from, p.to) = (id(&p.id), id(&p.from), id(&p.to));
                        c.pairs.push(p);
                    }
                    for mut d in ds.derived {
                        d.id = id(&d.id);
                        d.from = d.from.iter().map(|f| id(f)).collect();
                        c.derived.push(d);
                    }
                    c.sources.push(Source {
                        name,
                        sha256: sha,
                        reports: (first_report..c.reports.len()).collect(),
                        error: None,
                    });
                }
            }
        }
        c.place_unnamed_reports();
        c.order_reports();
        c.links = link::link_all(&c.indicators, &c.reports);
        c.attainment = attainment::attain_all(&c);
        c
    }

    /// A report that names no place (a news story whose headline does not open with one) takes
    /// the place of the collection that its title and sentences name most often (桐原市, or its
    /// short form 桐原).
    fn place_unnamed_reports(&mut self) {
        let mut known: Vec<String> = self
            .reports
            .iter()
            .filter_map(|r| r.info.place.clone())
            .collect();
        known.sort();
        known.dedup();
        if known.is_empty() {
            return;
        }
        for (i, report) in self.reports.iter_mut().enumerate() {
            if report.info.place.is_some() {
                continue;
            }
            let mut text = report.info.title.clone();
            let mut last_quote = None;
            for ind in self.indicators.iter().filter(|ind| ind.report == i) {
                if last_quote != Some(ind.quote_span.start) {
                    text.push_str(&ind.quote);
                    last_quote = Some(ind.quote_span.start);
                }
            }
            let mentions = |place: &str| {
                let short: String = {
                    let mut c: Vec<char> = place.chars().collect();
                    if c.len() >= 3 {
                        c.pop();
                    }
                    c.into_iter().collect()
                };
                text.matches(short.as_str()).count()
            };
            let best = known
                .iter()
                .map(|p| (mentions(p), p))
                .filter(|(n, _)| *n > 0)
                .max_by_key(|(n, _)| *n);
            if let Some((_, place)) = best {
                report.info.place = Some(place.clone());
            }
        }
    }

    /// Orders reports in time: reference year, a news story after the reports of its year, then
    /// the order they were given in.
    fn order_reports(&mut self) {
        let mut idx: Vec<usize> = (0..self.reports.len()).collect();
        idx.sort_by_key(|&i| {
            let r = &self.reports[i];
            (
                r.info.reference_year.unwrap_or(i32::MIN),
                matches!(r.info.genre, Genre::News),
                i,
            )
        });
        for (order, i) in idx.into_iter().enumerate() {
            self.reports[i].order = order;
        }
    }

    /// The indicator with this id.
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    /// The link of the indicator at `index` in `indicators`.
    pub fn link_of(&self, id: &str) -> Option<&Link> {
        self.links.iter().find(|l| l.indicator == id)
    }

    /// The place of an indicator's report.
    pub fn place_of(&self, ind: &Indicator) -> Option<&str> {
        self.reports
            .get(ind.report)
            .and_then(|r| r.info.place.as_deref())
    }

    /// Whether a figure is in a news story's headline (the first line of the story).
    pub fn is_headline(&self, ind: &Indicator) -> bool {
        self.reports.get(ind.report).is_some_and(|r| {
            r.info.genre == Genre::News && ind.quote_span.start == r.info.span.start
        })
    }

    /// Where an indicator's report stands in time (see `CollectedReport::order`).
    pub fn order_of(&self, ind: &Indicator) -> usize {
        self.reports.get(ind.report).map_or(0, |r| r.order)
    }

    /// Recomputes links' consequences (attainment) after an edit.
    pub(crate) fn refresh(&mut self) {
        self.attainment = attainment::attain_all(self);
    }

    /// The collection as JSON, in the shape the CLI prints.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Whether an indicator is a result or an estimate (what a target is measured against).
    pub fn is_outcome(ind: &Indicator) -> bool {
        matches!(ind.status, Status::Result | Status::Estimate)
    }
}
