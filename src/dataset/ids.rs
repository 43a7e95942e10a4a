//! Stable, URL-safe ids. A catalog series gives `slug-YEAR` (`school-places-added-2024`); any
//! other indicator gets `MEASURE-HASH-YEAR` (`level-1a2b3c4d-2024`), where HASH is the FNV-1a
//! 32-bit hash (8 hex digits) of its normalised subject, unit and measure. The same text gives the same ids on every run and
//! build; the same subject in both parts gets the same series, so it pairs up by itself.

use crate::model::Measure;

/// FNV-1a, 32 bits: small, fixed forever, the same on every platform.
pub fn fnv1a32(text: &str) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in text.bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash
}

/// Verbs that differ between the review (完成, 扩增) and the plan (新增, 推进) for the same
/// measure; dropped before hashing so both years share a series.
const VARYING_VERBS: &[&str] = &[
    "完成",
    "新增",
    "扩增",
    "挖潜",
    "实现",
    "加快推进",
    "积极推进",
    "推进",
    "实施",
    "开展",
];

/// The subject with varying verbs removed.
pub fn normalized_subject(subject: &str) -> String {
    let mut s = subject.to_string();
    for verb in VARYING_VERBS {
        if s.contains(verb) {
            s = s.replace(verb, "");
        }
    }
    s
}

/// The series id of an indicator the catalog does not name.
pub fn hashed_series(subject: &str, unit: &str, measure: Measure) -> String {
    let name = measure_name(measure);
    let key = format!("{}|{}|{}", normalized_subject(subject), unit, name);
    format!("{name}-{:08x}", fnv1a32(&key))
}

/// The JSON name of a measure (`level`, `growth` ...).
pub fn measure_name(measure: Measure) -> &'static str {
    measure.name()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv_is_the_published_function() {
        assert_eq!(fnv1a32(""), 0x811c_9dc5);
        assert_eq!(fnv1a32("a"), 0xe40c_292c);
    }

    #[test]
    fn same_measure_in_both_parts_shares_a_series() {
        let a = hashed_series("完成背街小巷精细化治理", "条", Measure::Level);
        let b = hashed_series("背街小巷精细化治理", "条", Measure::Level);
        assert_eq!(a, b);
        assert!(a.starts_with("level-") && a.len() == "level-".len() + 8);
        assert_ne!(a, hashed_series("背街小巷精细化治理", "个", Measure::Level));
    }
}
