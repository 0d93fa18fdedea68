//! The C math functions LLVM itself calls for its intrinsics when a target has no
//! instruction for them: `fmod` for `%`, `floor`/`ceil`/`trunc`/`round` (x86_64 without
//! SSE4.1, 32-bit Arm, f64 on thumbv7em) and `sqrt` (f64 on thumbv7em). Exact results,
//! computed on the bit patterns, so they never call themselves.

use super::soft::{f32_from_bits, f32_to_bits, f64_from_bits, f64_to_bits, lz64, quiet_nan, round_pack, unpack, zero, INF, NAN, ZERO};

const D: u32 = 52;
const F: u32 = 23;

/// How to round to an integer: toward zero, down, up, or to nearest with ties away from zero.
const TRUNC: u32 = 0;
const FLOOR: u32 = 1;
const CEIL: u32 = 2;
const ROUND: u32 = 3;

fn round_int(bits: u64, sig: u32, mode: u32) -> u64 {
    let eb = if sig == 52 { 11 } else { 8 };
    let bias = (1i32 << (eb - 1)) - 1;
    let sign = bits & (1u64 << (sig + eb));
    let neg = sign != 0;
    let mag = bits & !sign;
    let e = (mag >> sig) as i32 - bias;
    if e >= sig as i32 {
        return bits; // already an integer, or inf/NaN
    }
    if mag == 0 {
        return bits;
    }
    let one = (bias as u64) << sig; // the bits of 1.0
    if e < 0 {
        // |x| < 1: 0 or 1 in magnitude.
        let up = match mode {
            TRUNC => false,
            FLOOR => neg,
            CEIL => !neg,
            _ => e == -1, // 0.5 <= |x| < 1 rounds away from zero
        };
        return sign | (if up { one } else { 0 });
    }
    let frac_bits = (sig as i32 - e) as u32;
    let mask = (1u64 << frac_bits) - 1;
    if mag & mask == 0 {
        return bits;
    }
    let away = match mode {
        TRUNC => 0,
        FLOOR => if neg { mask + 1 } else { 0 },
        CEIL => if neg { 0 } else { mask + 1 },
        _ => 1u64 << (frac_bits - 1),
    };
    // A carry out of the fraction moves into the exponent field, which is what we want.
    sign | ((mag + away) & !mask)
}

#[no_mangle] pub extern "C" fn trunc(x: f64) -> f64 { f64_from_bits(round_int(f64_to_bits(x), D, TRUNC)) }
#[no_mangle] pub extern "C" fn floor(x: f64) -> f64 { f64_from_bits(round_int(f64_to_bits(x), D, FLOOR)) }
#[no_mangle] pub extern "C" fn ceil(x: f64) -> f64 { f64_from_bits(round_int(f64_to_bits(x), D, CEIL)) }
#[no_mangle] pub extern "C" fn round(x: f64) -> f64 { f64_from_bits(round_int(f64_to_bits(x), D, ROUND)) }
#[no_mangle] pub extern "C" fn truncf(x: f32) -> f32 { f32_from_bits(round_int(f32_to_bits(x) as u64, F, TRUNC) as u32) }
#[no_mangle] pub extern "C" fn floorf(x: f32) -> f32 { f32_from_bits(round_int(f32_to_bits(x) as u64, F, FLOOR) as u32) }
#[no_mangle] pub extern "C" fn ceilf(x: f32) -> f32 { f32_from_bits(round_int(f32_to_bits(x) as u64, F, CEIL) as u32) }
#[no_mangle] pub extern "C" fn roundf(x: f32) -> f32 { f32_from_bits(round_int(f32_to_bits(x) as u64, F, ROUND) as u32) }

fn normalize52(m: u64, e: i32) -> (u64, i32) {
    let lz = lz64(m);
    if lz > 11 { (m << (lz - 11), e - (lz as i32 - 11)) } else { (m, e) }
}

/// The exact remainder of `x / y` truncated, with the sign of `x` (C's `fmod`).
fn fmod_bits(a: u64, b: u64, sig: u32) -> u64 {
    let x = unpack(a, sig);
    let y = unpack(b, sig);
    if x.class == NAN || y.class == NAN || x.class == INF || y.class == ZERO {
        return quiet_nan(sig);
    }
    if x.class == ZERO || y.class == INF {
        return a;
    }
    // Both significands with the leading one at bit 52, so that r < 2 * my holds below.
    let (mx, ex) = normalize52(x.m, x.e);
    let (my, ey) = normalize52(y.m, y.e);
    if ex < ey || (ex == ey && mx < my) {
        return a;
    }
    let mut r = mx;
    let mut e = ex;
    while e > ey {
        if r >= my {
            r = r - my;
        }
        r = r << 1;
        e = e - 1;
    }
    if r >= my {
        r = r - my;
    }
    if r == 0 {
        return zero(x.neg, sig);
    }
    round_pack(x.neg, ey, r, false, sig)
}

#[no_mangle] pub extern "C" fn fmod(x: f64, y: f64) -> f64 { f64_from_bits(fmod_bits(f64_to_bits(x), f64_to_bits(y), D)) }
#[no_mangle] pub extern "C" fn fmodf(x: f32, y: f32) -> f32 { f32_from_bits(fmod_bits(f32_to_bits(x) as u64, f32_to_bits(y) as u64, F) as u32) }

/// Correctly rounded square root, digit by digit on a 128-bit radicand.
fn sqrt_bits(a: u64, sig: u32) -> u64 {
    let x = unpack(a, sig);
    if x.class == NAN {
        return quiet_nan(sig);
    }
    if x.class == ZERO {
        return a;
    }
    if x.neg {
        return quiet_nan(sig);
    }
    if x.class == INF {
        return a;
    }
    let mut m = x.m;
    let mut e = x.e;
    let lz = lz64(m);
    if lz > 11 {
        m = m << (lz - 11);
        e = e - (lz as i32 - 11);
    }
    if e & 1 != 0 {
        m = m << 1;
        e = e - 1;
    }
    // sqrt(m * 2^74) has 64 bits; the radicand is consumed two bits at a time from the top.
    let mut rad: u128 = (m as u128) << 74;
    let mut rem: u128 = 0;
    let mut q: u128 = 0;
    let mut i = 0;
    while i < 64 {
        rem = (rem << 2) | (rad >> 126);
        rad = rad << 2;
        let t = (q << 2) | 1;
        if rem >= t {
            rem = rem - t;
            q = (q << 1) | 1;
        } else {
            q = q << 1;
        }
        i = i + 1;
    }
    round_pack(false, (e - 74) / 2, q as u64, rem != 0, sig)
}

#[no_mangle] pub extern "C" fn sqrt(x: f64) -> f64 { f64_from_bits(sqrt_bits(f64_to_bits(x), D)) }
#[no_mangle] pub extern "C" fn sqrtf(x: f32) -> f32 { f32_from_bits(sqrt_bits(f32_to_bits(x) as u64, F) as u32) }

/// IEEE maxNum/minNum (C's fmax/fmin): a NaN operand yields the other operand; of two
/// zeros, +0 is the larger.
fn minmax_bits(a: u64, b: u64, sig: u32, want_max: bool) -> u64 {
    let x = unpack(a, sig);
    let y = unpack(b, sig);
    if x.class == NAN {
        return b;
    }
    if y.class == NAN {
        return a;
    }
    let c = super::cmp::cmp(a, b, sig);
    if c == 0 {
        // Equal values, possibly +0 and -0: prefer +0 for max, -0 for min.
        let a_neg = x.neg;
        return if want_max == a_neg { b } else { a };
    }
    if (c > 0) == want_max { a } else { b }
}

#[no_mangle] pub extern "C" fn fmax(x: f64, y: f64) -> f64 { f64_from_bits(minmax_bits(f64_to_bits(x), f64_to_bits(y), D, true)) }
#[no_mangle] pub extern "C" fn fmin(x: f64, y: f64) -> f64 { f64_from_bits(minmax_bits(f64_to_bits(x), f64_to_bits(y), D, false)) }
#[no_mangle] pub extern "C" fn fmaxf(x: f32, y: f32) -> f32 { f32_from_bits(minmax_bits(f32_to_bits(x) as u64, f32_to_bits(y) as u64, F, true) as u32) }
#[no_mangle] pub extern "C" fn fminf(x: f32, y: f32) -> f32 { f32_from_bits(minmax_bits(f32_to_bits(x) as u64, f32_to_bits(y) as u64, F, false) as u32) }
