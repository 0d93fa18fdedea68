//! Fused multiply-add (`fma`, `fmaf`): `a * b + c` with one rounding, for `mul_add` where
//! the target has no FMA instruction. The exact product (up to 106 bits) and the addend
//! are aligned in 128-bit integers kept as two u64 halves (no 128-bit shifts, which some
//! targets would turn into calls), added exactly, then rounded once.

use super::soft::{f32_from_bits, f32_to_bits, f64_from_bits, f64_to_bits, infinity, lz64, quiet_nan, round_pack, unpack, zero, INF, NAN, ZERO};

fn lz128(h: u64, l: u64) -> u32 {
    if h != 0 { lz64(h) } else { 64 + lz64(l) }
}

fn shl128(h: u64, l: u64, s: u32) -> (u64, u64) {
    if s == 0 {
        (h, l)
    } else if s >= 128 {
        (0, 0)
    } else if s >= 64 {
        (l << (s - 64), 0)
    } else {
        ((h << s) | (l >> (64 - s)), l << s)
    }
}

/// `(h, l) >> s`, any bits shifted out folded into the lowest bit.
fn shr128_jam(h: u64, l: u64, s: u32) -> (u64, u64) {
    if s == 0 {
        return (h, l);
    }
    if s >= 128 {
        return (0, if h != 0 || l != 0 { 1 } else { 0 });
    }
    let (rh, rl, lost) = if s >= 64 {
        let k = s - 64;
        let lost = l != 0 || (k > 0 && (h & ((1u64 << k) - 1)) != 0);
        (0, if k == 0 { h } else { h >> k }, lost)
    } else {
        let lost = (l & ((1u64 << s) - 1)) != 0;
        (h >> s, (l >> s) | (h << (64 - s)), lost)
    };
    (rh, rl | (if lost { 1 } else { 0 }))
}

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

fn fma_bits(a: u64, b: u64, c: u64, sig: u32) -> u64 {
    let x = unpack(a, sig);
    let y = unpack(b, sig);
    let z = unpack(c, sig);
    if x.class == NAN || y.class == NAN || z.class == NAN {
        return quiet_nan(sig);
    }
    let p_neg = x.neg != y.neg;
    if x.class == INF || y.class == INF {
        if x.class == ZERO || y.class == ZERO {
            return quiet_nan(sig);
        }
        if z.class == INF && z.neg != p_neg {
            return quiet_nan(sig);
        }
        return infinity(p_neg, sig);
    }
    if z.class == INF {
        return c;
    }
    if x.class == ZERO || y.class == ZERO {
        if z.class == ZERO {
            return zero(p_neg && z.neg, sig);
        }
        return c;
    }
    if z.class == ZERO {
        return super::arith::mul(a, b, sig);
    }
    // Both terms with the leading one at bit 125 of a 128-bit integer.
    let (ph, pl) = mul_wide(x.m, y.m);
    let sp = lz128(ph, pl) - 2;
    let (mut ph, mut pl) = shl128(ph, pl, sp);
    let mut ep = x.e + y.e - sp as i32;
    let sc = lz128(0, z.m) - 2;
    let (mut ch, mut cl) = shl128(0, z.m, sc);
    let mut ec = z.e - sc as i32;
    let p_is_big = ep > ec || (ep == ec && (ph > ch || (ph == ch && pl >= cl)));
    if !p_is_big {
        let t = (ph, pl, ep);
        ph = ch;
        pl = cl;
        ep = ec;
        ch = t.0;
        cl = t.1;
        ec = t.2;
    }
    let big_neg = if p_is_big { p_neg } else { z.neg };
    let small_neg = if p_is_big { z.neg } else { p_neg };
    let (sh, sl) = shr128_jam(ch, cl, (ep - ec) as u32);
    let (rh, rl);
    if big_neg == small_neg {
        let lo = pl.wrapping_add(sl);
        let carry = if lo < pl { 1 } else { 0 };
        rh = ph + sh + carry;
        rl = lo;
    } else {
        let lo = pl.wrapping_sub(sl);
        let borrow = if pl < sl { 1 } else { 0 };
        rh = ph - sh - borrow;
        rl = lo;
    }
    if rh == 0 && rl == 0 {
        return zero(false, sig);
    }
    // Down to 63 significant bits plus a sticky bit.
    let lz = lz128(rh, rl);
    let top = 127 - lz; // index of the leading one
    let e;
    let m;
    let sticky;
    if top <= 62 {
        m = rl;
        e = ep;
        sticky = false;
    } else {
        let s = top - 62;
        let (_, ql) = shr128_jam(rh, rl, s);
        m = ql;
        e = ep + s as i32;
        sticky = false;
    }
    round_pack(big_neg, e, m, sticky, sig)
}

#[no_mangle] pub extern "C" fn fma(a: f64, b: f64, c: f64) -> f64 { f64_from_bits(fma_bits(f64_to_bits(a), f64_to_bits(b), f64_to_bits(c), 52)) }
#[no_mangle] pub extern "C" fn fmaf(a: f32, b: f32, c: f32) -> f32 { f32_from_bits(fma_bits(f32_to_bits(a) as u64, f32_to_bits(b) as u64, f32_to_bits(c) as u64, 23) as u32) }
