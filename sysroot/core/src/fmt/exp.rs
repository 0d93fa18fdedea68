//! `{:e}` and `{:E}` for the integer types: `1234` is `1.234e3`. Trailing zeros are dropped;
//! a precision rounds (half to even, on the exact value) or pads with zeros.
//! The impls are written out per type because the library cannot use `macro_rules!` yet.

use super::num::{dec_digits, magnitude_i64, split_i128, DEC_BUF};
use super::{Formatter, LowerExp, Result, UpperExp};

fn fmt_exp(hi: u64, lo: u64, nonneg: bool, upper: bool, f: &mut Formatter<'_>) -> Result {
    let mut digits = [0u8; 40];
    let start = dec_digits(hi, lo, &mut digits);
    // Work on the significant digits moved to the front: d[0..n].
    let mut d = [0u8; 40];
    let mut n: usize = 0;
    while start + n < DEC_BUF {
        d[n] = digits[start + n];
        n = n + 1;
    }
    let mut exponent = n - 1;
    while n > 1 && d[n - 1] == b'0' {
        n = n - 1;
    }
    // Digits after the point: all significant ones, or exactly the precision.
    let mut frac = n - 1;
    if f.has_precision() {
        let p = f.precision_or_zero();
        if n > p + 1 {
            // Round to p + 1 digits. The last significant digit is non-zero, so anything
            // below the first dropped digit makes it more than a tie.
            let first = d[p + 1];
            let above_tie = first > b'5' || (first == b'5' && n > p + 2);
            let tie = first == b'5' && n == p + 2;
            n = p + 1;
            if above_tie || (tie && (d[p] - b'0') % 2 == 1) {
                let mut k = n;
                let mut carry = true;
                while carry && k > 0 {
                    k = k - 1;
                    if d[k] == b'9' {
                        d[k] = b'0';
                    } else {
                        d[k] = d[k] + 1;
                        carry = false;
                    }
                }
                if carry {
                    // 9.99 became 10.0: one digit more before the point.
                    d[0] = b'1';
                    exponent = exponent + 1;
                }
            }
        }
        frac = p;
    }
    // mantissa, '.', zeros the precision asks for, 'e', exponent (at most 3 digits).
    let mut out = [0u8; 48];
    let mut extra: usize = 0;
    out[0] = d[0];
    let mut o: usize = 1;
    if frac > 0 {
        out[o] = b'.';
        o = o + 1;
        let mut k: usize = 1;
        while k <= frac && k < n {
            out[o] = d[k];
            o = o + 1;
            k = k + 1;
        }
        // Zeros beyond the significant digits can be many; they are written separately.
        if frac + 1 > n {
            extra = frac + 1 - n;
        }
    }
    let mut tail = [0u8; 4];
    if upper {
        tail[0] = b'E';
    } else {
        tail[0] = b'e';
    }
    let mut t: usize = 1;
    if exponent >= 10 {
        if exponent >= 100 {
            tail[t] = b'0' + (exponent / 100) as u8;
            t = t + 1;
        }
        tail[t] = b'0' + ((exponent / 10) % 10) as u8;
        t = t + 1;
    }
    tail[t] = b'0' + (exponent % 10) as u8;
    t = t + 1;
    if extra == 0 {
        let mut k: usize = 0;
        while k < t {
            out[o] = tail[k];
            o = o + 1;
            k = k + 1;
        }
        f.pad_integral_bytes(nonneg, "", &out[0] as *const u8, o)
    } else {
        f.pad_exp_parts(nonneg, &out[0] as *const u8, o, extra, &tail[0] as *const u8, t)
    }
}

impl LowerExp for u8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let hi: u64 = 0;
        let lo = *self as u64;
        let nonneg = true;
        fmt_exp(hi, lo, nonneg, false, f)
    }
}

impl LowerExp for u16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let hi: u64 = 0;
        let lo = *self as u64;
        let nonneg = true;
        fmt_exp(hi, lo, nonneg, false, f)
    }
}

impl LowerExp for u32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let hi: u64 = 0;
        let lo = *self as u64;
        let nonneg = true;
        fmt_exp(hi, lo, nonneg, false, f)
    }
}

impl LowerExp for u64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let hi: u64 = 0;
        let lo = *self as u64;
        let nonneg = true;
        fmt_exp(hi, lo, nonneg, false, f)
    }
}

impl LowerExp for usize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let hi: u64 = 0;
        let lo = *self as u64;
        let nonneg = true;
        fmt_exp(hi, lo, nonneg, false, f)
    }
}

impl LowerExp for u128 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let v = *self;
        let hi = (v >> 64) as u64;
        let lo = v as u64;
        let nonneg = true;
        fmt_exp(hi, lo, nonneg, false, f)
    }
}

impl LowerExp for i8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let (lo, nonneg) = magnitude_i64(*self as i64);
        let hi: u64 = 0;
        fmt_exp(hi, lo, nonneg, false, f)
    }
}

impl LowerExp for i16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let (lo, nonneg) = magnitude_i64(*self as i64);
        let hi: u64 = 0;
        fmt_exp(hi, lo, nonneg, false, f)
    }
}

impl LowerExp for i32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let (lo, nonneg) = magnitude_i64(*self as i64);
        let hi: u64 = 0;
        fmt_exp(hi, lo, nonneg, false, f)
    }
}

impl LowerExp for i64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let (lo, nonneg) = magnitude_i64(*self as i64);
        let hi: u64 = 0;
        fmt_exp(hi, lo, nonneg, false, f)
    }
}

impl LowerExp for isize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let (lo, nonneg) = magnitude_i64(*self as i64);
        let hi: u64 = 0;
        fmt_exp(hi, lo, nonneg, false, f)
    }
}

impl LowerExp for i128 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let (hi, lo, nonneg) = split_i128(*self);
        fmt_exp(hi, lo, nonneg, false, f)
    }
}

impl UpperExp for u8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let hi: u64 = 0;
        let lo = *self as u64;
        let nonneg = true;
        fmt_exp(hi, lo, nonneg, true, f)
    }
}

impl UpperExp for u16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let hi: u64 = 0;
        let lo = *self as u64;
        let nonneg = true;
        fmt_exp(hi, lo, nonneg, true, f)
    }
}

impl UpperExp for u32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let hi: u64 = 0;
        let lo = *self as u64;
        let nonneg = true;
        fmt_exp(hi, lo, nonneg, true, f)
    }
}

impl UpperExp for u64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let hi: u64 = 0;
        let lo = *self as u64;
        let nonneg = true;
        fmt_exp(hi, lo, nonneg, true, f)
    }
}

impl UpperExp for usize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let hi: u64 = 0;
        let lo = *self as u64;
        let nonneg = true;
        fmt_exp(hi, lo, nonneg, true, f)
    }
}

impl UpperExp for u128 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let v = *self;
        let hi = (v >> 64) as u64;
        let lo = v as u64;
        let nonneg = true;
        fmt_exp(hi, lo, nonneg, true, f)
    }
}

impl UpperExp for i8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let (lo, nonneg) = magnitude_i64(*self as i64);
        let hi: u64 = 0;
        fmt_exp(hi, lo, nonneg, true, f)
    }
}

impl UpperExp for i16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let (lo, nonneg) = magnitude_i64(*self as i64);
        let hi: u64 = 0;
        fmt_exp(hi, lo, nonneg, true, f)
    }
}

impl UpperExp for i32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let (lo, nonneg) = magnitude_i64(*self as i64);
        let hi: u64 = 0;
        fmt_exp(hi, lo, nonneg, true, f)
    }
}

impl UpperExp for i64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let (lo, nonneg) = magnitude_i64(*self as i64);
        let hi: u64 = 0;
        fmt_exp(hi, lo, nonneg, true, f)
    }
}

impl UpperExp for isize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let (lo, nonneg) = magnitude_i64(*self as i64);
        let hi: u64 = 0;
        fmt_exp(hi, lo, nonneg, true, f)
    }
}

impl UpperExp for i128 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let (hi, lo, nonneg) = split_i128(*self);
        fmt_exp(hi, lo, nonneg, true, f)
    }
}
