//! Questions no single report answers: one series over the years (timeline) and one measure
//! across places in one year (places), each point led by the latest text that gives it.

use super::Collection;
use crate::model::{Genre, Indicator, Status};
use serde::Serialize;

/// One year of a series, for one role.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TimelinePoint {
    pub year: i32,
    pub status: Status,
    /// The figure that leads: for a target, the one in the report of its year; for a result or
    /// estimate, the one in the latest text.
    pub lead: String,
    /// Other texts' figures for the same year and role.
    pub restated: Vec<String>,
    /// The title of the lead's report.
    pub report: String,
}

/// One place's figure of a measure in a year.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlaceRow {
    pub place: String,
    pub indicator: String,
    pub value: f64,
    pub display: String,
    pub status: Status,
}

fn role(s: Status) -> u8 {
    match s {
        Status::Target => 0,
        _ => 1,
    }
}

impl Collection {
    /// The members of a series with their indicators, full-year figures with a year only.
    fn members(&self, series: &str) -> Vec<&Indicator> {
        self.indicators
            .iter()
            .zip(&self.links)
            .filter(|(i, l)| l.series == series && i.period.is_none() && i.year.is_some())
            .map(|(i, _)| i)
            .collect()
    }

    /// Which of several figures of one year and role leads.
    fn lead<'a>(
        &self,
        mut same: Vec<&'a Indicator>,
    ) -> Option<(&'a Indicator, Vec<&'a Indicator>)> {
        let target = same.first().is_some_and(|i| i.status == Status::Target);
        same.sort_by_key(|i| {
            let report = self.reports.get(i.report);
            let own_year = report.and_then(|r| r.info.reference_year) == i.year;
            let news = report.is_some_and(|r| r.info.genre == Genre::News);
            if target {
                // The report of the target's year first, then the earliest text.
                (
                    !own_year || news,
                    self.order_of(i) as i64,
                    false,
                    i.span.start,
                )
            } else {
                (
                    false,
                    -(self.order_of(i) as i64),
                    self.is_headline(i),
                    i.span.start,
                )
            }
        });
        let mut it = same.into_iter();
        let lead = it.next()?;
        Some((lead, it.collect()))
    }

    /// A series over the years: per year, its target and its result (or estimate).
    pub fn timeline(&self, series: &str) -> Vec<TimelinePoint> {
        let members = self.members(series);
        let mut years: Vec<(i32, u8)> = members
            .iter()
            .filter_map(|i| i.year.map(|y| (y, role(i.status))))
            .collect();
        years.sort_unstable();
        years.dedup();
        years
            .into_iter()
            .filter_map(|(y, r)| {
                let same: Vec<&Indicator> = members
                    .iter()
                    .copied()
                    .filter(|i| i.year == Some(y) && role(i.status) == r)
                    .collect();
                let (lead, rest) = self.lead(same)?;
                Some(TimelinePoint {
                    year: y,
                    status: lead.status,
                    lead: lead.id.clone(),
                    restated: rest.iter().map(|i| i.id.clone()).collect(),
                    report: self
                        .reports
                        .get(lead.report)
                        .map(|r| r.info.title.clone())
                        .unwrap_or_default(),
                })
            })
            .collect()
    }

    /// One measure across places in one year: targets when `targets`, else results and
    /// estimates; one row per place, highest value first.
    pub fn places(&self, measure_key: &str, year: i32, targets: bool) -> Vec<PlaceRow> {
        let mut series: Vec<&str> = self
            .links
            .iter()
            .filter(|l| l.measure_key == measure_key)
            .map(|l| l.series.as_str())
            .collect();
        series.sort_unstable();
        series.dedup();
        let mut rows: Vec<PlaceRow> = series
            .into_iter()
            .filter_map(|s| {
                let same: Vec<&Indicator> = self
                    .members(s)
                    .into_iter()
                    .filter(|i| i.year == Some(year) && (i.status == Status::Target) == targets)
                    .collect();
                let (lead, _) = self.lead(same)?;
                Some(PlaceRow {
                    place: self.place_of(lead).unwrap_or("?").to_string(),
                    indicator: lead.id.clone(),
                    value: lead.value,
                    display: lead.display.clone(),
                    status: lead.status,
                })
            })
            .collect();
        rows.sort_by(|a, b| b.value.total_cmp(&a.value).then(a.place.cmp(&b.place)));
        rows
    }
}
