//! The headline subset of a dataset: the year-over-year pairs, their members and the derived
//! values of their series. It draws the overview and every paired detail view exactly as the
//! whole dataset does, in about a fifth of the bytes, so the chart's wasm carries only this and
//! the rest of the dataset loads after the first chart (see `www/gov-report-chart.js`).

use crate::model::Dataset;

impl Dataset {
    /// The pairs, the indicators they pair (in dataset order) and the derived values of those
    /// indicators' series.
    pub fn headline(&self) -> Dataset {
        let paired = |id: &str| self.pairs.iter().any(|p| p.from == id || p.to == id);
        let indicators: Vec<_> = self
            .indicators
            .iter()
            .filter(|i| paired(&i.id))
            .cloned()
            .collect();
        let derived = self
            .derived
            .iter()
            .filter(|d| indicators.iter().any(|i| i.series == d.series))
            .cloned()
            .collect();
        Dataset {
            reports: self.reports.clone(),
            indicators,
            pairs: self.pairs.clone(),
            derived,
            attainment: Vec::new(),
            restated: Vec::new(),
        }
    }
}
