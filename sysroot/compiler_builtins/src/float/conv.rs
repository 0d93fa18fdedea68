//! Conversions between the float widths and integers, on bit patterns. Float-to-integer
//! conversions truncate toward zero and saturate (NaN to 0), as Rust's `as` does.

use super::soft::{infinity, quiet_nan, round_pack, unpack, zero, INF, NAN, ZERO};

/// `(hi, lo)` as a float: `neg` gives the sign of the magnitude `hi * 2^64 + lo`.
pub fn from_int(neg: bool, hi: u64, lo: u64, sig: u32) -> u64 {
    if hi == 0 {
        if lo == 0 {
            return 0;
        }
        return round_pack(neg, 0, lo, false, sig);
    }
    let s = 64 - super::soft::lz64(hi) + 1;
    let m = if s == 64 { hi >> 1 } else { (hi << (64 - s)) | (lo >> s) };
    let lost = if s == 64 { (lo != 0) || (hi & 1) == 1 } else { (lo & ((1u64 << s) - 1)) != 0 };
    // `s == 64` only for hi with its top bit set: then m keeps hi's top 63 bits.
    round_pack(neg, s as i32, m, lost, sig)
}

pub fn from_i64(v: i64, sig: u32) -> u64 {
    if v < 0 {
        from_int(true, 0, !(v as u64) + 1, sig)
    } else {
        from_int(false, 0, v as u64, sig)
    }
}

/// The integer part of a float as a magnitude `(hi, lo)`, with `true` when it does not fit
/// in `max_bits` bits (the caller saturates). NaN gives 0.
pub fn to_int_magnitude(bits: u64, sig: u32, max_bits: u32) -> (bool, u64, u64, bool) {
    let u = unpack(bits, sig);
    if u.class == NAN {
        return (false, 0, 0, false);
    }
    if u.class == INF {
        return (u.neg, 0, 0, true);
    }
    if u.class == ZERO {
        return (u.neg, 0, 0, false);
    }
    if u.e < 0 {
        let s = (-u.e) as u32;
        let v = if s >= 64 { 0 } else { u.m >> s };
        return (u.neg, 0, v, false);
    }
    // m * 2^e with e >= 0: its bit length is len(m) + e.
    let len = 64 - super::soft::lz64(u.m) + u.e as u32;
    if len > max_bits {
        return (u.neg, 0, 0, true);
    }
    let e = u.e as u32;
    if e == 0 {
        return (u.neg, 0, u.m, false);
    }
    if e >= 64 {
        return (u.neg, u.m << (e - 64), 0, false);
    }
    (u.neg, u.m >> (64 - e), u.m << e, false)
}

/// Float to a signed integer of `bits` bits (<= 64), saturating; the result sign-extended.
pub fn to_signed(x: u64, sig: u32, bits: u32) -> i64 {
    let (neg, _hi, lo, over) = to_int_magnitude(x, sig, bits);
    let max = (1u64 << (bits - 1)) - 1;
    if neg {
        // Magnitudes up to 2^(bits-1) fit: the minimum has no positive counterpart.
        if over || lo > max + 1 {
            return -(max as i64) - 1;
        }
        return (!lo + 1) as i64;
    }
    if over || lo > max {
        return max as i64;
    }
    lo as i64
}

/// Float to an unsigned integer of `bits` bits (<= 64), saturating; negatives give 0.
pub fn to_unsigned(x: u64, sig: u32, bits: u32) -> u64 {
    let (neg, _hi, lo, over) = to_int_magnitude(x, sig, bits);
    if neg {
        return 0;
    }
    if over {
        if bits == 64 { !0u64 } else { (1u64 << bits) - 1 }
    } else {
        lo
    }
}

/// Float to a 128-bit magnitude, saturating: `(hi, lo)` of the two's complement result.
pub fn to_i128(x: u64, sig: u32) -> (u64, u64) {
    let (neg, hi, lo, over) = to_int_magnitude(x, sig, 128);
    if over || (hi >> 63) == 1 {
        // 2^127 or more in magnitude (the minimum, -2^127, is exact and also lands here).
        if neg { return (1u64 << 63, 0); }
        return (!0u64 >> 1, !0u64);
    }
    if neg {
        let nlo = !lo + 1;
        let nhi = !hi + (if lo == 0 { 1 } else { 0 });
        return (nhi, nlo);
    }
    (hi, lo)
}

pub fn to_u128(x: u64, sig: u32) -> (u64, u64) {
    let (neg, hi, lo, over) = to_int_magnitude(x, sig, 128);
    if neg {
        return (0, 0);
    }
    if over {
        return (!0u64, !0u64);
    }
    (hi, lo)
}

/// Between widths: `from_sig` to `to_sig` stored significand bits.
pub fn convert(x: u64, from_sig: u32, to_sig: u32) -> u64 {
    let u = unpack(x, from_sig);
    if u.class == NAN {
        // Keep the payload's top bits, quieted.
        let payload = if to_sig > from_sig { u.m << (to_sig - from_sig) } else { u.m >> (from_sig - to_sig) };
        let sign = zero(u.neg, to_sig);
        return sign | quiet_nan(to_sig) | payload;
    }
    if u.class == INF {
        return infinity(u.neg, to_sig);
    }
    if u.class == ZERO {
        return zero(u.neg, to_sig);
    }
    round_pack(u.neg, u.e, u.m, false, to_sig)
}
