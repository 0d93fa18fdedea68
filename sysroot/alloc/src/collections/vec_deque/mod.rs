//! `VecDeque<T>`: a double-ended queue in a ring buffer. Element `i` lives at
//! `(head + i) % cap`; growing copies the elements to the front of a buffer twice as big.

use core::fmt;
use core::iter::{DoubleEndedIterator, ExactSizeIterator, Extend, FromIterator, IntoIterator, Iterator};
use core::ops::{Index, IndexMut};
use core::ptr;

use crate::vec::Vec;

mod edit;

pub use self::edit::Drain;

pub struct VecDeque<T> {
    /// Storage only: its length stays 0, its capacity is the ring's size.
    buf: Vec<T>,
    head: usize,
    len: usize,
}

impl<T> VecDeque<T> {
    pub const fn new() -> VecDeque<T> {
        VecDeque { buf: Vec::new(), head: 0, len: 0 }
    }

    pub fn with_capacity(capacity: usize) -> VecDeque<T> {
        VecDeque { buf: Vec::with_capacity(capacity), head: 0, len: 0 }
    }

    fn cap(&self) -> usize {
        self.buf.capacity()
    }

    pub fn capacity(&self) -> usize {
        self.cap()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Physical slot of logical index `i` (`i <= len`, capacity non-zero).
    fn slot(&self, i: usize) -> usize {
        let s = self.head + i;
        if s >= self.cap() { s - self.cap() } else { s }
    }

    fn ptr_at(&self, i: usize) -> *mut T {
        unsafe { (self.buf.as_ptr() as *mut T).add(self.slot(i)) }
    }

    /// Moves the elements, in order, to the start of a buffer of `new_cap` slots.
    fn relocate(&mut self, new_cap: usize) {
        let mut fresh: Vec<T> = Vec::with_capacity(new_cap);
        let dst = fresh.as_mut_ptr();
        let mut i = 0;
        while i < self.len {
            unsafe { ptr::write(dst.add(i), ptr::read(self.ptr_at(i))) };
            i += 1;
        }
        // The old buffer's length is 0: dropping it frees the memory, not the moved values.
        self.buf = fresh;
        self.head = 0;
    }

    fn grow_if_full(&mut self) {
        if self.len == self.cap() {
            let cap = self.cap();
            self.relocate(if cap < 4 { 4 } else { cap * 2 });
        }
    }

    pub fn reserve(&mut self, additional: usize) {
        let need = self.len + additional;
        if need > self.cap() {
            let doubled = self.cap() * 2;
            self.relocate(if doubled > need { doubled } else { need });
        }
    }

    pub fn push_back(&mut self, value: T) {
        self.grow_if_full();
        let p = self.ptr_at(self.len);
        unsafe { ptr::write(p, value) };
        self.len += 1;
    }

    pub fn push_front(&mut self, value: T) {
        self.grow_if_full();
        self.head = if self.head == 0 { self.cap() - 1 } else { self.head - 1 };
        let p = self.ptr_at(0);
        unsafe { ptr::write(p, value) };
        self.len += 1;
    }

    pub fn pop_back(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        Some(unsafe { ptr::read(self.ptr_at(self.len)) })
    }

    pub fn pop_front(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let v = unsafe { ptr::read(self.ptr_at(0)) };
        self.head = self.slot(1);
        self.len -= 1;
        if self.len == 0 {
            self.head = 0;
        }
        Some(v)
    }

    pub fn get(&self, index: usize) -> Option<&T> {
        if index < self.len { Some(unsafe { &*self.ptr_at(index) }) } else { None }
    }

    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        if index < self.len { Some(unsafe { &mut *self.ptr_at(index) }) } else { None }
    }

    pub fn front(&self) -> Option<&T> {
        self.get(0)
    }

    pub fn back(&self) -> Option<&T> {
        if self.len == 0 { None } else { self.get(self.len - 1) }
    }

    pub fn front_mut(&mut self) -> Option<&mut T> {
        self.get_mut(0)
    }

    pub fn back_mut(&mut self) -> Option<&mut T> {
        if self.len == 0 { None } else { let i = self.len - 1; self.get_mut(i) }
    }

    pub fn swap(&mut self, i: usize, j: usize) {
        assert!(i < self.len && j < self.len, "assertion failed: i < self.len() && j < self.len()");
        if i != j {
            unsafe {
                let a = ptr::read(self.ptr_at(i));
                ptr::write(self.ptr_at(i), ptr::read(self.ptr_at(j)));
                ptr::write(self.ptr_at(j), a);
            }
        }
    }

    /// Inserts at `index`, shifting the later elements back.
    pub fn insert(&mut self, index: usize, value: T) {
        assert!(index <= self.len, "index out of bounds");
        self.push_back(value);
        let mut i = self.len - 1;
        while i > index {
            self.swap(i - 1, i);
            i -= 1;
        }
    }

    /// Removes the element at `index`, shifting the later ones forward.
    pub fn remove(&mut self, index: usize) -> Option<T> {
        if index >= self.len {
            return None;
        }
        let mut i = index;
        while i + 1 < self.len {
            self.swap(i, i + 1);
            i += 1;
        }
        self.pop_back()
    }

    /// Drops the elements from `len` on, front to back (as Rust drops a slice).
    pub fn truncate(&mut self, len: usize) {
        if len >= self.len {
            return;
        }
        let old = self.len;
        self.len = len;
        let mut i = len;
        while i < old {
            unsafe { ptr::drop_in_place(self.ptr_at(i)) };
            i += 1;
        }
    }

    pub fn clear(&mut self) {
        self.truncate(0);
        self.head = 0;
    }

    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut keep: F) {
        let n = self.len;
        let mut i = 0;
        while i < n {
            let v = self.pop_front().unwrap();
            if keep(&v) {
                self.push_back(v);
            }
            i += 1;
        }
    }

    pub fn rotate_left(&mut self, n: usize) {
        assert!(n <= self.len, "assertion failed: n <= self.len()");
        let mut i = 0;
        while i < n {
            let v = self.pop_front().unwrap();
            self.push_back(v);
            i += 1;
        }
    }

    pub fn rotate_right(&mut self, n: usize) {
        assert!(n <= self.len, "assertion failed: n <= self.len()");
        let mut i = 0;
        while i < n {
            let v = self.pop_back().unwrap();
            self.push_front(v);
            i += 1;
        }
    }

    /// Moves the elements to the start of the buffer and returns them as one slice.
    pub fn make_contiguous(&mut self) -> &mut [T] {
        if self.head + self.len > self.cap() {
            let cap = self.cap();
            self.relocate(cap);
        }
        unsafe { core::slice::from_raw_parts_mut(self.ptr_at(0), self.len) }
    }

    pub fn iter(&self) -> Iter<'_, T> {
        Iter { deque: self, front: 0, back: self.len }
    }

    pub fn iter_mut(&mut self) -> IterMut<'_, T> {
        let back = self.len;
        IterMut { deque: self, front: 0, back }
    }
}

impl<T: PartialEq> VecDeque<T> {
    pub fn contains(&self, x: &T) -> bool {
        let mut i = 0;
        while i < self.len {
            if unsafe { &*self.ptr_at(i) } == x {
                return true;
            }
            i += 1;
        }
        false
    }
}

impl<T> Drop for VecDeque<T> {
    fn drop(&mut self) {
        let mut i = 0;
        while i < self.len {
            unsafe { ptr::drop_in_place(self.ptr_at(i)) };
            i += 1;
        }
    }
}

impl<T> Index<usize> for VecDeque<T> {
    type Output = T;

    fn index(&self, index: usize) -> &T {
        self.get(index).expect("Out of bounds access")
    }
}

impl<T> IndexMut<usize> for VecDeque<T> {
    fn index_mut(&mut self, index: usize) -> &mut T {
        self.get_mut(index).expect("Out of bounds access")
    }
}

impl<T: fmt::Debug> fmt::Debug for VecDeque<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut l = f.debug_list();
        for v in self.iter() {
            l.entry(v);
        }
        l.finish()
    }
}

impl<T: Clone> Clone for VecDeque<T> {
    fn clone(&self) -> VecDeque<T> {
        let mut out = VecDeque::with_capacity(self.len);
        for v in self.iter() {
            out.push_back(v.clone());
        }
        out
    }
}

impl<T: PartialEq> PartialEq for VecDeque<T> {
    fn eq(&self, other: &VecDeque<T>) -> bool {
        if self.len != other.len {
            return false;
        }
        let mut i = 0;
        while i < self.len {
            if self[i] != other[i] {
                return false;
            }
            i += 1;
        }
        true
    }
}

impl<T: Eq> Eq for VecDeque<T> {}

impl<T> Default for VecDeque<T> {
    fn default() -> VecDeque<T> {
        VecDeque::new()
    }
}

impl<T> Extend<T> for VecDeque<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for v in iter {
            self.push_back(v);
        }
    }
}

impl<T> FromIterator<T> for VecDeque<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> VecDeque<T> {
        let mut d = VecDeque::new();
        d.extend(iter);
        d
    }
}

impl<T, const N: usize> From<[T; N]> for VecDeque<T> {
    /// The array's values, front to back.
    fn from(arr: [T; N]) -> VecDeque<T> {
        let mut d = VecDeque::new();
        d.extend(arr);
        d
    }
}

impl<T> From<Vec<T>> for VecDeque<T> {
    fn from(v: Vec<T>) -> VecDeque<T> {
        let mut d = VecDeque::with_capacity(v.len());
        for x in v {
            d.push_back(x);
        }
        d
    }
}

impl<T> From<VecDeque<T>> for Vec<T> {
    fn from(mut d: VecDeque<T>) -> Vec<T> {
        let mut v = Vec::with_capacity(d.len());
        while let Some(x) = d.pop_front() {
            v.push(x);
        }
        v
    }
}

pub struct Iter<'a, T> {
    deque: &'a VecDeque<T>,
    front: usize,
    back: usize,
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        if self.front == self.back {
            return None;
        }
        let p = self.deque.ptr_at(self.front);
        self.front += 1;
        Some(unsafe { &*p })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.back - self.front, Some(self.back - self.front))
    }
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        Some(unsafe { &*self.deque.ptr_at(self.back) })
    }
}

impl<'a, T> ExactSizeIterator for Iter<'a, T> {}

pub struct IterMut<'a, T> {
    deque: &'a mut VecDeque<T>,
    front: usize,
    back: usize,
}

impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;

    fn next(&mut self) -> Option<&'a mut T> {
        if self.front == self.back {
            return None;
        }
        let p = self.deque.ptr_at(self.front);
        self.front += 1;
        Some(unsafe { &mut *p })
    }
}

impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {
    fn next_back(&mut self) -> Option<&'a mut T> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        Some(unsafe { &mut *self.deque.ptr_at(self.back) })
    }
}

pub struct IntoIter<T> {
    deque: VecDeque<T>,
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.deque.pop_front()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.deque.len(), Some(self.deque.len()))
    }
}

impl<T> DoubleEndedIterator for IntoIter<T> {
    fn next_back(&mut self) -> Option<T> {
        self.deque.pop_back()
    }
}

impl<T> IntoIterator for VecDeque<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;

    fn into_iter(self) -> IntoIter<T> {
        IntoIter { deque: self }
    }
}

impl<'a, T> IntoIterator for &'a VecDeque<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<'a, T> IntoIterator for &'a mut VecDeque<T> {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;

    fn into_iter(self) -> IterMut<'a, T> {
        self.iter_mut()
    }
}
