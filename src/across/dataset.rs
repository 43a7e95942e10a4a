//! A collection as one `Dataset`, the form the chart reads: reports in time order, every figure
//! in the series it shares across reports (`place/key`), each report's pairs and implied values,
//! the attainment table and the figures later texts restate.

use super::Collection;
use crate::model::{Attained, Dataset, Restated};
use std::collections::{BTreeSet, HashMap};

impl Collection {
    /// The collection as one dataset. Report indexes follow `CollectedReport::order`, so the
    /// first report is the earliest; indicator ids stay the collection's (`sha8/id`).
    pub fn to_dataset(&self) -> Dataset {
        let mut by_order: Vec<usize> = (0..self.reports.len()).collect();
        by_order.sort_by_key(|&i| self.reports.get(i).map_or(0, |r| r.order));
        let mut new_index = vec![0; self.reports.len()];
        for (n, &old) in by_order.iter().enumerate() {
            if let Some(slot) = new_index.get_mut(old) {
                *slot = n;
            }
        }
        let reports = by_order
            .iter()
            .filter_map(|&i| self.reports.get(i))
            .map(|r| {
                let mut info = r.info.clone();
                if let Some(sha) = self.sources.get(r.source).map(|s| s.sha256.clone()) {
                    info.sha256 = sha;
                }
                info
            })
            .collect();
        let series_of: HashMap<&str, &str> = self
            .links
            .iter()
            .map(|l| (l.indicator.as_str(), l.series.as_str()))
            .collect();
        let indicators = self
            .indicators
            .iter()
            .map(|ind| {
                let mut ind = ind.clone();
                if let Some(series) = series_of.get(ind.id.as_str()) {
                    ind.series = (*series).to_string();
                }
                ind.report = new_index.get(ind.report).copied().unwrap_or(ind.report);
                ind
            })
            .collect();
        Dataset {
            reports,
            indicators,
            pairs: self.pairs.clone(),
            derived: self
                .derived
                .iter()
                .filter_map(|d| {
                    let series = d.from.iter().find_map(|f| series_of.get(f.as_str()))?;
                    let mut d = d.clone();
                    d.series = (*series).to_string();
                    Some(d)
                })
                .collect(),
            attainment: self
                .attainment
                .iter()
                .map(|a| Attained {
                    target: a.target.clone(),
                    result: a.result.clone(),
                    result_value: a.result_value,
                    rule: a.rule,
                    verdict: a.verdict,
                    lower_is_better: a.lower_is_better,
                })
                .collect(),
            restated: self.restatements(),
        }
    }

    /// Every figure that a later text restates, with the figure that leads (the timeline's
    /// choice for each series, year and role).
    fn restatements(&self) -> Vec<Restated> {
        let series: BTreeSet<&str> = self.links.iter().map(|l| l.series.as_str()).collect();
        let mut out = Vec::new();
        for s in series {
            for point in self.timeline(s) {
                for id in point.restated {
                    out.push(Restated {
                        id,
                        by: point.lead.clone(),
                    });
                }
            }
        }
        out
    }
}
