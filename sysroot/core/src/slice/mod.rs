//! Slices: `[T]`, a view of `len` values of `T` laid out one after another.
//!
//! The methods here are an inherent impl on the primitive type `[T]`, as in Rust's core.
//! Slice references are fat pointers (address, length); `from_raw_parts` builds one.

use crate::option::Option::{self, None, Some};
use crate::marker::Copy;

mod index;
mod iter;
mod raw;
mod search;
mod chunks;
mod chunks_more;
mod sort;
mod split;

pub use self::iter::{Iter, IterMut};
pub use self::raw::{from_mut, from_raw_parts, from_raw_parts_mut, from_ref};
pub(crate) use self::raw::{slice_from_raw_parts, slice_from_raw_parts_mut};
pub use self::chunks::{Chunks, ChunksExact, Windows};
pub use self::chunks_more::{ChunksExactMut, ChunksMut, RChunks};
pub use self::split::{ChunkBy, Split, SplitInclusive};

extern "rust-intrinsic" {
    fn slice_len<T>(s: &[T]) -> usize;
    fn slice_ptr<T>(s: &[T]) -> *const T;
    fn offset<T>(ptr: *const T, count: isize) -> *const T;
    fn read_via_copy<T>(src: *const T) -> T;
    fn write_via_move<T>(dst: *mut T, value: T);
    fn copy_nonoverlapping<T>(src: *const T, dst: *mut T, count: usize);
}

impl<T> [T] {
    /// The number of elements.
    pub const fn len(&self) -> usize {
        unsafe { slice_len(self) }
    }

    /// Whether the slice has no elements.
    pub const fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The address of the first element (dangling, but aligned, for an empty slice).
    pub const fn as_ptr(&self) -> *const T {
        unsafe { slice_ptr(self) }
    }

    /// The address of the first element, for writing.
    pub fn as_mut_ptr(&mut self) -> *mut T {
        unsafe { slice_ptr(self) as *mut T }
    }

    /// The first element, or `None` if the slice is empty.
    pub fn first(&self) -> Option<&T> {
        if self.is_empty() { None } else { Some(&self[0]) }
    }

    /// The first element for writing, or `None` if the slice is empty.
    pub fn first_mut(&mut self) -> Option<&mut T> {
        if self.is_empty() { None } else { Some(&mut self[0]) }
    }

    /// The last element, or `None` if the slice is empty.
    pub fn last(&self) -> Option<&T> {
        let n = self.len();
        if n == 0 { None } else { Some(&self[n - 1]) }
    }

    /// The last element for writing, or `None` if the slice is empty.
    pub fn last_mut(&mut self) -> Option<&mut T> {
        let n = self.len();
        if n == 0 { None } else { Some(&mut self[n - 1]) }
    }

    /// The element at `index`, or `None` when it is out of bounds.
    pub fn get(&self, index: usize) -> Option<&T> {
        if index < self.len() { Some(&self[index]) } else { None }
    }

    /// The element at `index` for writing, or `None` when it is out of bounds.
    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        if index < self.len() { Some(&mut self[index]) } else { None }
    }

    /// The first element and the rest, or `None` if the slice is empty.
    pub fn split_first(&self) -> Option<(&T, &[T])> {
        if self.is_empty() {
            return None;
        }
        let (head, tail) = self.split_at(1);
        Some((&head[0], tail))
    }

    /// The last element and everything before it, or `None` if the slice is empty.
    pub fn split_last(&self) -> Option<(&T, &[T])> {
        let n = self.len();
        if n == 0 {
            return None;
        }
        let (init, last) = self.split_at(n - 1);
        Some((&last[0], init))
    }

    /// `[0, mid)` and `[mid, len)`. Panics if `mid > len`.
    pub fn split_at(&self, mid: usize) -> (&[T], &[T]) {
        let len = self.len();
        if mid > len {
            crate::panicking::panic_str("mid > len");
        }
        unsafe { (from_raw_parts(self.as_ptr(), mid), from_raw_parts(offset(self.as_ptr(), mid as isize), len - mid)) }
    }

    /// `[0, mid)` and `[mid, len)` for writing. Panics if `mid > len`.
    pub fn split_at_mut(&mut self, mid: usize) -> (&mut [T], &mut [T]) {
        let len = self.len();
        if mid > len {
            crate::panicking::panic_str("mid > len");
        }
        let p = self.as_mut_ptr();
        unsafe { (from_raw_parts_mut(p, mid), from_raw_parts_mut(offset(p as *const T, mid as isize) as *mut T, len - mid)) }
    }

    /// Exchanges the elements at `a` and `b`. Panics if either is out of bounds.
    pub fn swap(&mut self, a: usize, b: usize) {
        let pa = &mut self[a] as *mut T;
        let pb = &mut self[b] as *mut T;
        if a != b {
            unsafe {
                let tmp = read_via_copy(pa as *const T);
                copy_nonoverlapping(pb as *const T, pa, 1);
                write_via_move(pb, tmp);
            }
        }
    }

    /// Reverses the order of the elements in place.
    pub fn reverse(&mut self) {
        let n = self.len();
        let mut i = 0;
        while i < n / 2 {
            self.swap(i, n - 1 - i);
            i += 1;
        }
    }

    /// The first element and the rest, for writing, or `None` if the slice is empty.
    pub fn split_first_mut(&mut self) -> Option<(&mut T, &mut [T])> {
        if self.is_empty() {
            return None;
        }
        let (head, tail) = self.split_at_mut(1);
        Some((&mut head[0], tail))
    }

    /// The last element and everything before it, for writing, or `None` if empty.
    pub fn split_last_mut(&mut self) -> Option<(&mut T, &mut [T])> {
        let n = self.len();
        if n == 0 {
            return None;
        }
        let (init, last) = self.split_at_mut(n - 1);
        Some((&mut last[0], init))
    }

    /// Exchanges the elements of `self` and `other` (which must have the same length).
    pub fn swap_with_slice(&mut self, other: &mut [T]) {
        if self.len() != other.len() {
            crate::panicking::panic_str("destination and source slices have different lengths");
        }
        let mut i = 0;
        while i < self.len() {
            unsafe {
                let a = self.as_mut_ptr().add(i);
                let b = other.as_mut_ptr().add(i);
                let tmp = read_via_copy(a as *const T);
                copy_nonoverlapping(b as *const T, a, 1);
                write_via_move(b, tmp);
            }
            i += 1;
        }
    }

    /// Overwrites every element with a clone of the one at the same index in `src` (which
    /// must have the same length).
    pub fn clone_from_slice(&mut self, src: &[T])
    where
        T: crate::clone::Clone,
    {
        if self.len() != src.len() {
            crate::panicking::panic_str("destination and source slices have different lengths");
        }
        let mut i = 0;
        while i < self.len() {
            self[i] = src[i].clone();
            i += 1;
        }
    }

    /// Whether the elements are in non-decreasing order.
    pub fn is_sorted(&self) -> bool
    where
        T: PartialOrd,
    {
        let mut i = 1;
        while i < self.len() {
            if !(self[i - 1] <= self[i]) {
                return false;
            }
            i += 1;
        }
        true
    }

    /// Whether `compare` holds for every pair of neighbours.
    pub fn is_sorted_by<'a, F: FnMut(&'a T, &'a T) -> bool>(&'a self, mut compare: F) -> bool {
        let mut i = 1;
        while i < self.len() {
            if !compare(&self[i - 1], &self[i]) {
                return false;
            }
            i += 1;
        }
        true
    }

    /// Whether the keys `f` extracts are in non-decreasing order.
    pub fn is_sorted_by_key<'a, F: FnMut(&'a T) -> K, K: PartialOrd>(&'a self, mut f: F) -> bool {
        if self.is_empty() {
            return true;
        }
        let mut last = f(&self[0]);
        let mut i = 1;
        while i < self.len() {
            let k = f(&self[i]);
            if !(last <= k) {
                return false;
            }
            last = k;
            i += 1;
        }
        true
    }

    /// Copies all elements from `src` (which must have the same length) into `self`.
    pub fn copy_from_slice(&mut self, src: &[T])
    where
        T: Copy,
    {
        if self.len() != src.len() {
            len_mismatch_fail(self.len(), src.len());
        }
        unsafe { copy_nonoverlapping(src.as_ptr(), self.as_mut_ptr(), self.len()) }
    }
}

#[inline(never)]
#[cold]
fn len_mismatch_fail(dst_len: usize, src_len: usize) -> ! {
    let _ = (dst_len, src_len);
    crate::panicking::panic_str("source slice length does not match destination slice length")
}
