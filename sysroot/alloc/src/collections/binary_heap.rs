//! `BinaryHeap<T>`: a max-heap in a vector (element `i`'s children are `2i + 1` and
//! `2i + 2`). The sifting follows Rust's algorithms step for step, so the internal order
//! that `iter` and `Debug` show is the same as Rust's.

use core::fmt;
use core::iter::{DoubleEndedIterator, ExactSizeIterator, Extend, FromIterator, IntoIterator, Iterator};
use core::marker::PhantomData;
use core::mem;
use core::ops::{Deref, DerefMut};
use core::ptr;

use crate::vec::{self, Vec};

pub struct BinaryHeap<T> {
    data: Vec<T>,
}

/// An element taken out of the vector, leaving a hole that moves as other elements shift
/// into it; the element goes back into the hole's final place.
struct Hole<T> {
    base: *mut T,
    elt: mem::ManuallyDrop<T>,
    pos: usize,
}

impl<T> Hole<T> {
    unsafe fn new(data: &mut Vec<T>, pos: usize) -> Hole<T> {
        let base = data.as_mut_ptr();
        let elt = ptr::read(base.add(pos));
        Hole { base, elt: mem::ManuallyDrop::new(elt), pos }
    }

    fn element(&self) -> &T {
        &*self.elt
    }

    unsafe fn get(&self, i: usize) -> &T {
        &*self.base.add(i)
    }

    /// Moves element `i` into the hole; the hole moves to `i`.
    unsafe fn move_to(&mut self, i: usize) {
        ptr::copy_nonoverlapping(self.base.add(i), self.base.add(self.pos), 1);
        self.pos = i;
    }
}

impl<T> Drop for Hole<T> {
    fn drop(&mut self) {
        unsafe { ptr::copy_nonoverlapping(&*self.elt as *const T, self.base.add(self.pos), 1) };
    }
}

impl<T: Ord> BinaryHeap<T> {
    pub fn new() -> BinaryHeap<T> {
        BinaryHeap { data: Vec::new() }
    }

    pub fn with_capacity(capacity: usize) -> BinaryHeap<T> {
        BinaryHeap { data: Vec::with_capacity(capacity) }
    }

    /// The greatest element, mutable in place: the heap is repaired when the guard drops,
    /// if it was changed.
    pub fn peek_mut(&mut self) -> Option<PeekMut<'_, T>> {
        if self.is_empty() { None } else { Some(PeekMut { heap: self, sift: false }) }
    }

    /// Removes the greatest element: the last one takes its place, sinks to the bottom
    /// along the larger children and rises back to where it belongs.
    pub fn pop(&mut self) -> Option<T> {
        let mut item = self.data.pop()?;
        if !self.is_empty() {
            mem::swap(&mut item, &mut self.data[0]);
            unsafe { self.sift_down_to_bottom(0) };
        }
        Some(item)
    }

    pub fn push(&mut self, item: T) {
        let old_len = self.len();
        self.data.push(item);
        unsafe { self.sift_up(0, old_len) };
    }

    /// The elements in ascending order (a heap sort).
    pub fn into_sorted_vec(mut self) -> Vec<T> {
        let mut end = self.len();
        while end > 1 {
            end -= 1;
            unsafe {
                let p = self.data.as_mut_ptr();
                let first = ptr::read(p);
                ptr::copy_nonoverlapping(p.add(end), p, 1);
                ptr::write(p.add(end), first);
                self.sift_down_range(0, end);
            }
        }
        self.into_vec()
    }

    /// Moves the element at `pos` up while it is greater than its parent, not above
    /// `start`; returns where it ends.
    unsafe fn sift_up(&mut self, start: usize, pos: usize) -> usize {
        let mut hole = Hole::new(&mut self.data, pos);
        while hole.pos > start {
            let parent = (hole.pos - 1) / 2;
            if hole.element() <= hole.get(parent) {
                break;
            }
            hole.move_to(parent);
        }
        hole.pos
    }

    /// Moves the element at `pos` down while a child in `..end` is greater.
    unsafe fn sift_down_range(&mut self, pos: usize, end: usize) {
        let mut hole = Hole::new(&mut self.data, pos);
        let mut child = 2 * hole.pos + 1;
        while child <= end.saturating_sub(2) {
            // The greater child (the right one on a tie).
            if hole.get(child) <= hole.get(child + 1) {
                child += 1;
            }
            if hole.element() >= hole.get(child) {
                return;
            }
            hole.move_to(child);
            child = 2 * hole.pos + 1;
        }
        if child == end - 1 && hole.element() < hole.get(child) {
            hole.move_to(child);
        }
    }

    unsafe fn sift_down(&mut self, pos: usize) {
        let len = self.len();
        self.sift_down_range(pos, len);
    }

    /// Moves the element at `pos` all the way down along the greater children, then up to
    /// its place: fewer comparisons for an element that most likely belongs low (`pop`).
    unsafe fn sift_down_to_bottom(&mut self, pos: usize) {
        let end = self.len();
        let start = pos;
        let bottom;
        {
            let mut hole = Hole::new(&mut self.data, pos);
            let mut child = 2 * hole.pos + 1;
            while child <= end.saturating_sub(2) {
                if hole.get(child) <= hole.get(child + 1) {
                    child += 1;
                }
                hole.move_to(child);
                child = 2 * hole.pos + 1;
            }
            if child == end - 1 {
                hole.move_to(child);
            }
            bottom = hole.pos;
        }
        self.sift_up(start, bottom);
    }

    /// Restores the heap after elements were appended from `start` on (`data[..start]`
    /// is still a heap): sifts each up, or heapifies everything when that is cheaper.
    fn rebuild_tail(&mut self, start: usize) {
        if start == self.len() {
            return;
        }
        let tail_len = self.len() - start;
        let better_to_rebuild = if start < tail_len {
            true
        } else if self.len() <= 2048 {
            2 * self.len() < tail_len * log2_floor(start)
        } else {
            2 * self.len() < tail_len * 11
        };
        if better_to_rebuild {
            self.rebuild();
        } else {
            let mut i = start;
            while i < self.len() {
                unsafe { self.sift_up(0, i) };
                i += 1;
            }
        }
    }

    /// Heapifies the whole vector, sifting down from the last parent to the root.
    fn rebuild(&mut self) {
        let mut n = self.len() / 2;
        while n > 0 {
            n -= 1;
            unsafe { self.sift_down(n) };
        }
    }

    /// Moves every element of `other` into `self`.
    pub fn append(&mut self, other: &mut BinaryHeap<T>) {
        if self.len() < other.len() {
            mem::swap(self, other);
        }
        let start = self.data.len();
        self.data.append(&mut other.data);
        self.rebuild_tail(start);
    }

    /// Keeps the elements for which `keep` returns true (visited in the vector's order).
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut keep: F) {
        let mut first_removed = self.len();
        let mut i = 0;
        self.data.retain(|e| {
            let k = keep(e);
            if !k && i < first_removed {
                first_removed = i;
            }
            i += 1;
            k
        });
        self.rebuild_tail(first_removed);
    }
}

fn log2_floor(x: usize) -> usize {
    let mut n = 0;
    let mut x = x;
    while x > 1 {
        x >>= 1;
        n += 1;
    }
    n
}

impl<T> BinaryHeap<T> {
    pub fn peek(&self) -> Option<&T> {
        self.data.first()
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.data.capacity()
    }

    pub fn reserve(&mut self, additional: usize) {
        self.data.reserve(additional);
    }

    pub fn shrink_to_fit(&mut self) {
        self.data.shrink_to_fit();
    }

    pub fn clear(&mut self) {
        self.data.clear();
    }

    /// The elements in the heap's internal order.
    pub fn iter(&self) -> Iter<'_, T> {
        Iter { inner: self.data.iter() }
    }

    pub fn as_slice(&self) -> &[T] {
        self.data.as_slice()
    }

    /// The underlying vector, in the heap's internal order.
    pub fn into_vec(self) -> Vec<T> {
        self.data
    }

    /// Empties the heap, yielding the elements in its internal order.
    pub fn drain(&mut self) -> Drain<'_, T> {
        let data = mem::replace(&mut self.data, Vec::new());
        Drain { inner: data.into_iter(), marker: PhantomData }
    }
}

/// The greatest element of a heap, borrowed mutably; dropping it sifts the element down if
/// it was accessed mutably.
pub struct PeekMut<'a, T: Ord> {
    heap: &'a mut BinaryHeap<T>,
    sift: bool,
}

impl<'a, T: Ord> PeekMut<'a, T> {
    /// Removes the peeked element from the heap and returns it.
    pub fn pop(mut this: PeekMut<'a, T>) -> T {
        this.sift = false;
        this.heap.pop().unwrap()
    }
}

impl<'a, T: Ord> Drop for PeekMut<'a, T> {
    fn drop(&mut self) {
        if self.sift {
            unsafe { self.heap.sift_down(0) };
        }
    }
}

impl<'a, T: Ord> Deref for PeekMut<'a, T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.heap.data[0]
    }
}

impl<'a, T: Ord> DerefMut for PeekMut<'a, T> {
    fn deref_mut(&mut self) -> &mut T {
        self.sift = true;
        &mut self.heap.data[0]
    }
}

impl<'a, T: Ord + fmt::Debug> fmt::Debug for PeekMut<'a, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("PeekMut").field(&self.heap.data[0]).finish()
    }
}

impl<T: Clone> Clone for BinaryHeap<T> {
    fn clone(&self) -> BinaryHeap<T> {
        BinaryHeap { data: self.data.clone() }
    }
}

impl<T: Ord> Default for BinaryHeap<T> {
    fn default() -> BinaryHeap<T> {
        BinaryHeap::new()
    }
}

impl<T: fmt::Debug> fmt::Debug for BinaryHeap<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut l = f.debug_list();
        for v in self.data.iter() {
            l.entry(v);
        }
        l.finish()
    }
}

impl<T: Ord> From<Vec<T>> for BinaryHeap<T> {
    /// Heapifies the vector in place.
    fn from(vec: Vec<T>) -> BinaryHeap<T> {
        let mut heap = BinaryHeap { data: vec };
        heap.rebuild();
        heap
    }
}

impl<T> From<BinaryHeap<T>> for Vec<T> {
    fn from(heap: BinaryHeap<T>) -> Vec<T> {
        heap.data
    }
}

impl<T: Ord> FromIterator<T> for BinaryHeap<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> BinaryHeap<T> {
        let mut data = Vec::new();
        data.extend(iter);
        BinaryHeap::from(data)
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for BinaryHeap<T> {
    /// A heap of the array's values (heapified at once, as `from_iter` does).
    fn from(arr: [T; N]) -> BinaryHeap<T> {
        let data: Vec<T> = Vec::from(arr);
        BinaryHeap::from(data)
    }
}

impl<T: Ord> Extend<T> for BinaryHeap<T> {
    /// Appends the elements, then restores the heap from where they start.
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        let start = self.len();
        self.data.extend(iter);
        self.rebuild_tail(start);
    }
}

impl<'a, T: 'a + Ord + Copy> Extend<&'a T> for BinaryHeap<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        let start = self.len();
        for v in iter {
            self.data.push(*v);
        }
        self.rebuild_tail(start);
    }
}

impl<T> IntoIterator for BinaryHeap<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;

    /// The elements in the heap's internal order.
    fn into_iter(self) -> IntoIter<T> {
        IntoIter { inner: self.data.into_iter() }
    }
}

impl<'a, T> IntoIterator for &'a BinaryHeap<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

pub struct Iter<'a, T> {
    inner: core::slice::Iter<'a, T>,
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        self.inner.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> {
        self.inner.next_back()
    }
}

impl<'a, T> ExactSizeIterator for Iter<'a, T> {}

impl<'a, T> Clone for Iter<'a, T> {
    fn clone(&self) -> Iter<'a, T> {
        Iter { inner: self.inner.clone() }
    }
}

pub struct IntoIter<T> {
    inner: vec::IntoIter<T>,
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.inner.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<T> DoubleEndedIterator for IntoIter<T> {
    fn next_back(&mut self) -> Option<T> {
        self.inner.next_back()
    }
}

impl<T> ExactSizeIterator for IntoIter<T> {}

/// The elements a `drain` took out of the heap.
pub struct Drain<'a, T> {
    inner: vec::IntoIter<T>,
    marker: PhantomData<&'a mut BinaryHeap<T>>,
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
