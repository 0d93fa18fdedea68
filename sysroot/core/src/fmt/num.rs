//! Decimal formatting of the integer types.

use super::{Debug, Display, Formatter};

/// Writes `n` in decimal, preceded by `-` when `negative`.
fn write_u64(mut n: u64, negative: bool, f: &mut Formatter) {
    let mut buf = [0u8; 21];
    let mut i: usize = 21;
    loop {
        i = i - 1;
        buf[i] = b'0' + (n % 10) as u8;
        n = n / 10;
        if n == 0 {
            break;
        }
    }
    if negative {
        i = i - 1;
        buf[i] = b'-';
    }
    f.write_bytes(&buf[i] as *const u8, 21 - i);
}

/// Word-sized values avoid 64-bit division, which 32-bit targets must call out for.
fn write_usize(mut n: usize, negative: bool, f: &mut Formatter) {
    let mut buf = [0u8; 21];
    let mut i: usize = 21;
    loop {
        i = i - 1;
        buf[i] = b'0' + (n % 10) as u8;
        n = n / 10;
        if n == 0 {
            break;
        }
    }
    if negative {
        i = i - 1;
        buf[i] = b'-';
    }
    f.write_bytes(&buf[i] as *const u8, 21 - i);
}

fn write_i64(n: i64, f: &mut Formatter) {
    if n < 0 {
        // Two's complement negation that cannot overflow, also for i64::MIN.
        write_u64(!(n as u64) + 1, true, f);
    } else {
        write_u64(n as u64, false, f);
    }
}

fn write_isize(n: isize, f: &mut Formatter) {
    if n < 0 {
        write_usize(!(n as usize) + 1, true, f);
    } else {
        write_usize(n as usize, false, f);
    }
}

impl Display for u8 {
    fn fmt(&self, f: &mut Formatter) { write_usize(*self as usize, false, f); }
}
impl Display for u16 {
    fn fmt(&self, f: &mut Formatter) { write_usize(*self as usize, false, f); }
}
impl Display for u32 {
    fn fmt(&self, f: &mut Formatter) { write_u64(*self as u64, false, f); }
}
impl Display for u64 {
    fn fmt(&self, f: &mut Formatter) { write_u64(*self, false, f); }
}
impl Display for usize {
    fn fmt(&self, f: &mut Formatter) { write_usize(*self, false, f); }
}
impl Display for i8 {
    fn fmt(&self, f: &mut Formatter) { write_isize(*self as isize, f); }
}
impl Display for i16 {
    fn fmt(&self, f: &mut Formatter) { write_isize(*self as isize, f); }
}
impl Display for i32 {
    fn fmt(&self, f: &mut Formatter) { write_i64(*self as i64, f); }
}
impl Display for i64 {
    fn fmt(&self, f: &mut Formatter) { write_i64(*self, f); }
}
impl Display for isize {
    fn fmt(&self, f: &mut Formatter) { write_isize(*self, f); }
}

impl Debug for u8 {
    fn fmt(&self, f: &mut Formatter) { Display::fmt(self, f); }
}
impl Debug for u16 {
    fn fmt(&self, f: &mut Formatter) { Display::fmt(self, f); }
}
impl Debug for u32 {
    fn fmt(&self, f: &mut Formatter) { Display::fmt(self, f); }
}
impl Debug for u64 {
    fn fmt(&self, f: &mut Formatter) { Display::fmt(self, f); }
}
impl Debug for usize {
    fn fmt(&self, f: &mut Formatter) { Display::fmt(self, f); }
}
impl Debug for i8 {
    fn fmt(&self, f: &mut Formatter) { Display::fmt(self, f); }
}
impl Debug for i16 {
    fn fmt(&self, f: &mut Formatter) { Display::fmt(self, f); }
}
impl Debug for i32 {
    fn fmt(&self, f: &mut Formatter) { Display::fmt(self, f); }
}
impl Debug for i64 {
    fn fmt(&self, f: &mut Formatter) { Display::fmt(self, f); }
}
impl Debug for isize {
    fn fmt(&self, f: &mut Formatter) { Display::fmt(self, f); }
}
