//! `Iterator::sum` and `Iterator::product`: how a type adds up or multiplies a sequence.

use crate::marker::Sized;
use crate::option::Option::Some;
use super::iterator::Iterator;

/// A type that can sum up an iterator of `A`s.
pub trait Sum<A = Self>: Sized {
    fn sum<I: Iterator<Item = A>>(iter: I) -> Self;
}

/// A type that can multiply together an iterator of `A`s.
pub trait Product<A = Self>: Sized {
    fn product<I: Iterator<Item = A>>(iter: I) -> Self;
}

// Sums and products of values and of references to values, starting from 0 and 1 (the
// built-in operators check overflow in debug builds, as rustc's impls do).
macro_rules! accum_impls {
    ($zero:expr, $one:expr; $($t:ty)*) => {
        $(
            impl Sum for $t {
                fn sum<I: Iterator<Item = $t>>(iter: I) -> $t {
                    let mut it = iter;
                    let mut acc: $t = $zero;
                    while let Some(x) = it.next() {
                        acc = acc + x;
                    }
                    acc
                }
            }

            impl<'a> Sum<&'a $t> for $t {
                fn sum<I: Iterator<Item = &'a $t>>(iter: I) -> $t {
                    let mut it = iter;
                    let mut acc: $t = $zero;
                    while let Some(x) = it.next() {
                        acc = acc + *x;
                    }
                    acc
                }
            }

            impl Product for $t {
                fn product<I: Iterator<Item = $t>>(iter: I) -> $t {
                    let mut it = iter;
                    let mut acc: $t = $one;
                    while let Some(x) = it.next() {
                        acc = acc * x;
                    }
                    acc
                }
            }

            impl<'a> Product<&'a $t> for $t {
                fn product<I: Iterator<Item = &'a $t>>(iter: I) -> $t {
                    let mut it = iter;
                    let mut acc: $t = $one;
                    while let Some(x) = it.next() {
                        acc = acc * *x;
                    }
                    acc
                }
            }
        )*
    };
}

accum_impls! { 0, 1; usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 }
// Float sums start from -0.0, the additive identity that keeps the sign of an all-negative-zero sum.
accum_impls! { -0.0, 1.0; f32 f64 }
