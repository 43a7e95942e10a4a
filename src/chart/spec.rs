//! What to draw: the view, the indicator or category, language, theme and size (`ChartSpec`).

use super::error::{ChartError, ErrorKind};
use crate::limits::{DPR_RANGE, MAX_CSS_PX};
use crate::model::Category;

/// Which chart to draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum View {
    /// Every exact 2024 -> 2025 pair: rates as a dumbbell, counts as the change in percent.
    Overview,
    /// One indicator's years side by side.
    Detail,
    /// All growth rates of the review year, with the plan-year targets that exist.
    Growth,
    /// The indicators of one category as small multiples.
    Category,
    /// Several reports: each target against its year's result, met or missed.
    Attainment,
    /// Several reports: one series over the years, each figure naming its report.
    Timeline,
    /// Several reports: one measure across places in one year.
    Places,
}

impl View {
    /// Every view, in menu order.
    pub const ALL: [View; 7] = [
        View::Overview,
        View::Detail,
        View::Growth,
        View::Category,
        View::Attainment,
        View::Timeline,
        View::Places,
    ];

    /// The views of one report's figures.
    pub const OF_ONE_REPORT: [View; 4] =
        [View::Overview, View::Detail, View::Growth, View::Category];

    /// The views that compare several reports (the timeline also draws one report's years).
    pub const OF_SEVERAL: [View; 3] = [View::Attainment, View::Timeline, View::Places];

    /// Parses a view's name (`overview`, `detail`, `growth`, `category`, `attainment`,
    /// `timeline` or `places`).
    pub fn parse(s: &str) -> Result<View, ChartError> {
        match s.trim() {
            "overview" => Ok(View::Overview),
            "detail" => Ok(View::Detail),
            "growth" => Ok(View::Growth),
            "category" => Ok(View::Category),
            "attainment" => Ok(View::Attainment),
            "timeline" => Ok(View::Timeline),
            "places" => Ok(View::Places),
            other => Err(ChartError::new(ErrorKind::UnknownView(other.to_string()))),
        }
    }

    /// The name used in attributes and URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            View::Overview => "overview",
            View::Detail => "detail",
            View::Growth => "growth",
            View::Category => "category",
            View::Attainment => "attainment",
            View::Timeline => "timeline",
            View::Places => "places",
        }
    }
}

/// The language of titles, labels and descriptions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Zh,
    En,
}

impl Lang {
    /// Parses `zh` or `en` (also `zh-CN`, `en-GB` ...).
    pub fn parse(s: &str) -> Result<Lang, ChartError> {
        let t = s.trim().to_ascii_lowercase();
        if t == "zh" || t.starts_with("zh-") {
            Ok(Lang::Zh)
        } else if t == "en" || t.starts_with("en-") {
            Ok(Lang::En)
        } else {
            Err(ChartError::new(ErrorKind::UnknownLang(s.to_string())))
        }
    }
}

/// The colour theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    /// Parses `light` or `dark`.
    pub fn parse(s: &str) -> Result<Theme, ChartError> {
        Theme::parse_attribute(s, false).and_then(|t| match s.trim() {
            "auto" => Err(ChartError::new(ErrorKind::UnknownTheme(String::from(
                "auto",
            )))),
            _ => Ok(t),
        })
    }

    /// Parses the `theme` attribute: `light`, `dark`, or `auto` (empty is `auto`), which follows
    /// the reader's preference (`prefers_dark`, the page's `prefers-color-scheme`).
    pub fn parse_attribute(s: &str, prefers_dark: bool) -> Result<Theme, ChartError> {
        match s.trim() {
            "light" => Ok(Theme::Light),
            "dark" => Ok(Theme::Dark),
            "auto" | "" if prefers_dark => Ok(Theme::Dark),
            "auto" | "" => Ok(Theme::Light),
            other => Err(ChartError::new(ErrorKind::UnknownTheme(other.to_string()))),
        }
    }
}

/// Parses a category slug such as `housing`.
pub fn parse_category(s: &str) -> Result<Category, ChartError> {
    Category::from_slug(s.trim())
        .ok_or_else(|| ChartError::new(ErrorKind::UnknownCategory(s.to_string())))
}

/// Everything a view needs besides the dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartSpec {
    pub view: View,
    /// An indicator id or series id (detail view); `None` = the headline pair (GDP growth).
    pub indicator: Option<String>,
    /// The category of the category view; `None` = the first category with indicators.
    pub category: Option<Category>,
    pub lang: Lang,
    pub theme: Theme,
    /// Size in CSS pixels.
    pub width: f64,
    pub height: f64,
    /// Device pixel ratio; drawing multiplies every coordinate by it (clamped to 1..4).
    pub dpr: f64,
}

impl ChartSpec {
    /// A spec for `view` at 800x500 CSS px, dpr 1, Chinese, light theme.
    pub fn new(view: View) -> Self {
        ChartSpec {
            view,
            indicator: None,
            category: None,
            lang: Lang::Zh,
            theme: Theme::Light,
            width: 800.0,
            height: 500.0,
            dpr: 1.0,
        }
    }

    /// The same spec at another size.
    pub fn sized(mut self, width: f64, height: f64, dpr: f64) -> Self {
        self.width = width;
        self.height = height;
        self.dpr = dpr;
        self
    }

    /// Checks the size and returns the clamped device pixel ratio.
    pub fn validated_dpr(&self) -> Result<f64, ChartError> {
        check_css("width", self.width)?;
        check_css("height", self.height)?;
        clamp_dpr(self.dpr)
    }
}

/// Rejects NaN, infinities, zero, negative and huge sizes.
pub fn check_css(what: &'static str, v: f64) -> Result<f64, ChartError> {
    if v.is_finite() && (1.0..=MAX_CSS_PX).contains(&v) {
        Ok(v)
    } else {
        Err(ChartError::bad_size(what, v))
    }
}

/// Clamps a finite positive device pixel ratio to 1..4.
pub fn clamp_dpr(dpr: f64) -> Result<f64, ChartError> {
    if dpr.is_finite() && dpr > 0.0 {
        Ok(dpr.clamp(DPR_RANGE.0, DPR_RANGE.1))
    } else {
        Err(ChartError::bad_size("dpr", dpr))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_messages() {
        let e = View::parse("pie").unwrap_err().to_string();
        assert_eq!(
            e,
            "unknown view \"pie\": expected overview, detail, growth, category, attainment, timeline or places"
        );
        assert_eq!(
            Lang::parse("fr").unwrap_err().to_string(),
            "unknown language \"fr\": expected zh or en"
        );
        assert_eq!(
            Theme::parse("blue").unwrap_err().to_string(),
            "unknown theme \"blue\": expected light, dark or auto"
        );
        assert!(parse_category("x")
            .unwrap_err()
            .to_string()
            .starts_with("unknown category \"x\": expected one of economy, innovation,"));
        assert_eq!(
            check_css("width", f64::NAN).unwrap_err().to_string(),
            "width must be a finite number of CSS pixels between 1 and 10000, got NaN"
        );
    }

    #[test]
    fn parses() {
        for v in View::ALL {
            assert_eq!(View::parse(v.as_str()).unwrap(), v);
        }
        assert_eq!(Lang::parse("zh-CN").unwrap(), Lang::Zh);
        assert_eq!(Theme::parse_attribute("auto", true).unwrap(), Theme::Dark);
        assert_eq!(Theme::parse_attribute("", false).unwrap(), Theme::Light);
        assert!(Theme::parse("auto").is_err(), "a spec's theme is concrete");
        assert_eq!(clamp_dpr(0.5).unwrap(), 1.0);
        assert_eq!(clamp_dpr(9.0).unwrap(), 4.0);
        assert!(clamp_dpr(0.0).is_err());
    }
}
