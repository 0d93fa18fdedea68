//! Digit generation with exact big-integer arithmetic.
//!
//! Both modes keep `v / 10^k = mant / scale` (after the scaling below) and emit digits by
//! long division. The shortest mode stops as soon as the digits so far, rounded, lie inside
//! the rounding interval of the float (so they read back to it), choosing the closer of the
//! two candidates and rounding up on a tie; the exact mode stops at a requested decimal
//! position and rounds the rest half to even.

use super::bignum::Big;
use super::{round_up, Decoded};

/// A lower bound of `k` with `10^(k-1) <= v < 10^k`, for `v = mant * 2^exp` (`mant` of
/// `bits` bits), from `log10(2) ~ 1233 / 4096`; the caller corrects it upward.
fn estimate_k(bits: usize, exp: i32) -> i32 {
    let e2 = bits as i32 - 1 + exp; // v >= 2^e2
    let est = (e2 * 1233) >> 12; // floor, also for negative e2
    est - 1
}

fn bits_of(v: u64) -> usize {
    let mut n = 0;
    let mut x = v;
    while x != 0 {
        n = n + 1;
        x = x >> 1;
    }
    n
}

/// One decimal digit of `mant / scale` (known to be below 10); leaves the remainder.
fn next_digit(mant: &mut Big, scale: &Big, scale2: &Big, scale4: &Big, scale8: &Big) -> u8 {
    let mut d: u8 = 0;
    if mant.cmp(scale8) >= 0 {
        mant.sub(scale8);
        d = d + 8;
    }
    if mant.cmp(scale4) >= 0 {
        mant.sub(scale4);
        d = d + 4;
    }
    if mant.cmp(scale2) >= 0 {
        mant.sub(scale2);
        d = d + 2;
    }
    if mant.cmp(scale) >= 0 {
        mant.sub(scale);
        d = d + 1;
    }
    d
}

fn multiples(scale: &Big) -> (Big, Big, Big) {
    let mut s2 = scale.dup();
    s2.mul_pow2(1);
    let mut s4 = scale.dup();
    s4.mul_pow2(2);
    let mut s8 = scale.dup();
    s8.mul_pow2(3);
    (s2, s4, s8)
}

/// The shortest digits that read back to the float: `(len, k)` with the value
/// `0.buf[..len] * 10^k`. `buf` needs 17 bytes.
pub fn format_shortest(d: &Decoded, buf: &mut [u8]) -> (usize, i32) {
    // `a < b` when the bounds are exclusive, `a <= b` when inclusive.
    let lim = if d.inclusive { 1 } else { 0 };
    let mut k = estimate_k(bits_of(d.mant + d.plus), d.exp);
    let mut mant = Big::from_u64(d.mant);
    let mut minus = Big::from_u64(d.minus);
    let mut plus = Big::from_u64(d.plus);
    let mut scale = Big::from_u64(1);
    if d.exp < 0 {
        scale.mul_pow2((-d.exp) as usize);
    } else {
        mant.mul_pow2(d.exp as usize);
        minus.mul_pow2(d.exp as usize);
        plus.mul_pow2(d.exp as usize);
    }
    if k >= 0 {
        scale.mul_pow10(k as usize);
    } else {
        mant.mul_pow10((-k) as usize);
        minus.mul_pow10((-k) as usize);
        plus.mul_pow10((-k) as usize);
    }
    // Make the upper bound fall below 10^k: (mant + plus) / scale < 1 (or <= 1).
    loop {
        let mut high = mant.dup();
        high.add(&plus);
        if scale.cmp(&high) < lim {
            scale.mul_small(10);
            k = k + 1;
        } else {
            break;
        }
    }
    mant.mul_small(10);
    minus.mul_small(10);
    plus.mul_small(10);
    let (scale2, scale4, scale8) = multiples(&scale);
    let mut i = 0;
    let mut down;
    let mut up;
    loop {
        let digit = next_digit(&mut mant, &scale, &scale2, &scale4, &scale8);
        buf[i] = b'0' + digit;
        i = i + 1;
        down = mant.cmp(&minus) < lim;
        let mut high = mant.dup();
        high.add(&plus);
        up = scale.cmp(&high) < lim;
        if down || up {
            break;
        }
        mant.mul_small(10);
        minus.mul_small(10);
        plus.mul_small(10);
    }
    if up {
        let mut twice = mant.dup();
        twice.mul_pow2(1);
        if !down || twice.cmp(&scale) >= 0 {
            if round_up(buf, i) {
                // All nines became 100..0: one more digit of magnitude.
                k = k + 1;
            }
        }
    }
    (i, k)
}

/// Exact digits of the value down to the decimal position `10^limit` (or `maxlen` digits,
/// whichever comes first), rounded half to even: `(len, k)` with the value about
/// `0.buf[..len] * 10^k`. Digits past the end of an exact expansion are left out (`len`
/// is then shorter and the rest are zeros).
pub fn format_exact(d: &Decoded, buf: &mut [u8], maxlen: usize, limit: i32) -> (usize, i32) {
    let mut k = estimate_k(bits_of(d.mant), d.exp);
    let mut mant = Big::from_u64(d.mant);
    let mut scale = Big::from_u64(1);
    if d.exp < 0 {
        scale.mul_pow2((-d.exp) as usize);
    } else {
        mant.mul_pow2(d.exp as usize);
    }
    if k >= 0 {
        scale.mul_pow10(k as usize);
    } else {
        mant.mul_pow10((-k) as usize);
    }
    while mant.cmp(&scale) >= 0 {
        scale.mul_small(10);
        k = k + 1;
    }
    // Now v / 10^k = mant / scale < 1.
    let mut len: usize = 0;
    if k > limit {
        let want = (k - limit) as usize;
        len = if want < maxlen { want } else { maxlen };
    }
    let (scale2, scale4, scale8) = multiples(&scale);
    let mut i = 0;
    while i < len {
        if mant.is_zero() {
            // The expansion ended: the rest is zeros, nothing to round.
            return (i, k);
        }
        mant.mul_small(10);
        buf[i] = b'0' + next_digit(&mut mant, &scale, &scale2, &scale4, &scale8);
        i = i + 1;
    }
    // Round on what is left: compare the remainder with half a unit of the last digit.
    let mut twice = mant.dup();
    twice.mul_pow2(1);
    let order = twice.cmp(&scale);
    let odd = len > 0 && (buf[len - 1] - b'0') & 1 == 1;
    if order > 0 || (order == 0 && odd) {
        if len == 0 {
            // Only possible when k == limit: the value rounds up to one unit at 10^limit.
            if k == limit {
                buf[0] = b'1';
                return (1, k + 1);
            }
            return (0, k);
        }
        if round_up(buf, len) {
            k = k + 1;
            // A fixed position keeps its last digit: `9.96` to one decimal is `10.0`.
            if k - limit > len as i32 && len < maxlen {
                buf[len] = b'0';
                len = len + 1;
            }
        }
    }
    (len, k)
}
