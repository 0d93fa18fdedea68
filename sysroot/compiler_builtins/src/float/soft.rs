//! The shared core of the soft-float routines: IEEE-754 binary32/binary64 values unpacked
//! into sign, exponent and integer significand, and correctly rounded packing (round to
//! nearest, ties to even) of an exact-or-sticky intermediate result. Both widths go through
//! the same code with `sig`, the number of stored significand bits (23 or 52), as a
//! parameter; everything is integer arithmetic, so no routine here calls itself through a
//! float operation on targets without an FPU.

/// What an unpacked value is.
pub const ZERO: u32 = 0;
pub const FINITE: u32 = 1;
pub const INF: u32 = 2;
pub const NAN: u32 = 3;

/// An unpacked float: `(-1)^neg * m * 2^e` when `class == FINITE` (`m != 0`).
pub struct Unpacked {
    pub neg: bool,
    pub class: u32,
    pub e: i32,
    pub m: u64,
}

pub fn exp_bits(sig: u32) -> u32 {
    if sig == 52 { 11 } else { 8 }
}

pub fn bias(sig: u32) -> i32 {
    ((1u32 << (exp_bits(sig) - 1)) - 1) as i32
}

pub fn sign_bit(sig: u32) -> u64 {
    1u64 << (sig + exp_bits(sig))
}

/// The quiet NaN Rust and LLVM produce for invalid operations (positive, top fraction bit).
pub fn quiet_nan(sig: u32) -> u64 {
    let e_all = (1u64 << exp_bits(sig)) - 1;
    (e_all << sig) | (1u64 << (sig - 1))
}

pub fn infinity(neg: bool, sig: u32) -> u64 {
    let e_all = (1u64 << exp_bits(sig)) - 1;
    let s = if neg { sign_bit(sig) } else { 0 };
    s | (e_all << sig)
}

pub fn zero(neg: bool, sig: u32) -> u64 {
    if neg { sign_bit(sig) } else { 0 }
}

pub fn unpack(bits: u64, sig: u32) -> Unpacked {
    let eb = exp_bits(sig);
    let neg = (bits >> (sig + eb)) & 1 == 1;
    let be = ((bits >> sig) & ((1u64 << eb) - 1)) as i32;
    let frac = bits & ((1u64 << sig) - 1);
    let e_all = ((1u32 << eb) - 1) as i32;
    if be == e_all {
        let class = if frac == 0 { INF } else { NAN };
        return Unpacked { neg: neg, class: class, e: 0, m: frac };
    }
    if be == 0 {
        if frac == 0 {
            return Unpacked { neg: neg, class: ZERO, e: 0, m: 0 };
        }
        return Unpacked { neg: neg, class: FINITE, e: 1 - bias(sig) - sig as i32, m: frac };
    }
    Unpacked { neg: neg, class: FINITE, e: be - bias(sig) - sig as i32, m: frac | (1u64 << sig) }
}

/// Number of leading zero bits of `x` (64 for zero).
pub fn lz64(x: u64) -> u32 {
    if x == 0 {
        return 64;
    }
    let mut n = 0;
    let mut v = x;
    if v >> 32 == 0 { n = n + 32; v = v << 32; }
    if v >> 48 == 0 { n = n + 16; v = v << 16; }
    if v >> 56 == 0 { n = n + 8; v = v << 8; }
    if v >> 60 == 0 { n = n + 4; v = v << 4; }
    if v >> 62 == 0 { n = n + 2; v = v << 2; }
    if v >> 63 == 0 { n = n + 1; }
    n
}

/// `x >> s` with the bits shifted out folded into the lowest bit (a "jamming" shift), so a
/// later rounding still sees that the value was inexact.
pub fn shr_jam(x: u64, s: u32) -> u64 {
    if s == 0 {
        x
    } else if s >= 64 {
        if x != 0 { 1 } else { 0 }
    } else {
        let lost = x & ((1u64 << s) - 1);
        (x >> s) | (if lost != 0 { 1 } else { 0 })
    }
}

/// Rounds `(-1)^neg * (m + sticky) * 2^e` (`m != 0`; `sticky` means "a little more than m")
/// to the format with `sig` stored significand bits.
pub fn round_pack(neg: bool, e: i32, m: u64, sticky: bool, sig: u32) -> u64 {
    let sign = zero(neg, sig);
    if m == 0 {
        return sign;
    }
    let mut m = m;
    let mut e = e;
    let mut sticky = sticky;
    // Normalize: leading one at bit 62.
    let lz = lz64(m);
    if lz == 0 {
        sticky = sticky || (m & 1) == 1;
        m = m >> 1;
        e = e + 1;
    } else if lz > 1 {
        m = m << (lz - 1);
        e = e - (lz as i32 - 1);
    }
    let mut be = e + 62 + bias(sig);
    let mut drop = 62 - sig;
    if be <= 0 {
        // Subnormal (or underflow to zero): drop the bits below 2^(1 - bias - sig).
        let extra = (1 - be) as u32;
        drop = drop + extra;
        be = 0;
    }
    let mut q: u64;
    if drop >= 64 {
        // Below half of the smallest subnormal (m < 2^63): rounds to zero.
        q = 0;
    } else {
        q = m >> drop;
        let r = m & ((1u64 << drop) - 1);
        let half = 1u64 << (drop - 1);
        if r > half || (r == half && (sticky || (q & 1) == 1)) {
            q = q + 1;
        }
    }
    // A carry out of the significand increments the exponent field through the addition.
    let mut bits = q;
    if be > 0 {
        bits = (((be - 1) as u64) << sig) + q;
    }
    let e_all = (1u64 << exp_bits(sig)) - 1;
    if (bits >> sig) >= e_all {
        return infinity(neg, sig);
    }
    sign | bits
}

pub fn f64_to_bits(x: f64) -> u64 {
    unsafe { *(&x as *const f64 as *const u64) }
}

pub fn f64_from_bits(b: u64) -> f64 {
    unsafe { *(&b as *const u64 as *const f64) }
}

pub fn f32_to_bits(x: f32) -> u32 {
    unsafe { *(&x as *const f32 as *const u32) }
}

pub fn f32_from_bits(b: u32) -> f32 {
    unsafe { *(&b as *const u32 as *const f32) }
}
