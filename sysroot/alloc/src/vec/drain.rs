//! `v.drain(range)`: moves a range of values out of a vector. The values after the range
//! (the tail) move back to close the gap when the `Drain` is dropped, and values the
//! caller did not take are dropped then too.

use core::fmt;
use core::marker::PhantomData;
use core::ops::{Bound, RangeBounds};
use super::Vec;

/// The iterator `Vec::drain` returns.
pub struct Drain<'a, T> {
    /// The vector, whose `len` is the start of the range while draining.
    pub(super) vec: *mut Vec<T>,
    /// The next value to yield from the front, and one past the next from the back.
    pub(super) idx: usize,
    pub(super) end: usize,
    /// Where the values after the range are, and how many there are.
    pub(super) tail_start: usize,
    pub(super) tail_len: usize,
    pub(super) marker: PhantomData<&'a mut Vec<T>>,
}

/// `start..end` of a `RangeBounds` over a sequence of `len` values, with rustc's panics.
#[track_caller]
pub(crate) fn range_of<R: RangeBounds<usize>>(range: &R, len: usize) -> (usize, usize) {
    let start = match range.start_bound() {
        Bound::Included(&s) => s,
        Bound::Excluded(&s) => match s.checked_add(1) {
            Some(s) => s,
            None => panic!("attempted to index slice from after maximum usize"),
        },
        Bound::Unbounded => 0,
    };
    let end = match range.end_bound() {
        Bound::Included(&e) => match e.checked_add(1) {
            Some(e) => e,
            None => panic!("attempted to index slice up to maximum usize"),
        },
        Bound::Excluded(&e) => e,
        Bound::Unbounded => len,
    };
    if start > end {
        panic!("slice index starts at {} but ends at {}", start, end);
    }
    if end > len {
        panic!("range end index {} out of range for slice of length {}", end, len);
    }
    (start, end)
}

impl<T> Vec<T> {
    /// Removes the values in `range`, yielding them; the later values move down when the
    /// iterator is dropped. Panics if the range is out of bounds.
    #[track_caller]
    pub fn drain<R: RangeBounds<usize>>(&mut self, range: R) -> Drain<'_, T> {
        let len = self.len;
        let (start, end) = range_of(&range, len);
        // Until the drain is dropped the vector holds only the values before the range, so
        // leaking the drain leaks the rest rather than exposing moved-out values.
        self.len = start;
        Drain { vec: self as *mut Vec<T>, idx: start, end, tail_start: end, tail_len: len - end, marker: PhantomData }
    }
}

impl<'a, T> Drain<'a, T> {
    /// The values not yet yielded.
    pub fn as_slice(&self) -> &[T] {
        unsafe { core::slice::from_raw_parts((*self.vec).ptr.add(self.idx) as *const T, self.end - self.idx) }
    }
}

impl<'a, T> Iterator for Drain<'a, T> {
    type Item = T;

    #[inline]
    fn next(&mut self) -> Option<T> {
        if self.idx == self.end {
            return None;
        }
        let i = self.idx;
        self.idx = i + 1;
        unsafe { Some(core::ptr::read((*self.vec).ptr.add(i) as *const T)) }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.end - self.idx;
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for Drain<'a, T> {
    #[inline]
    fn next_back(&mut self) -> Option<T> {
        if self.idx == self.end {
            return None;
        }
        self.end = self.end - 1;
        unsafe { Some(core::ptr::read((*self.vec).ptr.add(self.end) as *const T)) }
    }
}

impl<'a, T> ExactSizeIterator for Drain<'a, T> {}

impl<'a, T> Drop for Drain<'a, T> {
    fn drop(&mut self) {
        unsafe {
            let vec = &mut *self.vec;
            // Drop what the caller left, then close the gap with the tail.
            while self.idx < self.end {
                let i = self.idx;
                self.idx = i + 1;
                core::ptr::drop_in_place(vec.ptr.add(i));
            }
            let start = vec.len;
            if self.tail_len > 0 && self.tail_start != start {
                core::ptr::copy(vec.ptr.add(self.tail_start) as *const T, vec.ptr.add(start), self.tail_len);
            }
            vec.len = start + self.tail_len;
        }
    }
}

impl<'a, T: fmt::Debug> fmt::Debug for Drain<'a, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Drain").field(&self.as_slice()).finish()
    }
}
