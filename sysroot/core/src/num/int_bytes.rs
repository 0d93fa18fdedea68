//! Integers as bytes (`to_le_bytes`, `from_be_bytes`...), byte-order conversions from a
//! given order (`from_be`, `from_le`), and the rounding helpers `div_ceil` and
//! `next_multiple_of`.

use crate::intrinsics;

macro_rules! int_bytes_impl {
    ($($t:ident $n:expr;)*) => {$(
        impl $t {
            /// The bytes in the target's own order.
            pub const fn to_ne_bytes(self) -> [u8; $n] {
                unsafe { intrinsics::transmute::<$t, [u8; $n]>(self) }
            }
            /// The bytes, most significant first.
            pub const fn to_be_bytes(self) -> [u8; $n] {
                self.to_be().to_ne_bytes()
            }
            /// The bytes, least significant first.
            pub const fn to_le_bytes(self) -> [u8; $n] {
                self.to_le().to_ne_bytes()
            }
            /// The integer whose bytes in the target's own order are `bytes`.
            pub const fn from_ne_bytes(bytes: [u8; $n]) -> $t {
                unsafe { intrinsics::transmute::<[u8; $n], $t>(bytes) }
            }
            /// The integer whose bytes, most significant first, are `bytes`.
            pub const fn from_be_bytes(bytes: [u8; $n]) -> $t {
                $t::from_be($t::from_ne_bytes(bytes))
            }
            /// The integer whose bytes, least significant first, are `bytes`.
            pub const fn from_le_bytes(bytes: [u8; $n]) -> $t {
                $t::from_le($t::from_ne_bytes(bytes))
            }
            /// `x` read as big-endian: swapped on little-endian targets.
            pub const fn from_be(x: $t) -> $t {
                if cfg!(target_endian = "big") { x } else { x.swap_bytes() }
            }
            /// `x` read as little-endian: swapped on big-endian targets.
            pub const fn from_le(x: $t) -> $t {
                if cfg!(target_endian = "little") { x } else { x.swap_bytes() }
            }
        }
    )*};
}

int_bytes_impl! {
    u8 1; i8 1; u16 2; i16 2; u32 4; i32 4; u64 8; i64 8; u128 16; i128 16;
}

#[cfg(target_pointer_width = "64")]
int_bytes_impl! { usize 8; isize 8; }
#[cfg(target_pointer_width = "32")]
int_bytes_impl! { usize 4; isize 4; }

macro_rules! uint_rounding_impl {
    ($($t:ident)*) => {$(
        impl $t {
            /// `self / rhs` rounded up. Panics if `rhs` is 0.
            #[track_caller]
            pub const fn div_ceil(self, rhs: $t) -> $t {
                let d = self / rhs;
                if self % rhs > 0 { d + 1 } else { d }
            }
            /// The smallest multiple of `rhs` that is `>= self`. Panics if `rhs` is 0 (and,
            /// with overflow checks, when the result overflows).
            #[track_caller]
            pub const fn next_multiple_of(self, rhs: $t) -> $t {
                match self % rhs {
                    0 => self,
                    r => self + (rhs - r),
                }
            }
            /// `next_multiple_of`, or `None` for `rhs == 0` or an overflow.
            pub const fn checked_next_multiple_of(self, rhs: $t) -> Option<$t> {
                if rhs == 0 {
                    return None;
                }
                match self % rhs {
                    0 => Some(self),
                    r => self.checked_add(rhs - r),
                }
            }
            /// Whether `self` is a multiple of `rhs` (0 is a multiple of 0 only).
            pub const fn is_multiple_of(self, rhs: $t) -> bool {
                if rhs == 0 { self == 0 } else { self % rhs == 0 }
            }
        }
    )*};
}

uint_rounding_impl! { u8 u16 u32 u64 u128 usize }

macro_rules! int_isqrt_impl {
    ($($t:ident $u:ident)*) => {$(
        impl $t {
            /// The integer square root. Panics if `self` is negative.
            #[track_caller]
            pub const fn isqrt(self) -> $t {
                if self < 0 {
                    crate::panicking::panic_str("argument of integer square root cannot be negative");
                }
                (self as $u).isqrt() as $t
            }
        }
    )*};
}

int_isqrt_impl! { i8 u8 i16 u16 i32 u32 i64 u64 i128 u128 isize usize }
