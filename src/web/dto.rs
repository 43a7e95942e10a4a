//! Boundary types: the small camelCase objects JavaScript receives, separate from the domain
//! types so that the JS contract does not move when the model does.

use serde::Serialize;

use crate::chart::Tooltip;

/// A tooltip as JavaScript sees it.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct TooltipDto<'a> {
    pub indicator_id: &'a str,
    pub name: &'a str,
    pub value_display: &'a str,
    pub year: i32,
    pub kind: &'a str,
    pub qualifiers: &'a [String],
    pub quote_before: &'a str,
    pub quote_match: &'a str,
    pub quote_after: &'a str,
    /// Editorial corrections are applied by the page; the chart never has one.
    pub corrected: Option<()>,
}

impl<'a> From<&'a Tooltip> for TooltipDto<'a> {
    fn from(t: &'a Tooltip) -> Self {
        TooltipDto {
            indicator_id: &t.indicator_id,
            name: &t.name,
            value_display: &t.value_display,
            year: t.year,
            kind: &t.kind,
            qualifiers: &t.qualifiers,
            quote_before: &t.quote_before,
            quote_match: &t.quote_match,
            quote_after: &t.quote_after,
            corrected: None,
        }
    }
}
