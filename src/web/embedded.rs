//! The embedded report, stored in the wasm as UTF-16: Chinese text takes 2 bytes a character
//! instead of UTF-8's 3, which gzips about 1 KB smaller. Decoded once per widget (a few
//! microseconds); the text and so the dataset and its sha256 are exactly the UTF-8 original's.

/// UTF-16 code units of `s`.
const fn utf16_len(s: &str) -> usize {
    let b = s.as_bytes();
    let (mut i, mut n) = (0, 0);
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            i += 1;
        } else if c < 0xE0 {
            i += 2;
        } else if c < 0xF0 {
            i += 3;
        } else {
            i += 4;
            n += 1; // a surrogate pair
        }
        n += 1;
    }
    n
}

/// The 6 payload bits of the continuation byte at `i`.
const fn cont(b: &[u8], i: usize) -> u32 {
    (b[i] as u32) & 0x3F
}

/// `s` as UTF-16 (`s` is valid UTF-8, so no checks are needed beyond the array bounds).
const fn to_utf16<const N: usize>(s: &str) -> [u16; N] {
    let b = s.as_bytes();
    let mut out = [0u16; N];
    let (mut i, mut n) = (0, 0);
    while i < b.len() {
        let c = b[i] as u32;
        let (cp, width) = if c < 0x80 {
            (c, 1)
        } else if c < 0xE0 {
            (((c & 0x1F) << 6) | cont(b, i + 1), 2)
        } else if c < 0xF0 {
            (
                ((c & 0x0F) << 12) | (cont(b, i + 1) << 6) | cont(b, i + 2),
                3,
            )
        } else {
            (
                ((c & 0x07) << 18)
                    | (cont(b, i + 1) << 12)
                    | (cont(b, i + 2) << 6)
                    | cont(b, i + 3),
                4,
            )
        };
        if cp >= 0x10000 {
            let v = cp - 0x10000;
            out[n] = (0xD800 + (v >> 10)) as u16;
            out[n + 1] = (0xDC00 + (v & 0x3FF)) as u16;
            n += 2;
        } else {
            out[n] = cp as u16;
            n += 1;
        }
        i += width;
    }
    out
}

#[allow(long_running_const_eval)]
static REPORT_UTF16: [u16; utf16_len(crate::EMBEDDED_REPORT)] = to_utf16(crate::EMBEDDED_REPORT);

/// `crate::EMBEDDED_REPORT`, decoded from the UTF-16 copy.
pub(crate) fn report() -> String {
    String::from_utf16_lossy(&REPORT_UTF16)
}
