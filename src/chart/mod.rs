//! Charts: news-grade year-over-year views of a dataset. Layout is pure (`ChartLayout`, all
//! geometry in CSS px), drawing is generic over plotters' `DrawingBackend`, hit-testing and
//! tooltips are plain Rust: the same code renders SVG natively and the canvas in the browser.

mod draw;
mod error;
pub mod format;
mod geometry;
mod hit;
pub mod locale;
pub mod metrics;
mod scene;
mod spec;
#[cfg(not(target_arch = "wasm32"))]
mod svg;
pub mod theme;
mod tooltip;
mod views;

pub use crate::model::Tooltip;
pub use draw::draw;
pub use error::ChartError;
pub use geometry::{nice_ticks, Rect};
pub use locale::Locale;
pub use scene::{
    Anchor, ChartLayout, Fill, Mark, Rule, Shape, TextItem, TextRole, MIN_TARGET, TOUCH_RADIUS,
};
pub use spec::{check_css, clamp_dpr, parse_category, ChartSpec, Lang, Theme, View};
#[cfg(not(target_arch = "wasm32"))]
pub use svg::render_svg;

use crate::model::Dataset;

/// Whether this build draws `view` (the first-load wasm draws the overview and detail views;
/// the element loads the module with every view for the others).
pub fn draws(view: View) -> bool {
    cfg!(feature = "more-views") || matches!(view, View::Overview | View::Detail)
}

/// Lays out `spec.view` for `ds`: every text, rule and mark at its position in CSS px.
pub fn layout(ds: &Dataset, spec: &ChartSpec) -> Result<ChartLayout, ChartError> {
    let dpr = spec.validated_dpr()?;
    let drawn = match spec.view {
        View::Overview => views::overview::overview(ds, spec)?,
        View::Detail => views::detail::detail(ds, spec)?,
        #[cfg(feature = "more-views")]
        View::Growth => views::growth::growth(ds, spec)?,
        #[cfg(feature = "more-views")]
        View::Category => views::category::category(ds, spec)?,
        #[cfg(feature = "more-views")]
        View::Attainment => views::attainment::attainment(ds, spec)?,
        #[cfg(feature = "more-views")]
        View::Timeline => views::timeline::timeline(ds, spec)?,
        #[cfg(feature = "more-views")]
        View::Places => views::places::places(ds, spec)?,
        #[cfg(not(feature = "more-views"))]
        view => return Err(ChartError::view_not_in_this_build(view)),
    };
    let b = drawn.b;
    Ok(ChartLayout {
        view: spec.view,
        lang: spec.lang,
        theme: spec.theme,
        width: spec.width,
        height: spec.height,
        dpr,
        plots: b.plots,
        rules: b.rules,
        decor: b.decor,
        marks: b.marks,
        texts: b.texts,
        title: drawn.title,
        description_zh: drawn.desc_zh,
        description_en: drawn.desc_en,
        hidden: drawn.hidden,
        preferred_height: drawn.preferred_height.ceil(),
    })
}

/// Checks that `spec` names things that exist in `ds` (indicator, category) without laying
/// out, so that a widget can reject a bad attribute at once.
pub fn validate(ds: &Dataset, spec: &ChartSpec) -> Result<(), ChartError> {
    match spec.view {
        #[cfg(feature = "more-views")]
        View::Places => {
            views::places::resolve_places(ds, spec.indicator.as_deref())?;
        }
        #[cfg(feature = "more-views")]
        View::Attainment => {
            views::attainment::resolve_attainment(ds, spec.indicator.as_deref())?;
        }
        #[cfg(feature = "more-views")]
        View::Timeline => {
            views::timeline::resolve_timeline(ds, spec.indicator.as_deref())?;
        }
        _ if spec.indicator.is_some() => {
            views::detail::resolve_series(ds, spec.indicator.as_deref())?;
        }
        _ => {}
    }
    #[cfg(feature = "more-views")]
    if spec.category.is_some() {
        views::category::resolve_category(ds, spec.category)?;
    }
    Ok(())
}

/// The height (CSS px) at which `spec.view` shows every figure at `spec.width`.
pub fn preferred_height(ds: &Dataset, spec: &ChartSpec) -> Result<f64, ChartError> {
    layout(ds, spec).map(|l| l.preferred_height)
}
