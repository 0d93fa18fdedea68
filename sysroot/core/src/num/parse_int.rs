//! Integers from strings: `from_str_radix` and `FromStr` for every integer type, with
//! Rust's rules (an optional `+`, a `-` only for signed types, at least one digit) and
//! errors.

use super::error::{IntErrorKind, ParseIntError};
use crate::str::FromStr;

/// The value of an ASCII digit in `radix` (2..=36), if it is one.
pub(crate) fn digit_value(c: u8, radix: u32) -> Option<u32> {
    let v = if c >= b'0' && c <= b'9' {
        (c - b'0') as u32
    } else if c >= b'a' && c <= b'z' {
        (c - b'a') as u32 + 10
    } else if c >= b'A' && c <= b'Z' {
        (c - b'A') as u32 + 10
    } else {
        return None;
    };
    if v < radix { Some(v) } else { None }
}

fn err(kind: IntErrorKind) -> ParseIntError {
    ParseIntError { kind: kind }
}

macro_rules! parse_int_impl {
    ($($t:ident $signed:expr;)*) => {$(
        impl $t {
            pub fn from_str_radix(src: &str, radix: u32) -> Result<$t, ParseIntError> {
                let b = src.as_bytes();
                if b.len() == 0 {
                    return Err(err(IntErrorKind::Empty));
                }
                let mut start = 0;
                let mut neg = false;
                if b[0] == b'+' {
                    start = 1;
                } else if b[0] == b'-' && $signed {
                    start = 1;
                    neg = true;
                }
                if start == b.len() {
                    return Err(err(IntErrorKind::InvalidDigit));
                }
                let mut acc: $t = 0;
                let mut i = start;
                while i < b.len() {
                    let d = match digit_value(b[i], radix) {
                        Some(d) => d as $t,
                        None => return Err(err(IntErrorKind::InvalidDigit)),
                    };
                    let kind = if neg { IntErrorKind::NegOverflow } else { IntErrorKind::PosOverflow };
                    acc = match acc.checked_mul(radix as $t) {
                        Some(v) => v,
                        None => return Err(err(kind)),
                    };
                    let next = if neg { acc.checked_sub(d) } else { acc.checked_add(d) };
                    acc = match next {
                        Some(v) => v,
                        None => return Err(err(kind)),
                    };
                    i = i + 1;
                }
                Ok(acc)
            }
        }

        impl FromStr for $t {
            type Err = ParseIntError;
            fn from_str(s: &str) -> Result<$t, ParseIntError> {
                $t::from_str_radix(s, 10)
            }
        }
    )*};
}

parse_int_impl! {
    i8 true; i16 true; i32 true; i64 true; i128 true; isize true;
    u8 false; u16 false; u32 false; u64 false; u128 false; usize false;
}
