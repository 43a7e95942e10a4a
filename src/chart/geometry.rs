//! Rectangles in CSS pixels and the small geometric helpers layout and hit-testing share.

/// An axis-aligned rectangle in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn new(x: f64, y: f64, w: f64, h: f64) -> Self {
        Rect { x, y, w, h }
    }

    /// The rectangle spanned by two corners in any order.
    pub fn from_corners(x0: f64, y0: f64, x1: f64, y1: f64) -> Self {
        Rect::new(x0.min(x1), y0.min(y1), (x1 - x0).abs(), (y1 - y0).abs())
    }

    pub fn right(&self) -> f64 {
        self.x + self.w
    }

    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }

    pub fn center(&self) -> (f64, f64) {
        (self.x + self.w / 2.0, self.y + self.h / 2.0)
    }

    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= self.x && x <= self.right() && y >= self.y && y <= self.bottom()
    }

    /// `true` when the interiors intersect (touching edges do not count).
    pub fn overlaps(&self, o: &Rect) -> bool {
        const EPS: f64 = 0.01;
        self.x + EPS < o.right()
            && o.x + EPS < self.right()
            && self.y + EPS < o.bottom()
            && o.y + EPS < self.bottom()
    }

    /// `true` when `o` lies inside `self` (with a small tolerance).
    pub fn encloses(&self, o: &Rect) -> bool {
        const EPS: f64 = 0.01;
        o.x >= self.x - EPS
            && o.y >= self.y - EPS
            && o.right() <= self.right() + EPS
            && o.bottom() <= self.bottom() + EPS
    }

    /// Distance from a point to the rectangle (0 inside).
    pub fn distance(&self, x: f64, y: f64) -> f64 {
        let dx = (self.x - x).max(0.0).max(x - self.right());
        let dy = (self.y - y).max(0.0).max(y - self.bottom());
        (dx * dx + dy * dy).sqrt()
    }

    /// The same centre, grown to at least `min_w` x `min_h`.
    pub fn at_least(&self, min_w: f64, min_h: f64) -> Rect {
        let (cx, cy) = self.center();
        let w = self.w.max(min_w);
        let h = self.h.max(min_h);
        Rect::new(cx - w / 2.0, cy - h / 2.0, w, h)
    }

    /// The smallest rectangle containing both.
    pub fn union(&self, o: &Rect) -> Rect {
        let x = self.x.min(o.x);
        let y = self.y.min(o.y);
        Rect::new(
            x,
            y,
            self.right().max(o.right()) - x,
            self.bottom().max(o.bottom()) - y,
        )
    }
}

/// "Nice" axis ticks covering `lo..=hi` (0 included), about `target` of them.
pub fn nice_ticks(lo: f64, hi: f64, target: usize) -> Vec<f64> {
    let lo = lo.min(0.0);
    let hi = hi.max(0.0);
    let span = hi - lo;
    if !span.is_finite() || span <= 0.0 {
        return vec![0.0];
    }
    let raw = span / target.max(1) as f64;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| span / s <= target.max(1) as f64)
        .unwrap_or(10.0 * mag);
    let start = (lo / step).floor() * step;
    let mut ticks = Vec::new();
    let mut v = start;
    let mut guard = 0;
    while v <= hi + step * 0.999 && guard < 50 {
        ticks.push(if v.abs() < step * 1e-9 { 0.0 } else { v });
        v += step;
        guard += 1;
    }
    ticks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_cover_range() {
        let t = nice_ticks(0.0, 6.0, 4);
        assert_eq!(t.first().copied(), Some(0.0));
        assert!(t.last().copied().unwrap() >= 6.0);
        assert!(t.len() <= 6);
        let t = nice_ticks(-1.9, 8.3, 4);
        assert!(t.first().copied().unwrap() <= -1.9);
        assert!(t.contains(&0.0));
    }

    #[test]
    fn rect_ops() {
        let r = Rect::new(0.0, 0.0, 10.0, 4.0).at_least(24.0, 24.0);
        assert_eq!((r.w, r.h), (24.0, 24.0));
        assert_eq!(r.center(), (5.0, 2.0));
        assert!(!Rect::new(0.0, 0.0, 1.0, 1.0).overlaps(&Rect::new(1.0, 0.0, 1.0, 1.0)));
        assert_eq!(Rect::new(0.0, 0.0, 2.0, 2.0).distance(5.0, 2.0), 3.0);
    }
}
