//! `LinkedList<T>`: a doubly-linked list of heap nodes, with O(1) pushes and pops at both
//! ends and O(1) `append`.

use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::iter::{DoubleEndedIterator, ExactSizeIterator, Extend, FromIterator, IntoIterator, Iterator};
use core::marker::PhantomData;
use core::mem;
use core::ptr;

use crate::boxed::Box;

struct Node<T> {
    next: *mut Node<T>,
    prev: *mut Node<T>,
    element: T,
}

pub struct LinkedList<T> {
    head: *mut Node<T>,
    tail: *mut Node<T>,
    len: usize,
}

impl<T> LinkedList<T> {
    pub const fn new() -> LinkedList<T> {
        LinkedList { head: ptr::null_mut(), tail: ptr::null_mut(), len: 0 }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn clear(&mut self) {
        drop(mem::replace(self, LinkedList::new()));
    }

    pub fn push_front(&mut self, element: T) {
        let node = Box::into_raw(Box::new(Node { next: self.head, prev: ptr::null_mut(), element }));
        if self.head.is_null() {
            self.tail = node;
        } else {
            unsafe { (*self.head).prev = node };
        }
        self.head = node;
        self.len += 1;
    }

    pub fn push_back(&mut self, element: T) {
        let node = Box::into_raw(Box::new(Node { next: ptr::null_mut(), prev: self.tail, element }));
        if self.tail.is_null() {
            self.head = node;
        } else {
            unsafe { (*self.tail).next = node };
        }
        self.tail = node;
        self.len += 1;
    }

    pub fn pop_front(&mut self) -> Option<T> {
        if self.head.is_null() {
            return None;
        }
        let node = unsafe { Box::from_raw(self.head) };
        self.head = node.next;
        if self.head.is_null() {
            self.tail = ptr::null_mut();
        } else {
            unsafe { (*self.head).prev = ptr::null_mut() };
        }
        self.len -= 1;
        Some(Box::into_inner(node).element)
    }

    pub fn pop_back(&mut self) -> Option<T> {
        if self.tail.is_null() {
            return None;
        }
        let node = unsafe { Box::from_raw(self.tail) };
        self.tail = node.prev;
        if self.tail.is_null() {
            self.head = ptr::null_mut();
        } else {
            unsafe { (*self.tail).next = ptr::null_mut() };
        }
        self.len -= 1;
        Some(Box::into_inner(node).element)
    }

    pub fn front(&self) -> Option<&T> {
        if self.head.is_null() { None } else { Some(unsafe { &(*self.head).element }) }
    }

    pub fn front_mut(&mut self) -> Option<&mut T> {
        if self.head.is_null() { None } else { Some(unsafe { &mut (*self.head).element }) }
    }

    pub fn back(&self) -> Option<&T> {
        if self.tail.is_null() { None } else { Some(unsafe { &(*self.tail).element }) }
    }

    pub fn back_mut(&mut self) -> Option<&mut T> {
        if self.tail.is_null() { None } else { Some(unsafe { &mut (*self.tail).element }) }
    }

    /// Moves every element of `other` to the end of `self`, relinking the nodes.
    pub fn append(&mut self, other: &mut LinkedList<T>) {
        if other.head.is_null() {
            return;
        }
        if self.tail.is_null() {
            mem::swap(self, other);
            return;
        }
        unsafe {
            (*self.tail).next = other.head;
            (*other.head).prev = self.tail;
        }
        self.tail = other.tail;
        self.len += other.len;
        other.head = ptr::null_mut();
        other.tail = ptr::null_mut();
        other.len = 0;
    }

    /// Splits the list at index `at`: `self` keeps the first `at` elements, the result
    /// holds the rest. Panics if `at > len`.
    pub fn split_off(&mut self, at: usize) -> LinkedList<T> {
        let len = self.len;
        assert!(at <= len, "Cannot split off at a nonexistent index");
        if at == 0 {
            return mem::replace(self, LinkedList::new());
        }
        if at == len {
            return LinkedList::new();
        }
        // Walk from the nearer end to the last node that stays.
        let last = if at - 1 <= len - 1 - (at - 1) {
            let mut n = self.head;
            let mut i = 0;
            while i < at - 1 {
                n = unsafe { (*n).next };
                i += 1;
            }
            n
        } else {
            let mut n = self.tail;
            let mut i = len - 1;
            while i > at - 1 {
                n = unsafe { (*n).prev };
                i -= 1;
            }
            n
        };
        let first_moved = unsafe { (*last).next };
        unsafe {
            (*last).next = ptr::null_mut();
            (*first_moved).prev = ptr::null_mut();
        }
        let tail = LinkedList { head: first_moved, tail: self.tail, len: len - at };
        self.tail = last;
        self.len = at;
        tail
    }

    pub fn iter(&self) -> Iter<'_, T> {
        Iter { head: self.head, tail: self.tail, len: self.len, marker: PhantomData }
    }

    pub fn iter_mut(&mut self) -> IterMut<'_, T> {
        IterMut { head: self.head, tail: self.tail, len: self.len, marker: PhantomData }
    }
}

impl<T: PartialEq> LinkedList<T> {
    pub fn contains(&self, x: &T) -> bool {
        for v in self.iter() {
            if *v == *x {
                return true;
            }
        }
        false
    }
}

impl<T> Drop for LinkedList<T> {
    fn drop(&mut self) {
        while let Some(v) = self.pop_front() {
            drop(v);
        }
    }
}

impl<T> Default for LinkedList<T> {
    fn default() -> LinkedList<T> {
        LinkedList::new()
    }
}

impl<T: Clone> Clone for LinkedList<T> {
    fn clone(&self) -> LinkedList<T> {
        let mut out = LinkedList::new();
        for v in self.iter() {
            out.push_back(v.clone());
        }
        out
    }
}

impl<T: fmt::Debug> fmt::Debug for LinkedList<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut l = f.debug_list();
        for v in self.iter() {
            l.entry(v);
        }
        l.finish()
    }
}

impl<T: PartialEq> PartialEq for LinkedList<T> {
    fn eq(&self, other: &LinkedList<T>) -> bool {
        if self.len != other.len {
            return false;
        }
        let mut b = other.iter();
        for a in self.iter() {
            match b.next() {
                Some(y) => {
                    if *a != *y {
                        return false;
                    }
                }
                None => return false,
            }
        }
        true
    }
}

impl<T: Eq> Eq for LinkedList<T> {}

impl<T: PartialOrd> PartialOrd for LinkedList<T> {
    /// Lexicographic, element by element.
    fn partial_cmp(&self, other: &LinkedList<T>) -> Option<Ordering> {
        let mut b = other.iter();
        for a in self.iter() {
            match b.next() {
                None => return Some(Ordering::Greater),
                Some(y) => match a.partial_cmp(y) {
                    Some(Ordering::Equal) => {}
                    non_eq => return non_eq,
                },
            }
        }
        if b.next().is_some() { Some(Ordering::Less) } else { Some(Ordering::Equal) }
    }
}

impl<T: Ord> Ord for LinkedList<T> {
    fn cmp(&self, other: &LinkedList<T>) -> Ordering {
        let mut b = other.iter();
        for a in self.iter() {
            match b.next() {
                None => return Ordering::Greater,
                Some(y) => match a.cmp(y) {
                    Ordering::Equal => {}
                    non_eq => return non_eq,
                },
            }
        }
        if b.next().is_some() { Ordering::Less } else { Ordering::Equal }
    }
}

impl<T: Hash> Hash for LinkedList<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_usize(self.len);
        for v in self.iter() {
            v.hash(state);
        }
    }
}

impl<T> Extend<T> for LinkedList<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for v in iter {
            self.push_back(v);
        }
    }
}

impl<'a, T: 'a + Copy> Extend<&'a T> for LinkedList<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        for v in iter {
            self.push_back(*v);
        }
    }
}

impl<T> FromIterator<T> for LinkedList<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> LinkedList<T> {
        let mut list = LinkedList::new();
        list.extend(iter);
        list
    }
}

impl<T, const N: usize> From<[T; N]> for LinkedList<T> {
    /// The array's values, front to back.
    fn from(arr: [T; N]) -> LinkedList<T> {
        let mut l = LinkedList::new();
        l.extend(arr);
        l
    }
}

impl<T> IntoIterator for LinkedList<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;

    fn into_iter(self) -> IntoIter<T> {
        IntoIter { list: self }
    }
}

impl<'a, T> IntoIterator for &'a LinkedList<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<'a, T> IntoIterator for &'a mut LinkedList<T> {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;

    fn into_iter(self) -> IterMut<'a, T> {
        self.iter_mut()
    }
}

pub struct Iter<'a, T> {
    head: *mut Node<T>,
    tail: *mut Node<T>,
    len: usize,
    marker: PhantomData<&'a Node<T>>,
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        let n = self.head;
        unsafe {
            self.head = (*n).next;
            Some(&(*n).element)
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.len, Some(self.len))
    }
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        let n = self.tail;
        unsafe {
            self.tail = (*n).prev;
            Some(&(*n).element)
        }
    }
}

impl<'a, T> ExactSizeIterator for Iter<'a, T> {}

impl<'a, T> Clone for Iter<'a, T> {
    fn clone(&self) -> Iter<'a, T> {
        Iter { head: self.head, tail: self.tail, len: self.len, marker: PhantomData }
    }
}

pub struct IterMut<'a, T> {
    head: *mut Node<T>,
    tail: *mut Node<T>,
    len: usize,
    marker: PhantomData<&'a mut Node<T>>,
}

impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;

    fn next(&mut self) -> Option<&'a mut T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        let n = self.head;
        unsafe {
            self.head = (*n).next;
            Some(&mut (*n).element)
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.len, Some(self.len))
    }
}

impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {
    fn next_back(&mut self) -> Option<&'a mut T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        let n = self.tail;
        unsafe {
            self.tail = (*n).prev;
            Some(&mut (*n).element)
        }
    }
}

impl<'a, T> ExactSizeIterator for IterMut<'a, T> {}

pub struct IntoIter<T> {
    list: LinkedList<T>,
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.list.pop_front()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.list.len, Some(self.list.len))
    }
}

impl<T> DoubleEndedIterator for IntoIter<T> {
    fn next_back(&mut self) -> Option<T> {
        self.list.pop_back()
    }
}

impl<T> ExactSizeIterator for IntoIter<T> {}
