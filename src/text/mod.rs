//! Character-level helpers at the bottom of the crate: folding a text for matching (`fold`),
//! Chinese numerals (`numerals`), character classes, and the number formatting and sorting the
//! other layers share.

pub mod fold;
pub mod numerals;

pub use fold::{fold, fold_chars, fold_width};
#[cfg(feature = "extract")]
pub use numerals::parse_chinese_numeral;
pub use numerals::{chinese_digit, is_chinese_numeral};

/// A CJK ideograph (the unified block and extension A, enough for report prose).
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

/// Punctuation that ends a sentence for quoting purposes (`。`, `;`, `!`, `?` and line breaks).
pub fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | ';' | '!' | '?' | '\n' | '\r')
}

/// Punctuation that ends a clause inside a sentence.
pub fn is_clause_end(c: char) -> bool {
    is_sentence_end(c) || matches!(c, ',' | ':')
}

/// Parses a plain decimal number (`123`, `4.56`): ASCII digits with at most one point between
/// digits, at most 15 significant digits (every figure of the genre; longer runs are not
/// quantities). Anything else (signs, exponents, `inf`, `NaN`) is `None`.
///
/// Exact without core's float parser (about 20 KB of the parser's wasm): a digit string of at
/// most 15 digits is an integer below 2^53, and 10^k for k <= 15 is exact, so the one division
/// is correctly rounded (IEEE 754), as `str::parse::<f64>` would round it.
pub fn parse_decimal(s: &str) -> Option<f64> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || !digits(int) || !digits(frac) || (s.contains('.') && frac.is_empty()) {
        return None;
    }
    let all = int.trim_start_matches('0').len() + frac.len();
    if all > 15 {
        return None;
    }
    let mut n: u64 = 0;
    for b in int.bytes().chain(frac.bytes()) {
        n = n * 10 + u64::from(b - b'0');
    }
    const POW10: [f64; 16] = [
        1.0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];
    Some(n as f64 / POW10[frac.len()])
}

/// Writes a number without a trailing `.0` and without float noise (at most 6 decimals).
pub fn format_number(v: f64) -> String {
    if !v.is_finite() {
        return String::from("0");
    }
    let rounded = (v * 1e6).round() / 1e6;
    let mut s = format!("{rounded:.6}");
    while s.ends_with('0') {
        s.pop();
    }
    if s.ends_with('.') {
        s.pop();
    }
    if s == "-0" {
        s = String::from("0");
    }
    s
}

/// Rounds to six significant digits (derived values are estimates; no float noise).
pub fn round_sig(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let magnitude = v.abs().log10().floor();
    let scale = 10f64.powf(5.0 - magnitude);
    (v * scale).round() / scale
}

/// Sorts `v` stably by `cmp`, like `slice::sort_by`: by insertion for short lists (rows of one
/// chart, members of one series), else by a merge sort of positions whose permutation is then
/// applied in place, so that a text with tens of thousands of figures sorts in n log n. Kept by
/// measurement: with `slice::sort_by` (driftsort, one instantiation per call site) the chart's
/// wasm was 8.6 KB gzip larger (92.6 KB against 84.0 KB, `wasm-opt -Oz`, gzip -9),
/// `sort_unstable_by` 8.1 KB larger.
pub fn sort_stable_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> std::cmp::Ordering) {
    use std::cmp::Ordering::{Greater, Less};
    let n = v.len();
    if n <= 32 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && cmp(&v[j - 1], &v[j]) == Greater {
                v.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    // Bottom-up merge sort of the positions; equal elements keep their order (left first).
    let mut idx: Vec<usize> = (0..n).collect();
    let mut buf = vec![0usize; n];
    let mut width = 1;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                if cmp(&v[idx[j]], &v[idx[i]]) == Less {
                    buf[k] = idx[j];
                    j += 1;
                } else {
                    buf[k] = idx[i];
                    i += 1;
                }
                k += 1;
            }
            buf[k..k + (mid - i)].copy_from_slice(&idx[i..mid]);
            k += mid - i;
            buf[k..k + (hi - j)].copy_from_slice(&idx[j..hi]);
            lo = hi;
        }
        std::mem::swap(&mut idx, &mut buf);
        width *= 2;
    }
    // Position p takes the element at idx[p]: each cycle of the permutation by swaps.
    for start in 0..n {
        if idx[start] == usize::MAX {
            continue;
        }
        let mut cur = start;
        loop {
            let next = idx[cur];
            idx[cur] = usize::MAX;
            if next == start {
                break;
            }
            v.swap(cur, next);
            cur = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_the_standard_sort() {
        // Short and long lists, many equal keys: the same order as slice::sort_by.
        let mut seed = 7u64;
        for n in [0, 1, 2, 31, 32, 33, 100, 1000, 4097] {
            let v: Vec<(u64, usize)> = (0..n)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 33) % 17, i)
                })
                .collect();
            let mut ours = v.clone();
            sort_stable_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std = v.clone();
            std.sort_by_key(|a| a.0);
            assert_eq!(ours, std, "n = {n}");
        }
    }

    #[test]
    fn parses_decimals_exactly_as_core_does() {
        for s in [
            "0",
            "6",
            "5.5",
            "8054",
            "2798.3",
            "0.1",
            "1.005",
            "12345678.9012345",
            "0.000001",
        ] {
            assert_eq!(parse_decimal(s), s.parse::<f64>().ok(), "{s}");
        }
        for bad in [
            "",
            ".",
            "5.",
            ".5",
            "-1",
            "1e3",
            "inf",
            "1.2.3",
            "1234567890123456",
        ] {
            assert_eq!(parse_decimal(bad), None, "{bad}");
        }
    }

    #[test]
    fn formats_numbers_without_noise() {
        assert_eq!(format_number(13000.0), "13000");
        assert_eq!(format_number(5.8), "5.8");
        assert_eq!(format_number(0.1 + 0.2), "0.3");
        assert_eq!(format_number(-0.0), "0");
    }
}
