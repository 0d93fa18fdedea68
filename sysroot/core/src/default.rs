//! `Default`: types with a useful default value.

use crate::marker::Sized;


/// Types with a default value (`0`, `false`, empty...), what `#[derive(Default)]` builds from.
pub trait Default: Sized {
    /// The default value.
    fn default() -> Self;
}

macro_rules! default_impl {
    ($($t:ty => $v:expr),* $(,)?) => {
        $(
            impl Default for $t {
                #[inline]
                fn default() -> $t {
                    $v
                }
            }
        )*
    };
}

default_impl! {
    () => (),
    bool => false,
    char => '\x00',
    u8 => 0, u16 => 0, u32 => 0, u64 => 0, u128 => 0, usize => 0,
    i8 => 0, i16 => 0, i32 => 0, i64 => 0, i128 => 0, isize => 0,
    f32 => 0.0, f64 => 0.0,
}

impl<T> Default for Option<T> {
    fn default() -> Option<T> {
        None
    }
}

impl<'a> Default for &'a str {
    fn default() -> &'a str {
        ""
    }
}

impl<'a, T> Default for &'a [T] {
    /// An empty slice.
    fn default() -> &'a [T] {
        &[]
    }
}

impl<'a, T> Default for &'a mut [T] {
    /// An empty slice.
    fn default() -> &'a mut [T] {
        &mut []
    }
}

macro_rules! tuple_default {
    ($(($($T:ident),+))+) => {
        $(
            impl<$($T: Default),+> Default for ($($T,)+) {
                fn default() -> ($($T,)+) {
                    ($($T::default(),)+)
                }
            }
        )+
    };
}

tuple_default! {
    (A)
    (A, B)
    (A, B, C)
    (A, B, C, D)
    (A, B, C, D, E)
    (A, B, C, D, E, F)
    (A, B, C, D, E, F, G)
    (A, B, C, D, E, F, G, H)
    (A, B, C, D, E, F, G, H, I)
    (A, B, C, D, E, F, G, H, I, J)
    (A, B, C, D, E, F, G, H, I, J, K)
    (A, B, C, D, E, F, G, H, I, J, K, L)
}
