//! Tests of the decimal conversions against core's formatting and parsing.

use super::*;

/// A small xorshift generator: reproducible, no dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// The exact decimal halfway between `x > 0` and the next double up, with a decimal point.
fn halfway(x: f64) -> String {
    let (m, e) = integer_decode(x);
    let mut n = Big::from_u64(2 * m + 1);
    let mut out = String::new();
    if e >= 1 {
        n.shl((e - 1) as usize);
        n.push_decimal(&mut out);
        out.push_str(".0");
        return out;
    }
    let s = (1 - e) as usize;
    for _ in 0..s {
        n.mul_add(5, 0);
    }
    n.push_decimal(&mut out);
    let out = "0".repeat((s + 1).saturating_sub(out.len())) + &out;
    let (a, b) = out.split_at(out.len() - s);
    format!("{a}.{b}")
}

fn values() -> Vec<f64> {
    let mut v = vec![
        0.0,
        -0.0,
        0.5,
        -0.5,
        1.5,
        2.5,
        0.25,
        0.125,
        0.375,
        1.0,
        9.5,
        99.5,
        0.05,
        0.15,
        0.3,
        0.1 + 0.2,
        5.8,
        1e21,
        1e22,
        1e23,
        1e-7,
        123456.789,
        2.5e-324,
        5e-324,
        f64::MIN_POSITIVE,
        f64::MAX,
        f64::MIN,
        f64::EPSILON,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        16384.0,
        40000.0,
        1e15,
        9007199254740993.0,
        0.000001,
        0.0000005,
        4.35,
        2.675,
        1.005,
        1e300,
        1e-300,
        2f64.powi(-1022),
        2f64.powi(60),
        2f64.powi(-60),
    ];
    let mut r = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..4_000 {
        v.push(f64::from_bits(r.next()));
        let scale = 10f64.powi((r.next() % 40) as i32 - 20);
        v.push((r.next() % 2_000_000) as f64 / 1000.0 * scale);
        v.push((r.next() % 100_000) as f64 / 100.0);
        v.push((r.next() % 1000) as f64 / 8.0 - 60.0);
    }
    v
}

#[test]
fn fixed_matches_core() {
    for v in values() {
        for n in [0, 1, 2, 3, 6] {
            assert_eq!(fixed(v, n), format!("{v:.n$}"), "{v:e} with {n} decimals");
        }
    }
    assert_eq!(fixed(1e-300, 320), format!("{:.320}", 1e-300));
}

#[test]
fn shortest_matches_core() {
    for v in values() {
        assert_eq!(shortest(v), format!("{v}"), "{v:e}");
        assert_eq!(Shortest(v).to_string(), v.to_string());
    }
}

#[test]
fn parse_matches_core() {
    let mut r = Rng(12345);
    let mut cases: Vec<String> = [
        "0",
        "000",
        "0.0",
        "8054",
        "5.5",
        "0.25",
        "0.1",
        "2.675",
        "9007199254740993",
        "9007199254740992.5",
        "123456789012345678901234567890",
        "1.",
        ".5",
        "",
        ".",
        "1.2.3",
        "-1",
        "+1",
        "1e5",
        "inf",
        "12a",
        "17976931348623157",
        "0.30000000000000004",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    cases.push("9".repeat(400));
    cases.push(format!("1{}", "0".repeat(308)));
    cases.push(format!("17976931348623158{}", "0".repeat(292)));
    cases.push(format!("0.{}1", "0".repeat(323)));
    cases.push(format!("0.{}247032822920623272", "0".repeat(323)));
    cases.push(format!("0.{}4", "0".repeat(400)));
    cases.push(format!("1.{}1", "0".repeat(900)));
    cases.push(format!("2.{}1", "0".repeat(2000)));
    for _ in 0..4_000 {
        let int_len = (r.next() % 25) as usize;
        let frac_len = (r.next() % 25) as usize;
        let mut s: String = (0..int_len)
            .map(|_| char::from(b'0' + (r.next() % 10) as u8))
            .collect();
        if frac_len > 0 || r.next() % 2 == 0 {
            s.push('.');
            s.extend((0..frac_len).map(|_| char::from(b'0' + (r.next() % 10) as u8)));
        }
        cases.push(s);
        // Exactly halfway between two doubles, and a hair either side.
        let x = f64::from_bits(r.next() >> 1 >> (r.next() % 12));
        if cases.len() % 8 == 0 && x.is_finite() && x > 0.0 {
            let h = halfway(x);
            cases.push(format!("{h}0000000001"));
            if let Some(lower) = h.strip_suffix('5') {
                cases.push(format!("{lower}49999999"));
            }
            cases.push(h);
        }
    }
    for v in values() {
        if v.is_finite() && v >= 0.0 {
            cases.push(format!("{v}"));
            cases.push(format!("{v:.30}"));
        }
    }
    for s in &cases {
        let want = s.parse::<f64>().ok();
        let want =
            want.filter(|_| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit() || b == b'.'));
        let got = parse(s);
        assert_eq!(got.map(f64::to_bits), want.map(f64::to_bits), "{s:?}");
    }
}

#[test]
fn halfway_points_round_to_even() {
    // 2^53 + 1 is halfway between 2^53 and 2^53 + 2: ties to the even mantissa.
    assert_eq!(parse("9007199254740993"), Some(9007199254740992.0));
    assert_eq!(parse("9007199254740995"), Some(9007199254740996.0));
}
