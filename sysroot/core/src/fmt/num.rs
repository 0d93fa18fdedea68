//! Decimal formatting of the integer types (`{}`, and `{:?}` which may ask for hex).
//!
//! Every type goes through a 128-bit value held as two `u64` halves: the compiler has no
//! 128-bit division helpers yet, and 32-bit targets must not need them. The impls are
//! written out per type because the library cannot use `macro_rules!` yet.

use super::radix::fmt_radix;
use super::{Debug, Display, Formatter, Result};

/// Room for the digits of u128::MAX (39) and a spare.
pub(super) const DEC_BUF: usize = 40;

/// Writes the decimal digits of `(hi << 64) | lo` at the end of `buf`; returns where they start.
pub(super) fn dec_digits(hi: u64, lo: u64, buf: &mut [u8; 40]) -> usize {
    let mut i: usize = DEC_BUF;
    let mut hi = hi;
    let mut lo = lo;
    // Above 64 bits: peel off nine digits at a time with 64-bit divisions.
    while hi != 0 {
        let (qh, ql, r) = divmod_small(hi, lo, 1_000_000_000);
        hi = qh;
        lo = ql;
        let mut r = r as u32;
        let mut k = 0;
        while k < 9 {
            i = i - 1;
            buf[i] = b'0' + (r % 10) as u8;
            r = r / 10;
            k = k + 1;
        }
    }
    if lo >> 32 == 0 {
        // Word-sized division: 32-bit targets would otherwise call out for every digit.
        let mut n = lo as u32;
        loop {
            i = i - 1;
            buf[i] = b'0' + (n % 10) as u8;
            n = n / 10;
            if n == 0 {
                break;
            }
        }
    } else {
        let mut n = lo;
        loop {
            i = i - 1;
            buf[i] = b'0' + (n % 10) as u8;
            n = n / 10;
            if n == 0 {
                break;
            }
        }
    }
    i
}

/// `(hi << 64 | lo) / d` and the remainder, for `d < 2^32`, one 32-bit limb at a time.
fn divmod_small(hi: u64, lo: u64, d: u64) -> (u64, u64, u64) {
    let c3 = hi >> 32;
    let q3 = c3 / d;
    let c2 = ((c3 % d) << 32) | (hi & 0xFFFF_FFFF);
    let q2 = c2 / d;
    let c1 = ((c2 % d) << 32) | (lo >> 32);
    let q1 = c1 / d;
    let c0 = ((c1 % d) << 32) | (lo & 0xFFFF_FFFF);
    let q0 = c0 / d;
    ((q3 << 32) | q2, (q1 << 32) | q0, c0 % d)
}

/// The magnitude of a signed value and whether it is non-negative.
pub(super) fn magnitude_i64(n: i64) -> (u64, bool) {
    if n < 0 {
        // Two's complement negation that cannot overflow, also for i64::MIN.
        (!(n as u64) + 1, false)
    } else {
        (n as u64, true)
    }
}

/// The magnitude of an `i128` as two halves, and whether it is non-negative.
pub(super) fn split_i128(n: i128) -> (u64, u64, bool) {
    let mut v = n as u128;
    let nonneg = n >= 0;
    if !nonneg {
        v = !v + 1;
    }
    ((v >> 64) as u64, v as u64, nonneg)
}

fn fmt_dec(hi: u64, lo: u64, nonneg: bool, f: &mut Formatter<'_>) -> Result {
    let mut buf = [0u8; 40];
    let i = dec_digits(hi, lo, &mut buf);
    f.pad_integral_bytes(nonneg, "", &buf[i] as *const u8, DEC_BUF - i)
}

/// `{:?}` of an integer: decimal, or hex under `{:x?}` / `{:X?}` (of the bit pattern).
fn fmt_debug(tc_hi: u64, tc_lo: u64, hi: u64, lo: u64, nonneg: bool, f: &mut Formatter<'_>) -> Result {
    if f.debug_lower_hex() {
        fmt_radix(tc_hi, tc_lo, 4, false, "0x", f)
    } else if f.debug_upper_hex() {
        fmt_radix(tc_hi, tc_lo, 4, true, "0x", f)
    } else {
        fmt_dec(hi, lo, nonneg, f)
    }
}

impl Display for u8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let hi: u64 = 0;
        let lo = *self as u64;
        let nonneg = true;
        fmt_dec(hi, lo, nonneg, f)
    }
}

impl Display for u16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let hi: u64 = 0;
        let lo = *self as u64;
        let nonneg = true;
        fmt_dec(hi, lo, nonneg, f)
    }
}

impl Display for u32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let hi: u64 = 0;
        let lo = *self as u64;
        let nonneg = true;
        fmt_dec(hi, lo, nonneg, f)
    }
}

impl Display for u64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let hi: u64 = 0;
        let lo = *self as u64;
        let nonneg = true;
        fmt_dec(hi, lo, nonneg, f)
    }
}

impl Display for usize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let hi: u64 = 0;
        let lo = *self as u64;
        let nonneg = true;
        fmt_dec(hi, lo, nonneg, f)
    }
}

impl Display for u128 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let v = *self;
        let hi = (v >> 64) as u64;
        let lo = v as u64;
        let nonneg = true;
        fmt_dec(hi, lo, nonneg, f)
    }
}

impl Display for i8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let (lo, nonneg) = magnitude_i64(*self as i64);
        let hi: u64 = 0;
        fmt_dec(hi, lo, nonneg, f)
    }
}

impl Display for i16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let (lo, nonneg) = magnitude_i64(*self as i64);
        let hi: u64 = 0;
        fmt_dec(hi, lo, nonneg, f)
    }
}

impl Display for i32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let (lo, nonneg) = magnitude_i64(*self as i64);
        let hi: u64 = 0;
        fmt_dec(hi, lo, nonneg, f)
    }
}

impl Display for i64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let (lo, nonneg) = magnitude_i64(*self as i64);
        let hi: u64 = 0;
        fmt_dec(hi, lo, nonneg, f)
    }
}

impl Display for isize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let (lo, nonneg) = magnitude_i64(*self as i64);
        let hi: u64 = 0;
        fmt_dec(hi, lo, nonneg, f)
    }
}

impl Display for i128 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let (hi, lo, nonneg) = split_i128(*self);
        fmt_dec(hi, lo, nonneg, f)
    }
}

impl Debug for u8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let tc_hi: u64 = 0;
        let tc_lo = *self as u8 as u64;
        let hi: u64 = 0;
        let lo = *self as u64;
        let nonneg = true;
        fmt_debug(tc_hi, tc_lo, hi, lo, nonneg, f)
    }
}

impl Debug for u16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let tc_hi: u64 = 0;
        let tc_lo = *self as u16 as u64;
        let hi: u64 = 0;
        let lo = *self as u64;
        let nonneg = true;
        fmt_debug(tc_hi, tc_lo, hi, lo, nonneg, f)
    }
}

impl Debug for u32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let tc_hi: u64 = 0;
        let tc_lo = *self as u32 as u64;
        let hi: u64 = 0;
        let lo = *self as u64;
        let nonneg = true;
        fmt_debug(tc_hi, tc_lo, hi, lo, nonneg, f)
    }
}

impl Debug for u64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let tc_hi: u64 = 0;
        let tc_lo = *self as u64 as u64;
        let hi: u64 = 0;
        let lo = *self as u64;
        let nonneg = true;
        fmt_debug(tc_hi, tc_lo, hi, lo, nonneg, f)
    }
}

impl Debug for usize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let tc_hi: u64 = 0;
        let tc_lo = *self as usize as u64;
        let hi: u64 = 0;
        let lo = *self as u64;
        let nonneg = true;
        fmt_debug(tc_hi, tc_lo, hi, lo, nonneg, f)
    }
}

impl Debug for u128 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let v = *self as u128;
        let tc_hi = (v >> 64) as u64;
        let tc_lo = v as u64;
        let v = *self as u128;
        let hi = (v >> 64) as u64;
        let lo = v as u64;
        let nonneg = true;
        fmt_debug(tc_hi, tc_lo, hi, lo, nonneg, f)
    }
}

impl Debug for i8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let tc_hi: u64 = 0;
        let tc_lo = *self as u8 as u64;
        let (lo, nonneg) = magnitude_i64(*self as i64);
        let hi: u64 = 0;
        fmt_debug(tc_hi, tc_lo, hi, lo, nonneg, f)
    }
}

impl Debug for i16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let tc_hi: u64 = 0;
        let tc_lo = *self as u16 as u64;
        let (lo, nonneg) = magnitude_i64(*self as i64);
        let hi: u64 = 0;
        fmt_debug(tc_hi, tc_lo, hi, lo, nonneg, f)
    }
}

impl Debug for i32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let tc_hi: u64 = 0;
        let tc_lo = *self as u32 as u64;
        let (lo, nonneg) = magnitude_i64(*self as i64);
        let hi: u64 = 0;
        fmt_debug(tc_hi, tc_lo, hi, lo, nonneg, f)
    }
}

impl Debug for i64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let tc_hi: u64 = 0;
        let tc_lo = *self as u64 as u64;
        let (lo, nonneg) = magnitude_i64(*self as i64);
        let hi: u64 = 0;
        fmt_debug(tc_hi, tc_lo, hi, lo, nonneg, f)
    }
}

impl Debug for isize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let tc_hi: u64 = 0;
        let tc_lo = *self as usize as u64;
        let (lo, nonneg) = magnitude_i64(*self as i64);
        let hi: u64 = 0;
        fmt_debug(tc_hi, tc_lo, hi, lo, nonneg, f)
    }
}

impl Debug for i128 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let v = *self as u128;
        let tc_hi = (v >> 64) as u64;
        let tc_lo = v as u64;
        let (hi, lo, nonneg) = split_i128(*self);
        fmt_debug(tc_hi, tc_lo, hi, lo, nonneg, f)
    }
}
