//! Part of a year (上半年, 前三季度, 1-10月) or a span of years (十四五期间, 过去五年) that a figure
//! covers instead of one whole year, written as a short code: H1, Q1-Q3, M1-M10, Y2021-Y2025.

use serde::{Serialize, Serializer};

/// What a figure covers when it is not one whole year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// Months `from..=to` of the figure's year (上半年 is 1..=6, 前三季度 1..=9, 1-10月 1..=10).
    Months { from: u8, to: u8 },
    /// The years `from..=to` (十四五期间 is 2021..=2025); the figure's year is `to`.
    Years { from: i32, to: i32 },
}

impl Period {
    /// The code: H1, H2, Q1..Q4, Q1-Q3, M1-M10 (any other months), Y2021-Y2025.
    pub fn code(self) -> String {
        match self {
            Period::Months { from, to } => match (from, to) {
                (1, 6) => "H1".into(),
                (7, 12) => "H2".into(),
                (1, 9) => "Q1-Q3".into(),
                (f, t) if t == f + 2 && f % 3 == 1 => format!("Q{}", f / 3 + 1),
                (f, t) => format!("M{f}-M{t}"),
            },
            Period::Years { from, to } => format!("Y{from}-Y{to}"),
        }
    }

    /// Reads a code written by [`Period::code`].
    pub fn parse(code: &str) -> Option<Period> {
        let months = |from: u8, to: u8| {
            (1 <= from && from <= to && to <= 12).then_some(Period::Months { from, to })
        };
        match code {
            "H1" => return months(1, 6),
            "H2" => return months(7, 12),
            "Q1-Q3" => return months(1, 9),
            _ => {}
        }
        if let Some(q) = code.strip_prefix('Q') {
            let q: u8 = q.parse().ok()?;
            return (1..=4)
                .contains(&q)
                .then(|| months(q * 3 - 2, q * 3))
                .flatten();
        }
        let (a, b) = code.split_once('-')?;
        if let (Some(a), Some(b)) = (a.strip_prefix('M'), b.strip_prefix('M')) {
            return months(a.parse().ok()?, b.parse().ok()?);
        }
        let (a, b) = (a.strip_prefix('Y')?, b.strip_prefix('Y')?);
        let (from, to): (i32, i32) = (a.parse().ok()?, b.parse().ok()?);
        (from < to).then_some(Period::Years { from, to })
    }
}

impl Serialize for Period {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_read_back() {
        let cases = [
            (Period::Months { from: 1, to: 6 }, "H1"),
            (Period::Months { from: 1, to: 3 }, "Q1"),
            (Period::Months { from: 10, to: 12 }, "Q4"),
            (Period::Months { from: 1, to: 9 }, "Q1-Q3"),
            (Period::Months { from: 1, to: 10 }, "M1-M10"),
            (
                Period::Years {
                    from: 2021,
                    to: 2025,
                },
                "Y2021-Y2025",
            ),
        ];
        for (p, code) in cases {
            assert_eq!(p.code(), code);
            assert_eq!(Period::parse(code), Some(p));
        }
        assert_eq!(Period::parse("M3-M2"), None);
        assert_eq!(Period::parse("Q5"), None);
        assert_eq!(Period::parse("Y2025-Y2021"), None);
    }
}
