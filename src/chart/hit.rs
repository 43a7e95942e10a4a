//! Hit-testing in CSS pixels and the keyboard order of marks: pure, allocation-free on the hot
//! path, touch-friendly (24 px targets, nearest mark within a 24 px radius).

use super::scene::{ChartLayout, TOUCH_RADIUS};

impl ChartLayout {
    /// The mark under a pointer at (`x`, `y`) CSS px: a mark whose target contains the point
    /// (the nearest centre when targets overlap), else the nearest target within 24 px.
    pub fn hit_test(&self, x: f64, y: f64) -> Option<usize> {
        if !x.is_finite() || !y.is_finite() {
            return None;
        }
        let mut best: Option<(usize, f64, f64)> = None; // (index, distance to target, to centre)
        for (i, m) in self.marks.iter().enumerate() {
            let d = m.target.distance(x, y);
            if d > TOUCH_RADIUS {
                continue;
            }
            let (cx, cy) = m.shape.bounds().center();
            let dc = (cx - x).hypot(cy - y);
            let better = match best {
                None => true,
                Some((_, bd, bc)) => d < bd || (d == bd && dc < bc),
            };
            if better {
                best = Some((i, d, dc));
            }
        }
        best.map(|(i, _, _)| i)
    }

    /// Mark indices in keyboard order. Views push marks in reading order (row by row, panel
    /// by panel, and within a row the earlier year first), so this is `0..mark_count()`.
    pub fn focus_order(&self) -> Vec<usize> {
        (0..self.marks.len()).collect()
    }
}
