//! Units folded to a common base so that figures written in different magnitudes compare
//! (城镇新增就业9120人 against 0.9万人以上): 万, 亿 and 万亿 in front of a unit are multipliers.

/// The magnitudes the genre writes in front of a unit, longest first.
const MAGNITUDES: [(&str, f64); 3] = [("万亿", 1e12), ("亿", 1e8), ("万", 1e4)];

/// A unit without its magnitude, and the factor that magnitude stands for (万人 -> 人, 10000).
/// Units that are not magnitude and unit (%, 个百分点, 微克/立方米) stay as they are.
pub fn base_unit(unit: &str) -> (&str, f64) {
    for (prefix, factor) in MAGNITUDES {
        if let Some(rest) = unit.strip_prefix(prefix) {
            if !rest.is_empty() && !rest.starts_with(['个', '分']) {
                return (rest, factor);
            }
        }
    }
    (unit, 1.0)
}

/// `value` written in `from`, expressed in `to`, when the two units differ only by magnitude.
pub fn convert(value: f64, from: &str, to: &str) -> Option<f64> {
    if from == to {
        return Some(value);
    }
    let (a, fa) = base_unit(from);
    let (b, fb) = base_unit(to);
    (a == b).then(|| value * fa / fb)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magnitudes_fold_and_other_units_stay() {
        assert_eq!(base_unit("万人"), ("人", 1e4));
        assert_eq!(base_unit("万亿元"), ("元", 1e12));
        assert_eq!(base_unit("%"), ("%", 1.0));
        assert_eq!(base_unit("万"), ("万", 1.0));
        assert_eq!(convert(9120.0, "人", "万人"), Some(0.912));
        assert_eq!(convert(1.2, "万人", "人"), Some(12000.0));
        assert_eq!(convert(3.0, "%", "个"), None);
    }
}
