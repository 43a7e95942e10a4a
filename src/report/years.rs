//! Which years the two parts of a report speak about.

use super::lines::LineKind;
use crate::model::Part;

/// `(review_year, plan_year)`: from the year printed with each part marker (on the marker line
/// or on a year-only line just before it), else from `YYYY年经济社会发展主要预期目标` (plan) or
/// `YYYY年是` (review), else the most mentioned `YYYY年`; a missing one is the other ± 1.
pub fn find_years(chars: &[char], lines: &[(usize, usize)], kinds: &[LineKind]) -> (i32, i32) {
    let mut review = None;
    let mut plan = None;
    let mut last_label: Option<(usize, i32)> = None;
    for (i, (kind, &(s, e))) in kinds.iter().zip(lines).enumerate() {
        match kind {
            LineKind::YearLabel(y) => last_label = Some((i, *y)),
            LineKind::PartMarker(part) => {
                let inline = years_in(&chars[s..e]).into_iter().next();
                let labelled = last_label.filter(|(at, _)| i - at <= 3).map(|(_, y)| y);
                let year = inline.or(labelled);
                match part {
                    Part::Review => review = review.or(year),
                    Part::Plan => plan = plan.or(year),
                }
            }
            _ => {}
        }
    }
    if plan.is_none() {
        plan = year_before(chars, "年经济社会发展主要预期目标")
            .or_else(|| year_before(chars, "年主要预期目标"));
    }
    if review.is_none() && plan.is_none() {
        review = year_before(chars, "年是").or_else(|| most_mentioned(chars));
    }
    match (review, plan) {
        (Some(r), Some(p)) => (r, p),
        (Some(r), None) => (r, r + 1),
        (None, Some(p)) => (p - 1, p),
        (None, None) => (2024, 2025),
    }
}

fn year_at(chars: &[char], at: usize) -> Option<i32> {
    let s = chars.get(at..at + 4)?;
    if !s.iter().all(char::is_ascii_digit) || chars.get(at + 4).is_some_and(char::is_ascii_digit) {
        return None;
    }
    if at > 0 && chars.get(at - 1).is_some_and(char::is_ascii_digit) {
        return None;
    }
    let y: i32 = s.iter().collect::<String>().parse().ok()?;
    (1949..=2100).contains(&y).then_some(y)
}

fn years_in(chars: &[char]) -> Vec<i32> {
    (0..chars.len()).filter_map(|i| year_at(chars, i)).collect()
}

fn year_before(chars: &[char], suffix: &str) -> Option<i32> {
    let n: Vec<char> = suffix.chars().collect();
    (4..chars.len()).find_map(|i| {
        let tail = chars.get(i..i + n.len())?;
        (tail == n.as_slice())
            .then(|| year_at(chars, i - 4))
            .flatten()
    })
}

fn most_mentioned(chars: &[char]) -> Option<i32> {
    let mut counts: Vec<(i32, usize)> = Vec::new();
    for i in 0..chars.len() {
        if chars.get(i + 4) != Some(&'年') {
            continue;
        }
        if let Some(y) = year_at(chars, i) {
            match counts.iter_mut().find(|(k, _)| *k == y) {
                Some(entry) => entry.1 += 1,
                None => counts.push((y, 1)),
            }
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(y, n)| (n, -y))
        .map(|(y, _)| y)
}
