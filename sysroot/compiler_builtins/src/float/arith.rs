//! Addition, subtraction, multiplication and division on bit patterns, for either width.

use super::soft::{infinity, quiet_nan, round_pack, shr_jam, sign_bit, unpack, zero, INF, NAN, ZERO};

pub fn add(a: u64, b: u64, sig: u32) -> u64 {
    let x = unpack(a, sig);
    let y = unpack(b, sig);
    if x.class == NAN || y.class == NAN {
        return quiet_nan(sig);
    }
    if x.class == INF {
        if y.class == INF && x.neg != y.neg {
            return quiet_nan(sig);
        }
        return a;
    }
    if y.class == INF {
        return b;
    }
    if x.class == ZERO {
        if y.class == ZERO {
            return zero(x.neg && y.neg, sig);
        }
        return b;
    }
    if y.class == ZERO {
        return a;
    }
    // Significands at bit 61 at most, leaving guard bits below and a carry bit above.
    let up = 61 - sig;
    let mut mx = x.m << up;
    let mut my = y.m << up;
    let mut ex = x.e - up as i32;
    let mut ey = y.e - up as i32;
    // Normalize both so that comparing (e, m) compares magnitudes.
    let lzx = super::soft::lz64(mx) - 2;
    mx = mx << lzx;
    ex = ex - lzx as i32;
    let lzy = super::soft::lz64(my) - 2;
    my = my << lzy;
    ey = ey - lzy as i32;
    let mut big_neg = x.neg;
    let mut small_neg = y.neg;
    if ey > ex || (ey == ex && my > mx) {
        let tm = mx;
        mx = my;
        my = tm;
        let te = ex;
        ex = ey;
        ey = te;
        big_neg = y.neg;
        small_neg = x.neg;
    }
    let d = (ex - ey) as u32;
    my = shr_jam(my, d);
    if big_neg == small_neg {
        round_pack(big_neg, ex, mx + my, false, sig)
    } else {
        let diff = mx - my;
        if diff == 0 {
            return zero(false, sig);
        }
        round_pack(big_neg, ex, diff, false, sig)
    }
}

pub fn sub(a: u64, b: u64, sig: u32) -> u64 {
    add(a, b ^ sign_bit(sig), sig)
}

/// The full 128-bit product of two u64 values as (high, low).
fn mul_wide(a: u64, b: u64) -> (u64, u64) {
    let a0 = a & 0xffff_ffff;
    let a1 = a >> 32;
    let b0 = b & 0xffff_ffff;
    let b1 = b >> 32;
    let p00 = a0 * b0;
    let p01 = a0 * b1;
    let p10 = a1 * b0;
    let p11 = a1 * b1;
    let mid = (p00 >> 32) + (p01 & 0xffff_ffff) + (p10 & 0xffff_ffff);
    let lo = (p00 & 0xffff_ffff) | (mid << 32);
    let hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
    (hi, lo)
}

pub fn mul(a: u64, b: u64, sig: u32) -> u64 {
    let x = unpack(a, sig);
    let y = unpack(b, sig);
    let neg = x.neg != y.neg;
    if x.class == NAN || y.class == NAN {
        return quiet_nan(sig);
    }
    if x.class == INF || y.class == INF {
        if x.class == ZERO || y.class == ZERO {
            return quiet_nan(sig);
        }
        return infinity(neg, sig);
    }
    if x.class == ZERO || y.class == ZERO {
        return zero(neg, sig);
    }
    let (hi, lo) = mul_wide(x.m, y.m);
    let mut e = x.e + y.e;
    if hi == 0 {
        return round_pack(neg, e, lo, false, sig);
    }
    // Keep the top 63 bits of the 128-bit product; the rest only matters as "inexact".
    let s = 64 - super::soft::lz64(hi) + 1;
    let m = (hi << (64 - s)) | (lo >> s);
    let sticky = (lo & ((1u64 << s) - 1)) != 0;
    e = e + s as i32;
    round_pack(neg, e, m, sticky, sig)
}

pub fn div(a: u64, b: u64, sig: u32) -> u64 {
    let x = unpack(a, sig);
    let y = unpack(b, sig);
    let neg = x.neg != y.neg;
    if x.class == NAN || y.class == NAN {
        return quiet_nan(sig);
    }
    if x.class == INF {
        if y.class == INF {
            return quiet_nan(sig);
        }
        return infinity(neg, sig);
    }
    if y.class == INF {
        return zero(neg, sig);
    }
    if y.class == ZERO {
        if x.class == ZERO {
            return quiet_nan(sig);
        }
        return infinity(neg, sig);
    }
    if x.class == ZERO {
        return zero(neg, sig);
    }
    // Both significands with the leading one at bit 61.
    let lzx = super::soft::lz64(x.m) - 2;
    let lzy = super::soft::lz64(y.m) - 2;
    let mx = x.m << lzx;
    let my = y.m << lzy;
    let e = (x.e - lzx as i32) - (y.e - lzy as i32);
    // Restoring division: 63 quotient bits of mx / my, the first of weight 2^0.
    let mut r = mx;
    let mut q: u64 = 0;
    let mut i = 0;
    while i < 63 {
        q = q << 1;
        if r >= my {
            r = r - my;
            q = q | 1;
        }
        r = r << 1;
        i = i + 1;
    }
    round_pack(neg, e - 62, q, r != 0, sig)
}
