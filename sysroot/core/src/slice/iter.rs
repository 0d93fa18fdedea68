//! Iterators over slices: `iter()` (shared references), `iter_mut()` (mutable ones), and
//! `for x in &slice` through `IntoIterator for &[T]`.

use crate::iter::{DoubleEndedIterator, ExactSizeIterator, IntoIterator, Iterator};
use crate::option::Option::{self, None, Some};

/// Shared references to the elements of a slice, front to back.
pub struct Iter<'a, T> {
    slice: &'a [T],
    end: usize,
    start: usize,
}

/// Mutable references to the elements of a slice, front to back.
pub struct IterMut<'a, T> {
    ptr: *mut T,
    end: usize,
    start: usize,
    // Holds the slice's mutable borrow for 'a; the elements are reached through `ptr`.
    #[allow(dead_code)]
    slice: &'a mut [T],
}

impl<T> [T] {
    /// An iterator over `&T`.
    pub fn iter(&self) -> Iter<'_, T> {
        Iter { slice: self, start: 0, end: self.len() }
    }

    /// An iterator over `&mut T`.
    pub fn iter_mut(&mut self) -> IterMut<'_, T> {
        let n = self.len();
        IterMut { ptr: self.as_mut_ptr(), start: 0, end: n, slice: self }
    }
}

impl<'a, T> Iter<'a, T> {
    /// The elements not yet produced.
    pub fn as_slice(&self) -> &'a [T] {
        unsafe { super::from_raw_parts(self.slice.as_ptr().add(self.start), self.end - self.start) }
    }
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        if self.start == self.end {
            return None;
        }
        let i = self.start;
        self.start = i + 1;
        unsafe { Some(&*self.slice.as_ptr().add(i)) }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.end - self.start;
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> {
        if self.start == self.end {
            return None;
        }
        self.end = self.end - 1;
        unsafe { Some(&*self.slice.as_ptr().add(self.end)) }
    }
}

impl<'a, T> ExactSizeIterator for Iter<'a, T> {}

impl<'a, T> Clone for Iter<'a, T> {
    fn clone(&self) -> Iter<'a, T> {
        Iter { slice: self.slice, start: self.start, end: self.end }
    }
}

impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;

    fn next(&mut self) -> Option<&'a mut T> {
        if self.start == self.end {
            return None;
        }
        let i = self.start;
        self.start = i + 1;
        unsafe { Some(&mut *self.ptr.add(i)) }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.end - self.start;
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {
    fn next_back(&mut self) -> Option<&'a mut T> {
        if self.start == self.end {
            return None;
        }
        self.end = self.end - 1;
        unsafe { Some(&mut *self.ptr.add(self.end)) }
    }
}

impl<'a, T> ExactSizeIterator for IterMut<'a, T> {}

impl<'a, T> IntoIterator for &'a [T] {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<'a, T> IntoIterator for &'a mut [T] {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;
    fn into_iter(self) -> IterMut<'a, T> {
        self.iter_mut()
    }
}
