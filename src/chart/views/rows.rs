//! Row geometry shared by the horizontal views: a label column (or labels stacked above the
//! marks when narrow), a plot band and a value column, and fitting rows into the height.

use super::frame::{Body, Sizes};
use crate::chart::metrics::text_width;

/// Horizontal extents of a row's parts.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Columns {
    /// The label column (`None` when labels stack above the band).
    pub label: Option<(f64, f64)>,
    pub plot: (f64, f64),
    /// The right-aligned value column (right edge = `value.1`).
    pub value: (f64, f64),
}

/// Vertical rhythm of one row.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Pitch {
    /// Height of the stacked label line (0 in column mode).
    pub label_h: f64,
    pub band: f64,
    pub gap: f64,
}

impl Pitch {
    pub fn total(&self) -> f64 {
        self.label_h + self.band + self.gap
    }
}

/// Splits the body into label / plot / value columns.
pub(crate) fn columns(body: &Body, s: &Sizes, labels: &[String], values: &[String]) -> Columns {
    let w = body.width();
    let vw = values
        .iter()
        .map(|v| text_width(v, s.value, false))
        .fold(0.0, f64::max)
        .min(w * 0.45);
    if s.narrow {
        // Values share the stacked label line; the band spans the whole width.
        return Columns {
            label: None,
            plot: (body.left, body.right),
            value: (body.right - vw, body.right),
        };
    }
    let widest = labels
        .iter()
        .map(|l| text_width(l, s.label, false))
        .fold(0.0, f64::max);
    // Not `clamp`: on a very narrow chart the upper bound falls below the lower one.
    let lw = widest.min(w * 0.32).max(60.0);
    let label = (body.left, body.left + lw);
    let value = (body.right - vw, body.right);
    let plot = (label.1 + 14.0, (value.0 - 14.0).max(label.1 + 40.0));
    Columns {
        label: Some(label),
        plot,
        value,
    }
}

/// The comfortable and the smallest pitch for this mode.
pub(crate) fn pitches(s: &Sizes) -> (Pitch, Pitch) {
    if s.narrow {
        let lh = Sizes::line(s.label);
        (
            Pitch {
                label_h: lh,
                band: 28.0,
                gap: 8.0,
            },
            Pitch {
                label_h: lh,
                band: 24.0,
                gap: 2.0,
            },
        )
    } else {
        (
            Pitch {
                label_h: 0.0,
                band: 30.0,
                gap: 4.0,
            },
            Pitch {
                label_h: 0.0,
                band: 24.0,
                gap: 0.0,
            },
        )
    }
}

/// How many of `n` rows fit into `avail` px (plus `extra` fixed px), and at which pitch.
pub(crate) fn fit_rows(n: usize, avail: f64, extra: f64, s: &Sizes) -> (usize, Pitch) {
    let (comfy, tight) = pitches(s);
    let room = (avail - extra).max(0.0);
    if n as f64 * comfy.total() <= room {
        return (n, comfy);
    }
    if n as f64 * tight.total() <= room {
        // Stretch the band between tight and comfortable.
        let t = room / n as f64;
        let slack = t - tight.total();
        let p = Pitch {
            label_h: tight.label_h,
            band: (tight.band + slack).min(comfy.band),
            gap: (t - tight.label_h - (tight.band + slack).min(comfy.band)).max(0.0),
        };
        return (n, p);
    }
    let k = (room / tight.total()).floor() as usize;
    (k.min(n), tight)
}

/// How many of `n` rows (with `extra` px above them) fit under the frame at the spec's height, and
/// at which pitch; when some do not, a note under the chart says how many (with room made for it).
#[cfg(feature = "more-views")]
pub(crate) fn fit_under_frame(
    spec: &crate::chart::spec::ChartSpec,
    ft: &mut super::frame::FrameText,
    n: usize,
    extra: f64,
    s: &Sizes,
    loc: &crate::chart::locale::Locale,
) -> (usize, Pitch) {
    use super::frame::frame_height;
    let (keep, pitch) = fit_rows(n, spec.height - frame_height(spec, ft), extra, s);
    if keep >= n {
        return (keep, pitch);
    }
    ft.notes.push(loc.hidden_note.with(&[&(n - keep)]));
    let (keep, pitch) = fit_rows(n, spec.height - frame_height(spec, ft), extra, s);
    if let Some(last) = ft.notes.last_mut() {
        *last = loc.hidden_note.with(&[&(n - keep)]);
    }
    (keep, pitch)
}

/// Indices of the `keep` entries with the largest `weight`, in their original order.
pub(crate) fn keep_largest(weights: &[f64], keep: usize) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..weights.len()).collect();
    crate::text::sort_stable_by(&mut idx, |&a, &b| {
        let wa = weights.get(a).copied().unwrap_or(0.0);
        let wb = weights.get(b).copied().unwrap_or(0.0);
        wb.partial_cmp(&wa).unwrap_or(std::cmp::Ordering::Equal)
    });
    idx.truncate(keep);
    crate::text::sort_stable_by(&mut idx, usize::cmp);
    idx
}
