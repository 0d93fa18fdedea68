//! More of `VecDeque`'s API: the ring as two slices, sub-ranges (`range`, `drain`),
//! moving elements between deques (`append`, `split_off`), resizing, `retain_mut`, the
//! `swap_remove_*` pair, binary search, and comparisons with vectors and arrays.

use core::cmp::Ordering;
use core::marker::PhantomData;
use core::ops::RangeBounds;
use core::ptr;
use crate::vec::{self, Vec};
use super::{Iter, IterMut, VecDeque};

/// The iterator `VecDeque::drain` returns: the removed elements, front to back.
pub struct Drain<'a, T> {
    inner: vec::IntoIter<T>,
    marker: PhantomData<&'a mut VecDeque<T>>,
}

impl<'a, T> Iterator for Drain<'a, T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.inner.next()
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<'a, T> DoubleEndedIterator for Drain<'a, T> {
    fn next_back(&mut self) -> Option<T> {
        self.inner.next_back()
    }
}

impl<'a, T> ExactSizeIterator for Drain<'a, T> {}

impl<T> VecDeque<T> {
    /// The elements as two slices: from the head to the end of the buffer, then the
    /// part that wrapped around to its start.
    pub fn as_slices(&self) -> (&[T], &[T]) {
        let cap = self.cap();
        if self.len == 0 {
            return (&[], &[]);
        }
        let first = if self.head + self.len <= cap { self.len } else { cap - self.head };
        unsafe {
            let base = self.buf.as_ptr();
            (core::slice::from_raw_parts(base.add(self.head), first), core::slice::from_raw_parts(base, self.len - first))
        }
    }

    /// `as_slices` for writing.
    pub fn as_mut_slices(&mut self) -> (&mut [T], &mut [T]) {
        let cap = self.cap();
        if self.len == 0 {
            return (&mut [], &mut []);
        }
        let first = if self.head + self.len <= cap { self.len } else { cap - self.head };
        unsafe {
            let base = self.buf.as_ptr() as *mut T;
            (core::slice::from_raw_parts_mut(base.add(self.head), first), core::slice::from_raw_parts_mut(base, self.len - first))
        }
    }

    /// The elements in a range of indices.
    #[track_caller]
    pub fn range<R: RangeBounds<usize>>(&self, range: R) -> Iter<'_, T> {
        let (start, end) = vec::range_of(&range, self.len);
        Iter { deque: self, front: start, back: end }
    }

    /// The elements in a range of indices, for writing.
    #[track_caller]
    pub fn range_mut<R: RangeBounds<usize>>(&mut self, range: R) -> IterMut<'_, T> {
        let (start, end) = vec::range_of(&range, self.len);
        IterMut { deque: self, front: start, back: end }
    }

    /// Removes the elements in a range of indices, yielding them.
    #[track_caller]
    pub fn drain<R: RangeBounds<usize>>(&mut self, range: R) -> Drain<'_, T> {
        let (start, end) = vec::range_of(&range, self.len);
        let n = end - start;
        let mut removed = Vec::with_capacity(n);
        unsafe {
            let mut i = start;
            while i < end {
                removed.push(ptr::read(self.ptr_at(i)));
                i += 1;
            }
            // Close the gap by moving the later elements forward.
            let mut i = end;
            while i < self.len {
                ptr::write(self.ptr_at(i - n), ptr::read(self.ptr_at(i)));
                i += 1;
            }
        }
        self.len -= n;
        Drain { inner: removed.into_iter(), marker: PhantomData }
    }

    /// Moves every element of `other` to the back of `self`.
    pub fn append(&mut self, other: &mut VecDeque<T>) {
        self.reserve(other.len);
        while let Some(v) = other.pop_front() {
            self.push_back(v);
        }
    }

    /// Splits at index `at`: `self` keeps `[0, at)`, the rest is returned.
    pub fn split_off(&mut self, at: usize) -> VecDeque<T> {
        assert!(at <= self.len, "`at` out of bounds");
        let mut other = VecDeque::with_capacity(self.len - at);
        let mut i = at;
        while i < self.len {
            other.push_back(unsafe { ptr::read(self.ptr_at(i)) });
            i += 1;
        }
        self.len = at;
        other
    }

    /// Keeps only the elements `keep` approves (it may change them), in order.
    pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, mut keep: F) {
        let n = self.len;
        let mut i = 0;
        while i < n {
            let mut v = self.pop_front().unwrap();
            if keep(&mut v) {
                self.push_back(v);
            }
            i += 1;
        }
    }

    /// Grows to `new_len` with values `f` makes, or shrinks to it.
    pub fn resize_with<F: FnMut() -> T>(&mut self, new_len: usize, mut f: F) {
        if new_len <= self.len {
            self.truncate(new_len);
            return;
        }
        while self.len < new_len {
            self.push_back(f());
        }
    }

    /// Removes the element at `index`, replacing it with the last one.
    pub fn swap_remove_back(&mut self, index: usize) -> Option<T> {
        if index >= self.len {
            return None;
        }
        let last = self.len - 1;
        if index != last {
            self.swap(index, last);
        }
        self.pop_back()
    }

    /// Removes the element at `index`, replacing it with the first one.
    pub fn swap_remove_front(&mut self, index: usize) -> Option<T> {
        if index >= self.len {
            return None;
        }
        if index != 0 {
            self.swap(index, 0);
        }
        self.pop_front()
    }

    /// Binary search with a comparator (the deque must be sorted by it).
    pub fn binary_search_by<F: FnMut(&T) -> Ordering>(&self, mut f: F) -> Result<usize, usize> {
        let mut lo = 0;
        let mut hi = self.len;
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match f(unsafe { &*self.ptr_at(mid) }) {
                Ordering::Less => lo = mid + 1,
                Ordering::Greater => hi = mid,
                Ordering::Equal => return Ok(mid),
            }
        }
        Err(lo)
    }

    /// Binary search by a key (the deque must be sorted by it).
    pub fn binary_search_by_key<B: Ord, F: FnMut(&T) -> B>(&self, b: &B, mut f: F) -> Result<usize, usize> {
        self.binary_search_by(|x| f(x).cmp(b))
    }

    /// The index of the first element for which `pred` is false (the deque must be
    /// partitioned by it).
    pub fn partition_point<P: FnMut(&T) -> bool>(&self, mut pred: P) -> usize {
        let mut lo = 0;
        let mut hi = self.len;
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if pred(unsafe { &*self.ptr_at(mid) }) { lo = mid + 1 } else { hi = mid }
        }
        lo
    }
}

impl<T: Ord> VecDeque<T> {
    /// Binary search for `x` (the deque must be sorted).
    pub fn binary_search(&self, x: &T) -> Result<usize, usize> {
        self.binary_search_by(|e| e.cmp(x))
    }
}

impl<T: Clone> VecDeque<T> {
    /// Grows to `new_len` with clones of `value`, or shrinks to it.
    pub fn resize(&mut self, new_len: usize, value: T) {
        self.resize_with(new_len, || value.clone())
    }
}

impl<'a, T: 'a + Copy> Extend<&'a T> for VecDeque<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        for &x in iter {
            self.push_back(x);
        }
    }
}

impl<'a, T> ExactSizeIterator for IterMut<'a, T> {}

impl<T> ExactSizeIterator for super::IntoIter<T> {}

// A deque equals a vector or array with the same elements in the same order.
macro_rules! deque_eq {
    ([$($vars:tt)*] $rhs:ty) => {
        impl<T, U, $($vars)*> PartialEq<$rhs> for VecDeque<T>
        where
            T: PartialEq<U>,
        {
            fn eq(&self, other: &$rhs) -> bool {
                let other: &[U] = &other[..];
                if self.len != other.len() {
                    return false;
                }
                let mut i = 0;
                while i < self.len {
                    if !PartialEq::eq(unsafe { &*self.ptr_at(i) }, &other[i]) {
                        return false;
                    }
                    i += 1;
                }
                true
            }
        }
    };
}

deque_eq! { [] Vec<U> }
deque_eq! { [] &[U] }
deque_eq! { [] &mut [U] }
deque_eq! { [const N: usize] [U; N] }
deque_eq! { [const N: usize] &[U; N] }
