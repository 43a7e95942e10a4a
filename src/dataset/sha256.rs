//! SHA-256 (FIPS 180-4) as a `const fn`: the dataset's `data-version`, and the embedded report's
//! digest computed at compile time. A plain loop instead of the `sha2` crate's unrolled
//! compression keeps a few kilobytes out of the wasm; the tests compare both on random inputs.

const K: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

/// The SHA-256 digest of `data`.
pub const fn sha256(data: &[u8]) -> [u8; 32] {
    let mut h: [u32; 8] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
        0x5be0cd19,
    ];
    let len = data.len();
    // The message, a 0x80 byte, zeros, and the bit length as 8 big-endian bytes.
    let total = (len + 9).div_ceil(64) * 64;
    let bits = (len as u64).wrapping_mul(8);
    let mut block = [0u8; 64];
    let mut off = 0;
    while off < total {
        let mut i = 0;
        while i < 64 {
            let p = off + i;
            block[i] = if p < len {
                data[p]
            } else if p == len {
                0x80
            } else if p >= total - 8 {
                (bits >> (8 * (total - 1 - p))) as u8
            } else {
                0
            };
            i += 1;
        }
        h = compress(h, &block);
        off += 64;
    }
    let mut out = [0u8; 32];
    let mut i = 0;
    while i < 32 {
        out[i] = (h[i / 4] >> (24 - 8 * (i % 4))) as u8;
        i += 1;
    }
    out
}

const fn compress(mut h: [u32; 8], block: &[u8; 64]) -> [u32; 8] {
    let mut w = [0u32; 64];
    let mut i = 0;
    while i < 16 {
        w[i] = u32::from_be_bytes([
            block[4 * i],
            block[4 * i + 1],
            block[4 * i + 2],
            block[4 * i + 3],
        ]);
        i += 1;
    }
    while i < 64 {
        let (a, b) = (w[i - 15], w[i - 2]);
        let s0 = a.rotate_right(7) ^ a.rotate_right(18) ^ (a >> 3);
        let s1 = b.rotate_right(17) ^ b.rotate_right(19) ^ (b >> 10);
        w[i] = w[i - 16]
            .wrapping_add(s0)
            .wrapping_add(w[i - 7])
            .wrapping_add(s1);
        i += 1;
    }
    let mut v = h;
    i = 0;
    while i < 64 {
        let e = v[4];
        let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
        let ch = (e & v[5]) ^ (!e & v[6]);
        let t1 = v[7]
            .wrapping_add(s1)
            .wrapping_add(ch)
            .wrapping_add(K[i])
            .wrapping_add(w[i]);
        let a = v[0];
        let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
        let maj = (a & v[1]) ^ (a & v[2]) ^ (v[1] & v[2]);
        let t2 = s0.wrapping_add(maj);
        v = [
            t1.wrapping_add(t2),
            v[0],
            v[1],
            v[2],
            v[3].wrapping_add(t1),
            v[4],
            v[5],
            v[6],
        ];
        i += 1;
    }
    i = 0;
    while i < 8 {
        h[i] = h[i].wrapping_add(v[i]);
        i += 1;
    }
    h
}

/// Lowercase hex of `bytes`.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    s
}

/// `bytes` without a leading UTF-8 byte-order mark.
pub const fn without_bom(bytes: &[u8]) -> &[u8] {
    match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => rest,
        _ => bytes,
    }
}

/// The digest of the report this crate embeds (without a byte-order mark), computed by the
/// compiler: the chart's source line names the embedded report only for this version. (About
/// 600 blocks: longer than rustc's default patience for constants, hence the `allow`.)
#[allow(long_running_const_eval)]
pub const EMBEDDED: [u8; 32] = sha256(without_bom(crate::EMBEDDED_REPORT.as_bytes()));

#[cfg(test)]
mod tests {
    use super::*;
    use sha2::Digest;

    #[test]
    fn matches_the_sha2_crate() {
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        let mut data = Vec::new();
        for len in 0..300 {
            assert_eq!(
                sha256(&data)[..],
                sha2::Sha256::digest(&data)[..],
                "length {len}"
            );
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            data.push(x as u8);
        }
        assert_eq!(
            hex(&sha256(b"abc")),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let text = crate::EMBEDDED_REPORT.as_bytes();
        assert_eq!(EMBEDDED[..], sha2::Sha256::digest(without_bom(text))[..]);
    }
}
