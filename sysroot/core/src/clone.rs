//! `Clone`: explicit duplication of values (`Copy` types clone by copying bits).

use crate::marker::Sized;

/// Types whose values can be duplicated by `.clone()`.
#[lang = "clone"]
pub trait Clone: Sized {
    /// A duplicate of the value.
    fn clone(&self) -> Self;

    /// Overwrites `self` with a duplicate of `source`.
    fn clone_from(&mut self, source: &Self) {
        *self = source.clone()
    }
}

// Scalars are `Copy`: their clone is a copy.
macro_rules! clone_by_copy {
    ($($t:ty)*) => {
        $(
            impl Clone for $t {
                #[inline]
                fn clone(&self) -> $t {
                    *self
                }
            }
        )*
    };
}

clone_by_copy! {
    () bool char f32 f64
    u8 u16 u32 u64 u128 usize
    i8 i16 i32 i64 i128 isize
}

/// Shared references are `Copy`: cloning one copies the pointer, not the value.
impl<'a, T: ?Sized> Clone for &'a T {
    #[inline]
    fn clone(&self) -> &'a T {
        *self
    }
}

impl<T: ?Sized> Clone for *const T {
    #[inline]
    fn clone(&self) -> *const T {
        *self
    }
}

impl<T: ?Sized> Clone for *mut T {
    #[inline]
    fn clone(&self) -> *mut T {
        *self
    }
}

macro_rules! tuple_clone {
    ($(($($T:ident $i:tt),+))+) => {
        $(
            impl<$($T: Clone),+> Clone for ($($T,)+) {
                fn clone(&self) -> ($($T,)+) {
                    ($(self.$i.clone(),)+)
                }
            }
        )+
    };
}

tuple_clone! {
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
    (A 0, B 1, C 2, D 3, E 4)
    (A 0, B 1, C 2, D 3, E 4, F 5)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11)
}
