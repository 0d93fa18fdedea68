//! `it.enumerate()`: `(index, value)` pairs.

use crate::option::Option::{self, None, Some};
use super::super::double_ended::{DoubleEndedIterator, ExactSizeIterator};
use super::super::iterator::Iterator;

#[derive(Clone, Debug)]
pub struct Enumerate<I> {
    iter: I,
    count: usize,
}

impl<I> Enumerate<I> {
    pub(in crate::iter) fn new(iter: I) -> Enumerate<I> {
        Enumerate { iter, count: 0 }
    }
}

impl<I: Iterator> Iterator for Enumerate<I> {
    type Item = (usize, I::Item);

    #[inline]
    fn next(&mut self) -> Option<(usize, I::Item)> {
        match self.iter.next() {
            Some(a) => {
                let i = self.count;
                self.count += 1;
                Some((i, a))
            }
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }

    fn nth(&mut self, n: usize) -> Option<(usize, I::Item)> {
        match self.iter.nth(n) {
            Some(a) => {
                let i = self.count + n;
                self.count = i + 1;
                Some((i, a))
            }
            None => None,
        }
    }
}

impl<I: ExactSizeIterator + DoubleEndedIterator> DoubleEndedIterator for Enumerate<I> {
    #[inline]
    fn next_back(&mut self) -> Option<(usize, I::Item)> {
        match self.iter.next_back() {
            // The index of the back value is what `next` would have counted up to.
            Some(a) => Some((self.count + self.iter.len(), a)),
            None => None,
        }
    }
}

impl<I: ExactSizeIterator> ExactSizeIterator for Enumerate<I> {}
