//! The chart layer's error type: exact, actionable messages for a newsroom developer.

use std::fmt;

/// Why a chart could not be configured, laid out or drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartError {
    kind: ErrorKind,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ErrorKind {
    UnknownView(String),
    UnknownLang(String),
    UnknownTheme(String),
    UnknownCategory(String),
    UnknownIndicator {
        given: String,
        example: Option<String>,
    },
    /// Raised by the category view (built with `more-views`).
    #[cfg_attr(not(feature = "more-views"), allow(dead_code))]
    EmptyCategory(&'static str),
    NoData(&'static str),
    /// A view of several reports asked of one report's figures.
    #[cfg_attr(not(feature = "more-views"), allow(dead_code))]
    NeedsSeveral(&'static str),
    BadSize {
        what: &'static str,
        value: f64,
    },
    MarkOutOfRange {
        index: usize,
        count: usize,
    },
    /// The view is drawn by the module with every view, not by this one.
    ViewNotInThisBuild(&'static str),
    Backend(String),
}

impl ChartError {
    pub(crate) fn new(kind: ErrorKind) -> Self {
        ChartError { kind }
    }

    pub(crate) fn backend(message: impl fmt::Display) -> Self {
        ChartError::new(ErrorKind::Backend(message.to_string()))
    }

    /// A mark index that does not exist in the current layout.
    pub fn mark_out_of_range(index: usize, count: usize) -> Self {
        ChartError::new(ErrorKind::MarkOutOfRange { index, count })
    }

    /// A view this build does not draw (see `chart::draws`).
    pub fn view_not_in_this_build(view: super::View) -> Self {
        ChartError::new(ErrorKind::ViewNotInThisBuild(view.as_str()))
    }

    /// A size (width, height or device pixel ratio) that is not usable.
    pub fn bad_size(what: &'static str, value: f64) -> Self {
        ChartError::new(ErrorKind::BadSize { what, value })
    }

    /// A stable code for the kind of error, for callers that branch on it (the page's
    /// `error.code`): `unknown-view`, `no-data`, `bad-size`...
    pub fn code(&self) -> &'static str {
        match self.kind {
            ErrorKind::UnknownView(_) => "unknown-view",
            ErrorKind::UnknownLang(_) => "unknown-lang",
            ErrorKind::UnknownTheme(_) => "unknown-theme",
            ErrorKind::UnknownCategory(_) => "unknown-category",
            ErrorKind::UnknownIndicator { .. } => "unknown-indicator",
            ErrorKind::EmptyCategory(_) => "empty-category",
            ErrorKind::NoData(_) => "no-data",
            ErrorKind::NeedsSeveral(_) => "needs-several-reports",
            ErrorKind::BadSize { .. } => "bad-size",
            ErrorKind::MarkOutOfRange { .. } => "mark-out-of-range",
            ErrorKind::Backend(_) => "draw-failed",
            ErrorKind::ViewNotInThisBuild(_) => "view-not-loaded",
        }
    }
}

impl fmt::Display for ChartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::UnknownView(v) => write!(
                f,
                "unknown view \"{v}\": expected overview, detail, growth, category, attainment, timeline or places"
            ),
            ErrorKind::UnknownLang(v) => write!(f, "unknown language \"{v}\": expected zh or en"),
            ErrorKind::UnknownTheme(v) => {
                write!(f, "unknown theme \"{v}\": expected light, dark or auto")
            }
            ErrorKind::UnknownCategory(v) => {
                write!(f, "unknown category \"{v}\": expected one of ")?;
                let slugs: Vec<&str> = crate::model::Category::ALL
                    .iter()
                    .map(|c| c.slug())
                    .collect();
                f.write_str(&slugs.join(", "))
            }
            ErrorKind::UnknownIndicator { given, example } => {
                write!(
                    f,
                    "unknown indicator \"{given}\": expected an indicator id or series id from indicators()"
                )?;
                if let Some(e) = example {
                    write!(f, ", e.g. \"{e}\"")?;
                }
                Ok(())
            }
            ErrorKind::EmptyCategory(slug) => write!(
                f,
                "category \"{slug}\" has no indicators in this report: choose another category"
            ),
            ErrorKind::NoData(view) => write!(
                f,
                "this report has no figures to draw in the {view} view: try another view or report"
            ),
            ErrorKind::NeedsSeveral(view) => write!(
                f,
                "the {view} view compares several reports: give more than one text (src=\"a.txt b.txt\", or several <textarea data-report>)"
            ),
            ErrorKind::BadSize { what, value } => match *what {
                "dpr" => write!(
                    f,
                    "device pixel ratio must be a finite number greater than 0, got {}",
                    value
                ),
                _ => write!(
                    f,
                    "{what} must be a finite number of CSS pixels between 1 and {}, got {}",
                    crate::limits::MAX_CSS_PX,
                    value
                ),
            },
            ErrorKind::MarkOutOfRange { index, count } => write!(
                f,
                "mark index {index} is out of range: the chart has {count} marks (0..{count})"
            ),
            ErrorKind::Backend(m) => write!(f, "drawing failed: {m}"),
            ErrorKind::ViewNotInThisBuild(v) => write!(
                f,
                "the {v} view is drawn by the module with every view (gov_report_views), not the first-load one"
            ),
        }
    }
}

impl std::error::Error for ChartError {}
