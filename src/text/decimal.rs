//! Exact conversions between decimal text and `f64`, small enough for the wasm build.
//!
//! core's float formatting (Grisu with a Dragon fallback, for `{}` and `{:.N}`) and parsing
//! (Eisel-Lemire with big tables, for `str::parse::<f64>`) cost about 30 KB of wasm. These
//! functions give exactly the same strings and values with one small bignum: `fixed` is
//! `format!("{v:.N}")`, `shortest` is `format!("{v}")` (Dragon4's shortest mode, as in core),
//! and `parse` is `str::parse::<f64>` for plain digit strings (`123`, `4.56`). The tests compare
//! them with core on many random values.

use std::cmp::Ordering;
use std::fmt;

/// An unsigned integer of any size, as 32-bit words, least significant first.
#[derive(Clone)]
struct Big(Vec<u32>);

impl Big {
    fn from_u64(x: u64) -> Big {
        Big(vec![x as u32, (x >> 32) as u32])
    }

    fn is_zero(&self) -> bool {
        self.0.iter().all(|&w| w == 0)
    }

    /// `self = self * m + a`.
    fn mul_add(&mut self, m: u32, a: u32) {
        let mut carry = u64::from(a);
        for w in &mut self.0 {
            let t = u64::from(*w) * u64::from(m) + carry;
            *w = t as u32;
            carry = t >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    fn mul_pow10(&mut self, mut n: usize) {
        while n >= 9 {
            self.mul_add(1_000_000_000, 0);
            n -= 9;
        }
        let mut m = 1;
        for _ in 0..n {
            m *= 10;
        }
        self.mul_add(m, 0);
    }

    fn shl(&mut self, n: usize) {
        let bits = n % 32;
        if bits > 0 {
            let mut carry = 0u64;
            for w in &mut self.0 {
                let t = (u64::from(*w) << bits) | carry;
                *w = t as u32;
                carry = t >> 32;
            }
            self.0.push(carry as u32);
        }
        let mut v = vec![0; n / 32];
        v.extend_from_slice(&self.0);
        self.0 = v;
    }

    fn shr(&mut self, n: usize) {
        self.0.drain(..(n / 32).min(self.0.len()));
        let bits = n % 32;
        if bits > 0 {
            let mut carry = 0u32;
            for w in self.0.iter_mut().rev() {
                let t = *w;
                *w = (t >> bits) | (carry << (32 - bits));
                carry = t;
            }
        }
    }

    fn word(&self, i: usize) -> u32 {
        self.0.get(i).copied().unwrap_or(0)
    }

    fn bit(&self, i: usize) -> bool {
        self.word(i / 32) >> (i % 32) & 1 == 1
    }

    fn bit_len(&self) -> usize {
        for i in (0..self.0.len()).rev() {
            if self.0[i] != 0 {
                return i * 32 + 32 - self.0[i].leading_zeros() as usize;
            }
        }
        0
    }

    fn cmp(&self, other: &Big) -> Ordering {
        for i in (0..self.0.len().max(other.0.len())).rev() {
            match self.word(i).cmp(&other.word(i)) {
                Ordering::Equal => {}
                o => return o,
            }
        }
        Ordering::Equal
    }

    fn add(&mut self, other: &Big) -> &mut Big {
        if self.0.len() < other.0.len() {
            self.0.resize(other.0.len(), 0);
        }
        let mut carry = 0u64;
        for (i, w) in self.0.iter_mut().enumerate() {
            let t = u64::from(*w) + u64::from(other.word(i)) + carry;
            *w = t as u32;
            carry = t >> 32;
        }
        if carry > 0 {
            self.0.push(1);
        }
        self
    }

    /// `self -= other`; `self >= other`.
    fn sub(&mut self, other: &Big) {
        let mut borrow = 0i64;
        for (i, w) in self.0.iter_mut().enumerate() {
            let t = i64::from(*w) - i64::from(other.word(i)) - borrow;
            *w = t as u32;
            borrow = i64::from(t < 0);
        }
    }

    /// `self /= d`, returning the remainder.
    fn div_small(&mut self, d: u32) -> u32 {
        let mut rem = 0u64;
        for w in self.0.iter_mut().rev() {
            let t = (rem << 32) | u64::from(*w);
            *w = (t / u64::from(d)) as u32;
            rem = t % u64::from(d);
        }
        rem as u32
    }

    /// The decimal digits (`0` for zero).
    fn push_decimal(mut self, out: &mut String) {
        let mut chunks = Vec::new();
        while !self.is_zero() {
            chunks.push(self.div_small(1_000_000_000));
        }
        let mut first = true;
        for &c in chunks.iter().rev() {
            push_digits(out, c, if first { 1 } else { 9 });
            first = false;
        }
        if first {
            out.push('0');
        }
    }
}

/// `n` in decimal, padded with zeros to at least `width` digits.
fn push_digits(out: &mut String, mut n: u32, width: usize) {
    let mut buf = [b'0'; 10];
    let mut i = buf.len();
    while n > 0 || buf.len() - i < width {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    out.extend(buf[i..].iter().map(|&b| char::from(b)));
}

/// `v` as `(mantissa, exponent)` with `|v| = mantissa * 2^exponent`, as core's `integer_decode`.
fn integer_decode(v: f64) -> (u64, i32) {
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1 << 52) - 1);
    if exp == 0 {
        (frac << 1, -1075)
    } else {
        (frac | (1 << 52), exp - 1075)
    }
}

/// Writes `NaN`, `inf` or `-inf` and returns `true` for those; else writes the sign.
fn special(v: f64, out: &mut String) -> bool {
    if v.is_nan() {
        out.push_str("NaN");
        return true;
    }
    if v.is_sign_negative() {
        out.push('-');
    }
    if v.is_infinite() {
        out.push_str("inf");
        return true;
    }
    false
}

/// `format!("{v:.decimals$}")`: the exact value rounded to `decimals` decimals, ties to even.
pub fn fixed(v: f64, decimals: usize) -> String {
    let mut out = String::new();
    if special(v, &mut out) {
        return out;
    }
    let (m, e) = integer_decode(v);
    let mut x = Big::from_u64(m);
    x.mul_pow10(decimals);
    let q = if e >= 0 {
        x.shl(e as usize);
        x
    } else {
        // q = x / 2^s, rounded half to even.
        let s = (-e) as usize;
        let half = x.bit(s - 1);
        let below = (0..s - 1).any(|i| x.bit(i));
        let mut q = x;
        q.shr(s);
        if half && (below || q.bit(0)) {
            q.add(&Big::from_u64(1));
        }
        q
    };
    let mut digits = String::new();
    q.push_decimal(&mut digits);
    if decimals == 0 {
        out.push_str(&digits);
        return out;
    }
    let pad = (decimals + 1).saturating_sub(digits.len());
    let digits = "0".repeat(pad) + &digits;
    let (int, frac) = digits.split_at(digits.len() - decimals);
    out.push_str(int);
    out.push('.');
    out.push_str(frac);
    out
}

/// `format!("{v}")`: the shortest digits that read back as `v` (the closest of them), without
/// an exponent, as core writes them.
pub fn shortest(v: f64) -> String {
    let mut out = String::new();
    if special(v, &mut out) {
        return out;
    }
    if v == 0.0 {
        out.push('0');
        return out;
    }
    let (m, e) = integer_decode(v);
    let even = m & 1 == 0;
    let (mant, minus, plus, exp) = if v.abs() < f64::MIN_POSITIVE {
        (m, 1, 1, e)
    } else if m == 1 << 52 {
        (m << 2, 1, 2, e - 2)
    } else {
        (m << 1, 1, 1, e - 1)
    };
    let (digits, k) = dragon_shortest(mant, minus, plus, exp, even);
    let k = k as isize;
    if k <= 0 {
        out.push_str("0.");
        out.push_str(&"0".repeat(-k as usize));
        out.push_str(&digits);
    } else if (k as usize) < digits.len() {
        let (a, b) = digits.split_at(k as usize);
        out.push_str(a);
        out.push('.');
        out.push_str(b);
    } else {
        out.push_str(&digits);
        out.push_str(&"0".repeat(k as usize - digits.len()));
    }
    out
}

/// Dragon4's shortest mode, step for step as core's `flt2dec::strategy::dragon`: the digits
/// `d` and exponent `k` with `v = 0.d * 10^k`.
fn dragon_shortest(mant: u64, minus: u64, plus: u64, exp: i32, inclusive: bool) -> (String, i32) {
    // `a.cmp(b) < rounding` is `a <= b` when the bounds are inclusive, else `a < b`.
    let rounding = if inclusive {
        Ordering::Greater
    } else {
        Ordering::Equal
    };
    let nbits = 64 - i64::from((mant + plus - 1).leading_zeros());
    let mut k = (((nbits + i64::from(exp)) * 1_292_913_986) >> 32) as i32;
    let (mut mant, mut minus, mut plus) = (
        Big::from_u64(mant),
        Big::from_u64(minus),
        Big::from_u64(plus),
    );
    let mut scale = Big::from_u64(1);
    if exp < 0 {
        scale.shl((-exp) as usize);
    } else {
        for b in [&mut mant, &mut minus, &mut plus] {
            b.shl(exp as usize);
        }
    }
    if k >= 0 {
        scale.mul_pow10(k as usize);
    } else {
        for b in [&mut mant, &mut minus, &mut plus] {
            b.mul_pow10((-k) as usize);
        }
    }
    let times10 = |bs: [&mut Big; 3]| {
        for b in bs {
            b.mul_add(10, 0);
        }
    };
    if scale.cmp(mant.clone().add(&plus)) < rounding {
        k += 1;
    } else {
        times10([&mut mant, &mut minus, &mut plus]);
    }
    let mut digits: Vec<u8> = Vec::new();
    let (down, up) = loop {
        let mut d = b'0';
        while mant.cmp(&scale) != Ordering::Less {
            mant.sub(&scale);
            d += 1;
        }
        digits.push(d);
        let down = mant.cmp(&minus) < rounding;
        let up = scale.cmp(mant.clone().add(&plus)) < rounding;
        if down || up {
            break (down, up);
        }
        times10([&mut mant, &mut minus, &mut plus]);
    };
    if up && (!down || mant.add(&mant.clone()).cmp(&scale) != Ordering::Less) {
        match digits.iter().rposition(|&c| c != b'9') {
            Some(i) => {
                digits[i] += 1;
                for c in &mut digits[i + 1..] {
                    *c = b'0';
                }
            }
            None => {
                for c in digits.iter_mut() {
                    *c = b'0';
                }
                if let Some(c) = digits.first_mut() {
                    *c = b'1';
                }
                digits.push(b'0');
                k += 1;
            }
        }
    }
    (digits.into_iter().map(char::from).collect(), k)
}

/// `format!("{}", Shortest(v))` is `format!("{v}")`.
#[derive(Debug, Clone, Copy)]
pub struct Shortest(pub f64);

impl fmt::Display for Shortest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&shortest(self.0))
    }
}

/// Significant digits kept when parsing; a nonzero digit further on only acts as a sticky one
/// (a halfway point between two doubles has at most 767 significant digits).
const MAX_DIGITS: usize = 800;

/// `s.parse::<f64>().ok()` for plain decimal digit strings (`8054`, `5.5`, `0.25`): the nearest
/// double, ties to even. Anything else (signs, exponents, other characters) gives `None`.
pub fn parse(s: &str) -> Option<f64> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let all = || int.bytes().chain(frac.bytes());
    if int.len() + frac.len() == 0 || !all().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // value = digits * 10^k, digits without leading zeros.
    let mut digits: Vec<u8> = Vec::new();
    let mut k = -(frac.len() as i64);
    let mut sticky = false;
    let mut int_digits = 0i64;
    let mut leading_frac_zeros = 0i64;
    for (i, b) in all().enumerate() {
        let d = b - b'0';
        if digits.is_empty() && d == 0 {
            if i >= int.len() {
                leading_frac_zeros += 1;
            }
            continue;
        }
        if i < int.len() {
            int_digits += 1;
        }
        if digits.len() < MAX_DIGITS {
            digits.push(d);
        } else {
            sticky |= d != 0;
            k += 1;
        }
    }
    if digits.is_empty() {
        return Some(0.0);
    }
    if int_digits > 310 {
        return Some(f64::INFINITY);
    }
    if int_digits == 0 && leading_frac_zeros > 330 {
        return Some(0.0);
    }
    if sticky {
        digits.push(1);
        k -= 1;
    }
    if digits.len() <= 15 && (-22..=0).contains(&k) {
        // Both operands exact, so the one rounding of the division is the right one.
        let n = digits.iter().fold(0u64, |n, &d| n * 10 + u64::from(d));
        let p = (0..-k).fold(1.0f64, |p, _| p * 10.0);
        return Some(n as f64 / p);
    }
    let mut a = Big(vec![0]);
    for &d in &digits {
        a.mul_add(10, u32::from(d));
    }
    let mut b = Big::from_u64(1);
    if k >= 0 {
        a.mul_pow10(k as usize);
    } else {
        b.mul_pow10((-k) as usize);
    }
    // value = a / b = q * 2^e2 with 2^52 <= q < 2^53 (or e2 = -1074 for subnormals).
    let mut e2 = (a.bit_len() as i64 - b.bit_len() as i64 - 53).max(-1074);
    loop {
        let (mut num, mut den) = (a.clone(), b.clone());
        if e2 >= 0 {
            den.shl(e2 as usize);
        } else {
            num.shl((-e2) as usize);
        }
        let mut q: u64 = 0;
        let mut t = den.clone();
        t.shl(56);
        for bit in (0..=56).rev() {
            if num.cmp(&t) != Ordering::Less {
                num.sub(&t);
                q |= 1 << bit;
            }
            t.shr(1);
        }
        if q >= 1 << 53 {
            e2 += 1;
            continue;
        }
        if q < 1 << 52 && e2 > -1074 {
            e2 -= 1;
            continue;
        }
        num.add(&num.clone());
        let up = match num.cmp(&den) {
            Ordering::Greater => true,
            Ordering::Equal => q & 1 == 1,
            Ordering::Less => false,
        };
        q += u64::from(up);
        if q == 1 << 53 {
            q >>= 1;
            e2 += 1;
        }
        if e2 > 971 {
            return Some(f64::INFINITY);
        }
        let bits = if q >= 1 << 52 {
            (((e2 + 1075) as u64) << 52) | (q & ((1 << 52) - 1))
        } else {
            q
        };
        return Some(f64::from_bits(bits));
    }
}

#[cfg(test)]
mod tests;
