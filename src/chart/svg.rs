//! Static SVG output (native only): the same layout and drawing code, written through plotters'
//! `SVGBackend` into a string, for tests, print and pages where scripts cannot run.

use plotters::prelude::SVGBackend;

use super::draw::draw_scaled;
use super::error::ChartError;
use super::layout;
use super::spec::ChartSpec;
use crate::model::Dataset;

/// plotters' SVG backend writes `font-size` as size / 1.24; this undoes it so that the SVG
/// text is exactly the size the layout measured.
const SVG_FONT_SCALE: f64 = 1.24;

/// Renders a view of `ds` to an SVG document of `width*dpr` x `height*dpr` pixels.
pub fn render_svg(ds: &Dataset, spec: &ChartSpec) -> Result<String, ChartError> {
    let layout = layout(ds, spec)?;
    let w = (layout.width * layout.dpr).round().max(1.0) as u32;
    let h = (layout.height * layout.dpr).round().max(1.0) as u32;
    let mut out = String::new();
    {
        let mut backend = SVGBackend::with_string(&mut out, (w, h));
        draw_scaled(&layout, spec.theme, &mut backend, SVG_FONT_SCALE)?;
    }
    Ok(out)
}
