//! Floats from strings, correctly rounded: a fast exact path when the decimal significand
//! and the power of ten are both exact floats, else big-integer arithmetic (the decimal
//! value as a ratio of big integers, divided to 64 significant bits plus a sticky bit and
//! rounded once, half to even). Accepts Rust's syntax: an optional sign, digits with an
//! optional fraction and exponent, `inf`, `infinity` and `nan` in any case.

use super::error::ParseFloatError;
use super::flt2dec::bignum::Big;
use crate::str::FromStr;

/// Significant decimal digits kept; the rest only say "a little more" (sticky).
const MAX_DIGITS: usize = 200;

const POW10: [f64; 23] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
const POW10_F32: [f32; 11] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];

fn lower(c: u8) -> u8 {
    if c >= b'A' && c <= b'Z' { c + 32 } else { c }
}

fn eq_ignore_case(b: &[u8], from: usize, word: &[u8]) -> bool {
    if b.len() - from != word.len() {
        return false;
    }
    let mut i = 0;
    while i < word.len() {
        if lower(b[from + i]) != word[i] {
            return false;
        }
        i = i + 1;
    }
    true
}

fn exp_bits(sig: u32) -> u32 {
    if sig == 52 { 11 } else { 8 }
}

/// Rounds `(-1)^neg * (q + sticky) * 2^e` (q != 0) to the format with `sig` stored bits.
fn round_to_bits(neg: bool, q: u64, e: i32, sticky: bool, sig: u32) -> u64 {
    let eb = exp_bits(sig);
    let bias = ((1u32 << (eb - 1)) - 1) as i32;
    let sign = if neg { 1u64 << (sig + eb) } else { 0 };
    let mut m = q;
    let mut e = e;
    let mut sticky = sticky;
    // Normalize: leading one at bit 62.
    while m >> 63 != 0 {
        sticky = sticky || m & 1 == 1;
        m = m >> 1;
        e = e + 1;
    }
    while m >> 62 == 0 {
        m = m << 1;
        e = e - 1;
    }
    let mut be = e + 62 + bias;
    let mut drop = 62 - sig;
    if be <= 0 {
        drop = drop + (1 - be) as u32;
        be = 0;
    }
    let mut r: u64 = 0;
    if drop < 64 {
        r = m >> drop;
        let rest = m & ((1u64 << drop) - 1);
        let half = 1u64 << (drop - 1);
        if rest > half || (rest == half && (sticky || r & 1 == 1)) {
            r = r + 1;
        }
    }
    let mut bits = r;
    if be > 0 {
        bits = (((be - 1) as u64) << sig) + r;
    }
    let e_all = (1u64 << eb) - 1;
    if (bits >> sig) >= e_all {
        bits = e_all << sig;
    }
    sign | bits
}

/// The bits of the float `src` denotes, for `sig` stored significand bits (23 or 52).
pub(crate) fn parse_bits(src: &str, sig: u32) -> Result<u64, ParseFloatError> {
    let b = src.as_bytes();
    let n = b.len();
    if n == 0 {
        return Err(ParseFloatError::empty());
    }
    let eb = exp_bits(sig);
    let mut i = 0;
    let mut neg = false;
    if b[0] == b'+' || b[0] == b'-' {
        neg = b[0] == b'-';
        i = 1;
    }
    let sign = if neg { 1u64 << (sig + eb) } else { 0 };
    if eq_ignore_case(b, i, b"inf") || eq_ignore_case(b, i, b"infinity") {
        return Ok(sign | (((1u64 << eb) - 1) << sig));
    }
    if eq_ignore_case(b, i, b"nan") {
        return Ok((((1u64 << eb) - 1) << sig) | (1u64 << (sig - 1)));
    }
    let mut d = Big::from_u64(0);
    let mut nd: usize = 0;
    let mut small: u64 = 0; // the significand while it fits (nd <= 19)
    let mut e10: i64 = 0;
    let mut sticky = false;
    let mut any_digit = false;
    while i < n && b[i] >= b'0' && b[i] <= b'9' {
        let c = (b[i] - b'0') as u32;
        any_digit = true;
        if nd == 0 && c == 0 {
            // leading zero
        } else if nd < MAX_DIGITS {
            d.mul_small(10);
            d.add_small(c);
            if nd < 19 {
                small = small * 10 + c as u64;
            }
            nd = nd + 1;
        } else {
            e10 = e10 + 1;
            sticky = sticky || c != 0;
        }
        i = i + 1;
    }
    if i < n && b[i] == b'.' {
        i = i + 1;
        while i < n && b[i] >= b'0' && b[i] <= b'9' {
            let c = (b[i] - b'0') as u32;
            any_digit = true;
            if nd == 0 && c == 0 {
                e10 = e10 - 1;
            } else if nd < MAX_DIGITS {
                d.mul_small(10);
                d.add_small(c);
                if nd < 19 {
                    small = small * 10 + c as u64;
                }
                nd = nd + 1;
                e10 = e10 - 1;
            } else {
                sticky = sticky || c != 0;
            }
            i = i + 1;
        }
    }
    if !any_digit {
        return Err(ParseFloatError::invalid());
    }
    if i < n && (b[i] == b'e' || b[i] == b'E') {
        i = i + 1;
        let mut eneg = false;
        if i < n && (b[i] == b'+' || b[i] == b'-') {
            eneg = b[i] == b'-';
            i = i + 1;
        }
        if i == n {
            return Err(ParseFloatError::invalid());
        }
        let mut ev: i64 = 0;
        while i < n && b[i] >= b'0' && b[i] <= b'9' {
            if ev < 1_000_000 {
                ev = ev * 10 + (b[i] - b'0') as i64;
            }
            i = i + 1;
        }
        e10 = if eneg { e10 - ev } else { e10 + ev };
    }
    if i != n {
        return Err(ParseFloatError::invalid());
    }
    if nd == 0 {
        return Ok(sign);
    }
    // Fast path: both the significand and the power of ten are exact.
    if !sticky && nd <= 19 {
        if sig == 52 && small <= (1u64 << 53) && e10 >= -22 && e10 <= 22 {
            let m = small as f64;
            let v = if e10 >= 0 { m * POW10[e10 as usize] } else { m / POW10[(-e10) as usize] };
            return Ok(sign | v.to_bits());
        }
        if sig == 23 && small <= (1u64 << 24) && e10 >= -10 && e10 <= 10 {
            let m = small as f32;
            let v = if e10 >= 0 { m * POW10_F32[e10 as usize] } else { m / POW10_F32[(-e10) as usize] };
            return Ok(sign | v.to_bits() as u64);
        }
    }
    // Out of range either way: infinity or zero.
    let magnitude = nd as i64 + e10; // value < 10^magnitude
    let (max10, min10) = if sig == 52 { (310, -343) } else { (40, -65) };
    if magnitude > max10 {
        return Ok(sign | (((1u64 << eb) - 1) << sig));
    }
    if magnitude < min10 {
        return Ok(sign);
    }
    if sticky {
        d.mul_small(10);
        d.add_small(1);
        e10 = e10 - 1;
    }
    if e10 >= 0 {
        d.mul_pow10(e10 as usize);
        let len = d.bit_length();
        if len <= 64 {
            let (q, _) = d.bits_at(0);
            return Ok(round_to_bits(neg, q, 0, false, sig));
        }
        let (q, st) = d.bits_at(len - 64);
        return Ok(round_to_bits(neg, q, (len - 64) as i32, st, sig));
    }
    // d / 10^k: scale so the quotient has 63 or 64 bits, then divide bit by bit.
    let mut den = Big::from_u64(1);
    den.mul_pow10((-e10) as usize);
    let s = 63 + den.bit_length() as i32 - d.bit_length() as i32;
    let mut r = d;
    if s >= 0 {
        r.mul_pow2(s as usize);
    } else {
        den.mul_pow2((-s) as usize);
    }
    let mut t = den.dup();
    t.mul_pow2(63);
    let mut q: u64 = 0;
    let mut j = 64;
    while j > 0 {
        j = j - 1;
        if r.cmp(&t) >= 0 {
            r.sub(&t);
            q = q | (1u64 << j);
        }
        t.shr1();
    }
    let e2 = -s;
    Ok(round_to_bits(neg, q, e2, !r.is_zero(), sig))
}

impl FromStr for f64 {
    type Err = ParseFloatError;
    fn from_str(s: &str) -> Result<f64, ParseFloatError> {
        match parse_bits(s, 52) {
            Ok(b) => Ok(f64::from_bits(b)),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for f32 {
    type Err = ParseFloatError;
    fn from_str(s: &str) -> Result<f32, ParseFloatError> {
        match parse_bits(s, 23) {
            Ok(b) => Ok(f32::from_bits(b as u32)),
            Err(e) => Err(e),
        }
    }
}
