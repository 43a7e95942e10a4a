//! Colours of the light and dark themes: a muted, colour-blind-safe palette with one accent,
//! and the WCAG contrast computation that keeps text >= 4.5:1 and marks >= 3:1.

use super::spec::Theme;

/// An opaque sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG relative luminance.
    pub fn luminance(self) -> f64 {
        fn lin(c: u8) -> f64 {
            let s = f64::from(c) / 255.0;
            if s <= 0.04045 {
                s / 12.92
            } else {
                ((s + 0.055) / 1.055).powf(2.4)
            }
        }
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }

    /// Mixes `self` over `other`: `t` = 1 gives `self`.
    pub fn mix(self, other: Rgb, t: f64) -> Rgb {
        let m = |a: u8, b: u8| (f64::from(a) * t + f64::from(b) * (1.0 - t)).round() as u8;
        Rgb(m(self.0, other.0), m(self.1, other.1), m(self.2, other.2))
    }
}

/// WCAG 2.x contrast ratio between two colours (1..21).
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// A named colour role; the palette resolves it per theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ink {
    /// Titles and labels.
    Text,
    /// Subtitles, axis labels, source line.
    Muted,
    /// Gridlines (decorative, no contrast requirement).
    Grid,
    /// The zero line and axis baselines.
    Axis,
    /// Review-year figures (2024): results and estimates.
    Past,
    /// Plan-year targets (2025): the accent.
    Target,
    /// Values computed from the text (2023).
    Derived,
    /// Connectors between the two ends of a dumbbell.
    Connector,
    /// Background.
    Background,
}

/// The colours of one theme.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    pub background: Rgb,
    pub text: Rgb,
    pub muted: Rgb,
    pub grid: Rgb,
    pub axis: Rgb,
    pub past: Rgb,
    pub target: Rgb,
    pub derived: Rgb,
    pub connector: Rgb,
}

impl Palette {
    /// The palette of `theme`.
    pub fn of(theme: Theme) -> Palette {
        match theme {
            // Steel blue for what was achieved, a muted vermilion accent for targets (a
            // blue/orange pair stays distinct under deuteranopia, protanopia and tritanopia).
            Theme::Light => Palette {
                background: Rgb(0xff, 0xff, 0xff),
                text: Rgb(0x1d, 0x21, 0x27),
                muted: Rgb(0x5b, 0x63, 0x6e),
                grid: Rgb(0xe4, 0xe7, 0xeb),
                axis: Rgb(0x8a, 0x91, 0x9b),
                past: Rgb(0x3d, 0x6a, 0x9e),
                target: Rgb(0xc4, 0x4e, 0x25),
                derived: Rgb(0x6e, 0x76, 0x80),
                connector: Rgb(0xa9, 0xb0, 0xb9),
            },
            Theme::Dark => Palette {
                background: Rgb(0x16, 0x19, 0x1e),
                text: Rgb(0xe9, 0xeb, 0xee),
                muted: Rgb(0xa6, 0xae, 0xb8),
                grid: Rgb(0x2d, 0x32, 0x3a),
                axis: Rgb(0x6f, 0x77, 0x82),
                past: Rgb(0x86, 0xaa, 0xd6),
                target: Rgb(0xf0, 0x8c, 0x62),
                derived: Rgb(0x9a, 0xa3, 0xae),
                connector: Rgb(0x5a, 0x62, 0x6d),
            },
        }
    }

    /// The colour of a role.
    pub fn ink(&self, ink: Ink) -> Rgb {
        match ink {
            Ink::Text => self.text,
            Ink::Muted => self.muted,
            Ink::Grid => self.grid,
            Ink::Axis => self.axis,
            Ink::Past => self.past,
            Ink::Target => self.target,
            Ink::Derived => self.derived,
            Ink::Connector => self.connector,
            Ink::Background => self.background,
        }
    }

    /// A light tint of a mark colour, used inside outlined and hatched bars.
    pub fn tint(&self, ink: Ink) -> Rgb {
        self.ink(ink).mix(self.background, 0.16)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_of_black_and_white_is_21() {
        let c = contrast(Rgb(0, 0, 0), Rgb(255, 255, 255));
        assert!((c - 21.0).abs() < 1e-9, "{c}");
        assert!((contrast(Rgb(9, 9, 9), Rgb(9, 9, 9)) - 1.0).abs() < 1e-12);
    }

    #[test]
    fn wcag_contrast_in_both_themes() {
        for theme in [Theme::Light, Theme::Dark] {
            let p = Palette::of(theme);
            for (name, c) in [("text", p.text), ("muted", p.muted)] {
                let r = contrast(c, p.background);
                assert!(r >= 4.5, "{theme:?} {name} text contrast {r:.2} < 4.5");
            }
            // Value labels are drawn in the mark colours too.
            for (name, c) in [
                ("past", p.past),
                ("target", p.target),
                ("derived", p.derived),
            ] {
                let r = contrast(c, p.background);
                assert!(r >= 4.5, "{theme:?} {name} contrast {r:.2} < 4.5");
                // Outline of hatched/outlined bars against their own tint.
                let t = contrast(c, p.tint(Ink::Past));
                assert!(t >= 3.0, "{theme:?} {name} vs tint {t:.2} < 3");
            }
            assert!(contrast(p.axis, p.background) >= 3.0, "{theme:?} axis");
        }
    }
}
