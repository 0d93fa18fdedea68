//! `IntoIter`: the by-value iterator over an array (`for x in [a, b, c]`, and in edition 2021
//! `[a, b, c].into_iter()`), moving the elements out one by one.

use crate::fmt;
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, IntoIterator, Iterator};
use crate::mem::MaybeUninit;
use crate::ops::Range;
use crate::option::Option::{self, None, Some};

/// The elements of an array not yet yielded live in `data[alive]`; the others were moved
/// out (or never existed) and are neither read nor dropped again.
pub struct IntoIter<T, const N: usize> {
    data: [MaybeUninit<T>; N],
    alive: Range<usize>,
}

// Rust hides this impl from `.into_iter()` method calls in editions before 2021 (they keep
// resolving to `(&array).into_iter()`): the trait carries the attribute that asks for it.
impl<T, const N: usize> IntoIterator for [T; N] {
    type Item = T;
    type IntoIter = IntoIter<T, N>;

    fn into_iter(self) -> IntoIter<T, N> {
        // `[MaybeUninit<T>; N]` has the layout of `[T; N]`: a bitwise move, then the
        // original is forgotten so its elements are dropped only by the iterator.
        let data = unsafe { crate::ptr::read(&self as *const [T; N] as *const [MaybeUninit<T>; N]) };
        crate::mem::forget(self);
        IntoIter { data, alive: 0..N }
    }
}

impl<T, const N: usize> IntoIter<T, N> {
    /// An iterator over the elements of `array`.
    pub fn new(array: [T; N]) -> Self {
        IntoIterator::into_iter(array)
    }

    /// The elements not yet yielded.
    pub fn as_slice(&self) -> &[T] {
        let start = self.alive.start;
        let len = self.alive.end - start;
        unsafe { crate::slice::from_raw_parts((self.data.as_ptr() as *const T).add(start), len) }
    }

    pub fn as_mut_slice(&mut self) -> &mut [T] {
        let start = self.alive.start;
        let len = self.alive.end - start;
        unsafe { crate::slice::from_raw_parts_mut((self.data.as_mut_ptr() as *mut T).add(start), len) }
    }
}

impl<T, const N: usize> Iterator for IntoIter<T, N> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        if self.alive.start == self.alive.end {
            return None;
        }
        let i = self.alive.start;
        self.alive.start = i + 1;
        Some(unsafe { self.data[i].assume_init_read() })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.alive.end - self.alive.start;
        (n, Some(n))
    }

    fn count(self) -> usize {
        self.alive.end - self.alive.start
    }
}

impl<T, const N: usize> DoubleEndedIterator for IntoIter<T, N> {
    fn next_back(&mut self) -> Option<T> {
        if self.alive.start == self.alive.end {
            return None;
        }
        let i = self.alive.end - 1;
        self.alive.end = i;
        Some(unsafe { self.data[i].assume_init_read() })
    }
}

impl<T, const N: usize> ExactSizeIterator for IntoIter<T, N> {
    fn len(&self) -> usize {
        self.alive.end - self.alive.start
    }
}

impl<T, const N: usize> Drop for IntoIter<T, N> {
    fn drop(&mut self) {
        // The elements still alive are dropped; the moved-out ones are not.
        let mut i = self.alive.start;
        while i < self.alive.end {
            unsafe { self.data[i].assume_init_drop() };
            i += 1;
        }
    }
}

impl<T: Clone, const N: usize> Clone for IntoIter<T, N> {
    fn clone(&self) -> Self {
        // The clone's alive elements sit at the same indices as the original's.
        let mut new = IntoIter { data: MaybeUninit::uninit_array(), alive: self.alive.start..self.alive.start };
        for x in self.as_slice() {
            let i = new.alive.end;
            new.data[i] = MaybeUninit::new(x.clone());
            new.alive.end = i + 1;
        }
        new
    }
}

impl<T: fmt::Debug, const N: usize> fmt::Debug for IntoIter<T, N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("IntoIter").field(&self.as_slice()).finish()
    }
}
