//! Numeric types: the integer types' methods and constants, float decoding and decimal
//! conversion both ways (`flt2dec` for formatting, `dec2flt` for parsing), parse errors.

pub mod flt2dec;
mod dec2flt;
mod error;
mod int_bytes;
mod parse_int;
mod u8_ascii;
mod nonzero;
pub use nonzero::{NonZeroI32, NonZeroI64, NonZeroIsize, NonZeroU16, NonZeroU32, NonZeroU64, NonZeroU8, NonZeroUsize};

pub use error::{IntErrorKind, ParseFloatError, ParseIntError, TryFromIntError};

use crate::intrinsics;
use crate::option::Option::{self, None, Some};

#[macro_use]
mod int_macros;

int_impl! {
    i8 u8 8;
    i16 u16 16;
    i32 u32 32;
    i64 u64 64;
    i128 u128 128;
}

uint_impl! {
    u8 i8 8;
    u16 i16 16;
    u32 i32 32;
    u64 i64 64;
    u128 i128 128;
}

#[cfg(target_pointer_width = "64")]
int_impl! { isize usize 64; }
#[cfg(target_pointer_width = "64")]
uint_impl! { usize isize 64; }
#[cfg(target_pointer_width = "32")]
int_impl! { isize usize 32; }
#[cfg(target_pointer_width = "32")]
uint_impl! { usize isize 32; }
