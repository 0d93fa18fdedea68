//! `{:x}`, `{:X}`, `{:o}`, `{:b}` for the integer types: the digits of the value's bit
//! pattern (two's complement for negative numbers, as in Rust), with `0x`/`0o`/`0b` under `#`.
//! The impls are written out per type because the library cannot use `macro_rules!` yet.

use super::{Binary, Formatter, LowerHex, Octal, Result, UpperHex};

/// Writes `(hi << 64) | lo` in base `1 << bits` (bits 1, 3 or 4), padded as an integer.
pub(super) fn fmt_radix(hi: u64, lo: u64, bits: u32, upper: bool, prefix: &str, f: &mut Formatter<'_>) -> Result {
    // 128 binary digits at most.
    let mut buf = [0u8; 128];
    let mut i: usize = 128;
    let mask = (1u64 << bits) - 1;
    let mut hi = hi;
    let mut lo = lo;
    loop {
        let d = (lo & mask) as u8;
        i = i - 1;
        if d < 10 {
            buf[i] = b'0' + d;
        } else if upper {
            buf[i] = b'A' + (d - 10);
        } else {
            buf[i] = b'a' + (d - 10);
        }
        lo = (lo >> bits) | (hi << (64 - bits));
        hi = hi >> bits;
        if hi == 0 && lo == 0 {
            break;
        }
    }
    f.pad_integral_bytes(true, prefix, &buf[i] as *const u8, 128 - i)
}

impl LowerHex for u8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u64, 4, false, "0x", f)
    }
}

impl LowerHex for u16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u64, 4, false, "0x", f)
    }
}

impl LowerHex for u32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u64, 4, false, "0x", f)
    }
}

impl LowerHex for u64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u64, 4, false, "0x", f)
    }
}

impl LowerHex for usize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u64, 4, false, "0x", f)
    }
}

impl LowerHex for u128 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let v = *self as u128;
        fmt_radix((v >> 64) as u64, v as u64, 4, false, "0x", f)
    }
}

impl LowerHex for i8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u8 as u64, 4, false, "0x", f)
    }
}

impl LowerHex for i16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u16 as u64, 4, false, "0x", f)
    }
}

impl LowerHex for i32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u32 as u64, 4, false, "0x", f)
    }
}

impl LowerHex for i64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u64 as u64, 4, false, "0x", f)
    }
}

impl LowerHex for isize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as usize as u64, 4, false, "0x", f)
    }
}

impl LowerHex for i128 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let v = *self as u128;
        fmt_radix((v >> 64) as u64, v as u64, 4, false, "0x", f)
    }
}

impl UpperHex for u8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u64, 4, true, "0x", f)
    }
}

impl UpperHex for u16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u64, 4, true, "0x", f)
    }
}

impl UpperHex for u32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u64, 4, true, "0x", f)
    }
}

impl UpperHex for u64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u64, 4, true, "0x", f)
    }
}

impl UpperHex for usize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u64, 4, true, "0x", f)
    }
}

impl UpperHex for u128 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let v = *self as u128;
        fmt_radix((v >> 64) as u64, v as u64, 4, true, "0x", f)
    }
}

impl UpperHex for i8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u8 as u64, 4, true, "0x", f)
    }
}

impl UpperHex for i16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u16 as u64, 4, true, "0x", f)
    }
}

impl UpperHex for i32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u32 as u64, 4, true, "0x", f)
    }
}

impl UpperHex for i64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u64 as u64, 4, true, "0x", f)
    }
}

impl UpperHex for isize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as usize as u64, 4, true, "0x", f)
    }
}

impl UpperHex for i128 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let v = *self as u128;
        fmt_radix((v >> 64) as u64, v as u64, 4, true, "0x", f)
    }
}

impl Octal for u8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u64, 3, false, "0o", f)
    }
}

impl Octal for u16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u64, 3, false, "0o", f)
    }
}

impl Octal for u32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u64, 3, false, "0o", f)
    }
}

impl Octal for u64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u64, 3, false, "0o", f)
    }
}

impl Octal for usize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u64, 3, false, "0o", f)
    }
}

impl Octal for u128 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let v = *self as u128;
        fmt_radix((v >> 64) as u64, v as u64, 3, false, "0o", f)
    }
}

impl Octal for i8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u8 as u64, 3, false, "0o", f)
    }
}

impl Octal for i16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u16 as u64, 3, false, "0o", f)
    }
}

impl Octal for i32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u32 as u64, 3, false, "0o", f)
    }
}

impl Octal for i64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u64 as u64, 3, false, "0o", f)
    }
}

impl Octal for isize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as usize as u64, 3, false, "0o", f)
    }
}

impl Octal for i128 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let v = *self as u128;
        fmt_radix((v >> 64) as u64, v as u64, 3, false, "0o", f)
    }
}

impl Binary for u8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u64, 1, false, "0b", f)
    }
}

impl Binary for u16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u64, 1, false, "0b", f)
    }
}

impl Binary for u32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u64, 1, false, "0b", f)
    }
}

impl Binary for u64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u64, 1, false, "0b", f)
    }
}

impl Binary for usize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u64, 1, false, "0b", f)
    }
}

impl Binary for u128 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let v = *self as u128;
        fmt_radix((v >> 64) as u64, v as u64, 1, false, "0b", f)
    }
}

impl Binary for i8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u8 as u64, 1, false, "0b", f)
    }
}

impl Binary for i16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u16 as u64, 1, false, "0b", f)
    }
}

impl Binary for i32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u32 as u64, 1, false, "0b", f)
    }
}

impl Binary for i64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as u64 as u64, 1, false, "0b", f)
    }
}

impl Binary for isize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(0, *self as usize as u64, 1, false, "0b", f)
    }
}

impl Binary for i128 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let v = *self as u128;
        fmt_radix((v >> 64) as u64, v as u64, 1, false, "0b", f)
    }
}
