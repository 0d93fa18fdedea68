//! Arrays `[T; N]`: the comparison, hashing, cloning and `Debug` impls, element by element.
//!
//! tsrustc has no const generics yet, so the impls are written for each length up to 32
//! (what Rust's library did before const generics) by a macro.

use crate::hash::{Hash, Hasher};

macro_rules! array_impls {
    ($($n:literal => [$($i:literal)*]),* $(,)?) => {
        $(
            impl<T: PartialEq> PartialEq for [T; $n] {
                #[inline]
                fn eq(&self, other: &[T; $n]) -> bool {
                    let a: &[T] = self;
                    let b: &[T] = other;
                    a == b
                }
            }

            impl<T: Eq> Eq for [T; $n] {}

            impl<T: PartialOrd> PartialOrd for [T; $n] {
                #[inline]
                fn partial_cmp(&self, other: &[T; $n]) -> Option<crate::cmp::Ordering> {
                    let a: &[T] = self;
                    let b: &[T] = other;
                    a.partial_cmp(b)
                }
            }

            impl<T: Ord> Ord for [T; $n] {
                #[inline]
                fn cmp(&self, other: &[T; $n]) -> crate::cmp::Ordering {
                    let a: &[T] = self;
                    let b: &[T] = other;
                    a.cmp(b)
                }
            }

            impl<T: Hash> Hash for [T; $n] {
                #[inline]
                fn hash<H: Hasher>(&self, state: &mut H) {
                    let s: &[T] = self;
                    Hash::hash(s, state)
                }
            }

            impl<T: crate::fmt::Debug> crate::fmt::Debug for [T; $n] {
                fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
                    let s: &[T] = self;
                    crate::fmt::Debug::fmt(s, f)
                }
            }

            impl<T: Clone> Clone for [T; $n] {
                #[inline]
                fn clone(&self) -> [T; $n] {
                    [$(self[$i].clone()),*]
                }
            }
        )*
    };
}

array_impls! {
    0 => [],
    1 => [0],
    2 => [0 1],
    3 => [0 1 2],
    4 => [0 1 2 3],
    5 => [0 1 2 3 4],
    6 => [0 1 2 3 4 5],
    7 => [0 1 2 3 4 5 6],
    8 => [0 1 2 3 4 5 6 7],
    9 => [0 1 2 3 4 5 6 7 8],
    10 => [0 1 2 3 4 5 6 7 8 9],
    11 => [0 1 2 3 4 5 6 7 8 9 10],
    12 => [0 1 2 3 4 5 6 7 8 9 10 11],
    13 => [0 1 2 3 4 5 6 7 8 9 10 11 12],
    14 => [0 1 2 3 4 5 6 7 8 9 10 11 12 13],
    15 => [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14],
    16 => [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15],
    17 => [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16],
    18 => [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17],
    19 => [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18],
    20 => [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19],
    21 => [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20],
    22 => [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21],
    23 => [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22],
    24 => [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23],
    25 => [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24],
    26 => [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25],
    27 => [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26],
    28 => [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27],
    29 => [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28],
    30 => [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29],
    31 => [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30],
    32 => [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31]
}
