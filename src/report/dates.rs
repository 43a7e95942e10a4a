//! Years and dates as the genre writes them: 2024年, 2025-01-16, 2025年1月6日, 2025/1/16.

/// A date, as precise as it was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// A year of four ASCII digits at `at` (1949-2100), not part of a longer number.
pub fn year_at(chars: &[char], at: usize) -> Option<i32> {
    let s = chars.get(at..at + 4)?;
    if !s.iter().all(char::is_ascii_digit) || chars.get(at + 4).is_some_and(char::is_ascii_digit) {
        return None;
    }
    // 2024.5 is a number, not a year.
    if chars.get(at + 4) == Some(&'.') && chars.get(at + 5).is_some_and(char::is_ascii_digit) {
        return None;
    }
    if at > 0
        && chars
            .get(at - 1)
            .is_some_and(|c| c.is_ascii_digit() || *c == '.')
    {
        return None;
    }
    let y = s
        .iter()
        .fold(0i32, |acc, c| acc * 10 + c.to_digit(10).unwrap_or(0) as i32);
    (1949..=2100).contains(&y).then_some(y)
}

/// Every year of four digits in `chars`, in order.
pub fn years_in(chars: &[char]) -> Vec<i32> {
    (0..chars.len()).filter_map(|i| year_at(chars, i)).collect()
}

/// A number of one or two ASCII digits at `at`: (value, digits used).
fn small_number(chars: &[char], at: usize) -> Option<(u8, usize)> {
    let d1 = chars.get(at)?.to_digit(10)?;
    match chars.get(at + 1).and_then(|c| c.to_digit(10)) {
        Some(d2) if !chars.get(at + 2).is_some_and(char::is_ascii_digit) => {
            Some(((d1 * 10 + d2) as u8, 2))
        }
        Some(_) => None,
        None => Some((d1 as u8, 1)),
    }
}

/// The first date in `chars`: 2025-01-16, 2025/1/16, 2025年1月6日, 2025年1月, or a
/// year alone (2025年).
pub fn date_in(chars: &[char]) -> Option<Date> {
    for at in 0..chars.len() {
        let Some(year) = year_at(chars, at) else {
            continue;
        };
        let sep = chars.get(at + 4).copied();
        let (month_sep, day_sep) = match sep {
            Some('-') => ('-', '-'),
            Some('/') => ('/', '/'),
            Some('年') => ('年', '月'),
            _ => continue,
        };
        let _ = month_sep;
        let Some((month, n)) = small_number(chars, at + 5) else {
            if sep == Some('年') {
                return Some(Date {
                    year,
                    month: None,
                    day: None,
                });
            }
            continue;
        };
        if !(1..=12).contains(&month) {
            continue;
        }
        let after_month = at + 5 + n;
        if chars.get(after_month) != Some(&day_sep) {
            if sep == Some('年') && chars.get(after_month) == Some(&'月') {
                return Some(Date {
                    year,
                    month: Some(month),
                    day: None,
                });
            }
            continue;
        }
        let day = small_number(chars, after_month + 1)
            .map(|(d, _)| d)
            .filter(|d| (1..=31).contains(d));
        return Some(Date {
            year,
            month: Some(month),
            day,
        });
    }
    None
}

/// `1月16日` without a year (a news story's dateline): (month, day).
pub fn month_day_in(chars: &[char]) -> Option<(u8, u8)> {
    for at in 0..chars.len() {
        if at > 0 && chars.get(at - 1).is_some_and(char::is_ascii_digit) {
            continue;
        }
        let Some((month, n)) = small_number(chars, at) else {
            continue;
        };
        if chars.get(at + n) != Some(&'月') || !(1..=12).contains(&month) {
            continue;
        }
        if let Some((day, m)) = small_number(chars, at + n + 1) {
            if chars.get(at + n + 1 + m) == Some(&'日') && (1..=31).contains(&day) {
                return Some((month, day));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn reads_the_dates_of_the_genre() {
        let d = |y, m, d| {
            Some(Date {
                year: y,
                month: m,
                day: d,
            })
        };
        assert_eq!(
            date_in(&c("2025-01-16 08:30 来源")),
            d(2025, Some(1), Some(16))
        );
        assert_eq!(date_in(&c("——2025年1月6日在")), d(2025, Some(1), Some(6)));
        assert_eq!(
            date_in(&c("(2023年1月12日在东澜市")),
            d(2023, Some(1), Some(12))
        );
        assert_eq!(date_in(&c("2025年01月08日")), d(2025, Some(1), Some(8)));
        assert_eq!(date_in(&c("石港市2025年政府工作报告")), d(2025, None, None));
        assert_eq!(date_in(&c("增长12345")), None);
        assert_eq!(month_day_in(&c("本报讯(记者 林晓)1月16日,")), Some((1, 16)));
        assert_eq!(
            years_in(&c("2021—2025年,由2019年的")),
            vec![2021, 2025, 2019]
        );
        assert_eq!(years_in(&c("12025年 2024.5")), Vec::<i32>::new());
    }
}
