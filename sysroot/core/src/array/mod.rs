//! Arrays `[T; N]` of any length, through const generics as in Rust's core: conversions to
//! and from slices, comparison, hashing, cloning, `Debug`, iteration by reference and (with
//! `IntoIter`) by value, and `map`/`each_ref`.

use crate::borrow::{Borrow, BorrowMut};
use crate::cmp::Ordering;
use crate::fmt;
use crate::hash::{Hash, Hasher};
use crate::iter::IntoIterator;
use crate::mem::MaybeUninit;
use crate::ops::{FnMut, Index, IndexMut, Range, RangeFrom, RangeFull, RangeInclusive, RangeTo, RangeToInclusive};
use crate::option::Option;
use crate::slice::{Iter, IterMut};

mod convert;
mod equality;
mod iter;

pub use convert::TryFromSliceError;
pub use iter::IntoIter;

/// An array whose element `i` is `cb(i)`, built front to back.
pub fn from_fn<T, const N: usize, F>(mut cb: F) -> [T; N]
where
    F: FnMut(usize) -> T,
{
    let mut guard = Guard::<T, N>::new();
    while guard.initialized < N {
        let value = cb(guard.initialized);
        guard.push(value);
    }
    guard.finish()
}

/// Writes the elements of an array under construction; if filling it panics, the elements
/// written so far are dropped (the array itself never existed).
struct Guard<T, const N: usize> {
    array: MaybeUninit<[T; N]>,
    initialized: usize,
}

impl<T, const N: usize> Guard<T, N> {
    fn new() -> Self {
        Guard { array: MaybeUninit::uninit(), initialized: 0 }
    }

    /// Writes the next element (the caller checks there is room).
    fn push(&mut self, value: T) {
        unsafe { crate::ptr::write((self.array.as_mut_ptr() as *mut T).add(self.initialized), value) };
        self.initialized += 1;
    }

    /// The full array (all `N` elements written).
    fn finish(self) -> [T; N] {
        let array = unsafe { crate::ptr::read(&self.array as *const MaybeUninit<[T; N]>) };
        crate::mem::forget(self);
        unsafe { array.assume_init() }
    }
}

impl<T, const N: usize> Drop for Guard<T, N> {
    fn drop(&mut self) {
        let base = self.array.as_mut_ptr() as *mut T;
        let mut i = 0;
        while i < self.initialized {
            unsafe { crate::ptr::drop_in_place(base.add(i)) };
            i += 1;
        }
    }
}

impl<T, const N: usize> Borrow<[T]> for [T; N] {
    fn borrow(&self) -> &[T] {
        self
    }
}

impl<T, const N: usize> BorrowMut<[T]> for [T; N] {
    fn borrow_mut(&mut self) -> &mut [T] {
        self
    }
}

impl<T: Hash, const N: usize> Hash for [T; N] {
    fn hash<H: Hasher>(&self, state: &mut H) {
        Hash::hash(&self[..], state)
    }
}

impl<T: fmt::Debug, const N: usize> fmt::Debug for [T; N] {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self[..], f)
    }
}

impl<'a, T, const N: usize> IntoIterator for &'a [T; N] {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<'a, T, const N: usize> IntoIterator for &'a mut [T; N] {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;

    fn into_iter(self) -> IterMut<'a, T> {
        self.iter_mut()
    }
}

// Indexing goes through the slice's impls (`arr[i]` itself is built in). Rust has one impl
// for every `I` the slice takes (`where [T]: Index<I>`); here one per index type.
macro_rules! array_index {
    ($($idx:ty => $out:ty),* $(,)?) => {
        $(
            impl<T, const N: usize> Index<$idx> for [T; N] {
                type Output = $out;

                #[inline]
                fn index(&self, index: $idx) -> &$out {
                    let s: &[T] = self;
                    &s[index]
                }
            }

            impl<T, const N: usize> IndexMut<$idx> for [T; N] {
                #[inline]
                fn index_mut(&mut self, index: $idx) -> &mut $out {
                    let s: &mut [T] = self;
                    &mut s[index]
                }
            }
        )*
    };
}

array_index! {
    usize => T,
    Range<usize> => [T],
    RangeFrom<usize> => [T],
    RangeTo<usize> => [T],
    RangeFull => [T],
    RangeInclusive<usize> => [T],
    RangeToInclusive<usize> => [T],
}

impl<T: PartialOrd, const N: usize> PartialOrd for [T; N] {
    #[inline]
    fn partial_cmp(&self, other: &[T; N]) -> Option<Ordering> {
        crate::cmp::slice_partial_cmp(&self[..], &other[..])
    }
}

impl<T: Ord, const N: usize> Ord for [T; N] {
    #[inline]
    fn cmp(&self, other: &[T; N]) -> Ordering {
        crate::cmp::slice_cmp(&self[..], &other[..])
    }
}

impl<T: Clone, const N: usize> Clone for [T; N] {
    fn clone(&self) -> [T; N] {
        from_fn(|i| self[i].clone())
    }
}

// `Default` only up to 32 elements, as in Rust (`[T; 0]` needs no `T: Default`).
impl<T> Default for [T; 0] {
    fn default() -> [T; 0] {
        []
    }
}

macro_rules! array_default {
    ($($n:literal)*) => {
        $(
            impl<T: Default> Default for [T; $n] {
                fn default() -> [T; $n] {
                    from_fn(|_| T::default())
                }
            }
        )*
    };
}

array_default! { 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 }

impl<T, const N: usize> [T; N] {
    /// An array of `f` applied to each element, in order.
    pub fn map<F, U>(self, mut f: F) -> [U; N]
    where
        F: FnMut(T) -> U,
    {
        let mut from = IntoIterator::into_iter(self);
        from_fn(|_| match from.next() {
            Option::Some(x) => f(x),
            Option::None => crate::panicking::panic_str("array::map: iterator ran short"),
        })
    }

    /// The whole array as a slice.
    pub const fn as_slice(&self) -> &[T] {
        self
    }

    pub fn as_mut_slice(&mut self) -> &mut [T] {
        self
    }

    /// An array of references to the elements.
    pub fn each_ref(&self) -> [&T; N] {
        from_fn(|i| &self[i])
    }

    /// An array of mutable references to the elements.
    pub fn each_mut(&mut self) -> [&mut T; N] {
        let base = self.as_mut_ptr();
        from_fn(|i| unsafe { &mut *base.add(i) })
    }
}
