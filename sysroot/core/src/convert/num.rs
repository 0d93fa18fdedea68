//! Conversions between the numeric types, as Rust's core defines them: `From` where every
//! value fits (`u8` -> `u32`, `i16` -> `f32`), `TryFrom` with `TryFromIntError` between
//! integer types where some do not. Conversions to and from `usize`/`isize` are the same on
//! every target (only `u8`/`u16` -> `usize` and `u8`/`i8`/`i16` -> `isize` are lossless
//! everywhere), so portable code compiles on 16-, 32- and 64-bit targets alike.

use crate::convert::{From, TryFrom};
use crate::num::TryFromIntError;
use crate::result::Result::{self, Err, Ok};

macro_rules! impl_from {
    ($small:ty => $($large:ty),+) => {
        $(
            impl From<$small> for $large {
                #[inline]
                fn from(small: $small) -> $large {
                    small as $large
                }
            }
        )+
    };
}

// Unsigned to wider unsigned.
impl_from! { u8 => u16, u32, u64, u128, usize }
impl_from! { u16 => u32, u64, u128, usize }
impl_from! { u32 => u64, u128 }
impl_from! { u64 => u128 }

// Signed to wider signed.
impl_from! { i8 => i16, i32, i64, i128, isize }
impl_from! { i16 => i32, i64, i128, isize }
impl_from! { i32 => i64, i128 }
impl_from! { i64 => i128 }

// Unsigned to wider signed.
impl_from! { u8 => i16, i32, i64, i128, isize }
impl_from! { u16 => i32, i64, i128 }
impl_from! { u32 => i64, i128 }
impl_from! { u64 => i128 }

// Integers to floats whose mantissa holds every value, and f32 to f64.
impl_from! { i8 => f32, f64 }
impl_from! { i16 => f32, f64 }
impl_from! { i32 => f64 }
impl_from! { u8 => f32, f64 }
impl_from! { u16 => f32, f64 }
impl_from! { u32 => f64 }
impl_from! { f32 => f64 }

macro_rules! impl_from_bool {
    ($($int:ty),+) => {
        $(
            impl From<bool> for $int {
                /// `false` is 0, `true` is 1.
                #[inline]
                fn from(b: bool) -> $int {
                    b as $int
                }
            }
        )+
    };
}

impl_from_bool! { u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128, isize }

impl From<u8> for char {
    /// The byte as the code point U+0000..=U+00FF (Latin-1).
    #[inline]
    fn from(b: u8) -> char {
        b as char
    }
}

impl_from! { char => u32, u64, u128 }

/// `TryFrom` between integer types where some values do not fit: the value converts when
/// `MIN..=MAX` of the target holds it. Compared as i128/u128, which hold every value of
/// both sides that matters for the check.
macro_rules! impl_try_from {
    ($source:ty => $($target:ty),+) => {
        $(
            impl TryFrom<$source> for $target {
                type Error = TryFromIntError;

                #[inline]
                fn try_from(u: $source) -> Result<$target, TryFromIntError> {
                    let min = <$target>::MIN as i128;
                    let max = <$target>::MAX as u128;
                    // Negative values are below every unsigned type's range; values above
                    // i128::MAX only come from u128 and are compared as u128.
                    let fits = if (u as i128) < 0 && <$source>::MIN as i128 != 0 {
                        (u as i128) >= min
                    } else {
                        (u as u128) <= max
                    };
                    if fits { Ok(u as $target) } else { Err(TryFromIntError(())) }
                }
            }
        )+
    };
}

// Every pair of integer types without a `From` impl between them.
impl_try_from! { u8 => i8 }
impl_try_from! { u16 => u8, i8, i16, isize }
impl_try_from! { u32 => u8, u16, usize, i8, i16, i32, isize }
impl_try_from! { u64 => u8, u16, u32, usize, i8, i16, i32, i64, isize }
impl_try_from! { u128 => u8, u16, u32, u64, usize, i8, i16, i32, i64, i128, isize }
impl_try_from! { usize => u8, u16, u32, u64, u128, i8, i16, i32, i64, i128, isize }
impl_try_from! { i8 => u8, u16, u32, u64, u128, usize }
impl_try_from! { i16 => u8, u16, u32, u64, u128, usize, i8 }
impl_try_from! { i32 => u8, u16, u32, u64, u128, usize, i8, i16, isize }
impl_try_from! { i64 => u8, u16, u32, u64, u128, usize, i8, i16, i32, isize }
impl_try_from! { i128 => u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, isize }
impl_try_from! { isize => u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128 }
