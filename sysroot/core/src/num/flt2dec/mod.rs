//! Floating-point to decimal conversion: a float is decoded into an integer significand
//! with the half-gaps to its neighbours, then `dragon` turns it into decimal digits, either
//! the shortest that read back to the same float or exactly up to a given position, both
//! with big-integer arithmetic (Steele & White's / Dragon4's method), so results are exact.
//! `fmt::float` lays the digits out.

pub(crate) mod bignum;
pub mod dragon;

/// A finite non-zero value `mant * 2^exp`, with the bounds of the interval of reals that
/// round to it: `(mant - minus) * 2^exp` and `(mant + plus) * 2^exp`, inclusive when the
/// significand is even (round-half-even reads the bounds back to this value).
pub struct Decoded {
    pub mant: u64,
    pub minus: u64,
    pub plus: u64,
    pub exp: i32,
    pub inclusive: bool,
}

pub enum FullDecoded {
    Nan,
    Infinite,
    Zero,
    Finite(Decoded),
}

/// Decodes the bit pattern of a float with `sig` stored significand bits (23 or 52) and
/// `exp_bits` exponent bits; also returns the sign bit.
pub fn decode(bits: u64, sig: u32, exp_bits: u32) -> (bool, FullDecoded) {
    let neg = (bits >> (sig + exp_bits)) & 1 == 1;
    let be = ((bits >> sig) & ((1u64 << exp_bits) - 1)) as i32;
    let frac = bits & ((1u64 << sig) - 1);
    let e_all = ((1u32 << exp_bits) - 1) as i32;
    let bias = ((1u32 << (exp_bits - 1)) - 1) as i32;
    if be == e_all {
        return (neg, if frac == 0 { FullDecoded::Infinite } else { FullDecoded::Nan });
    }
    if be == 0 {
        if frac == 0 {
            return (neg, FullDecoded::Zero);
        }
        // Subnormal: evenly spaced neighbours.
        let e = 1 - bias - sig as i32;
        let d = Decoded { mant: frac << 1, minus: 1, plus: 1, exp: e - 1, inclusive: frac & 1 == 0 };
        return (neg, FullDecoded::Finite(d));
    }
    let m = frac | (1u64 << sig);
    let e = be - bias - sig as i32;
    let even = m & 1 == 0;
    if frac == 0 && be > 1 {
        // The lowest significand of a binade: the gap below is half the gap above.
        let d = Decoded { mant: m << 2, minus: 1, plus: 2, exp: e - 2, inclusive: even };
        return (neg, FullDecoded::Finite(d));
    }
    (neg, FullDecoded::Finite(Decoded { mant: m << 1, minus: 1, plus: 1, exp: e - 1, inclusive: even }))
}

/// Adds one to the decimal digits in `buf[..len]`. When they were all nines they become
/// `100..0` and the function returns true: the caller bumps the exponent.
pub fn round_up(buf: &mut [u8], len: usize) -> bool {
    let mut i = len;
    while i > 0 {
        i = i - 1;
        if buf[i] != b'9' {
            buf[i] = buf[i] + 1;
            let mut j = i + 1;
            while j < len {
                buf[j] = b'0';
                j = j + 1;
            }
            return false;
        }
    }
    if len > 0 {
        buf[0] = b'1';
        let mut j = 1;
        while j < len {
            buf[j] = b'0';
            j = j + 1;
        }
    }
    true
}
