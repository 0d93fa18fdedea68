//! `it.enumerate()`: `(index, value)` pairs.

use crate::option::Option::{self, None, Some};
use super::super::iterator::Iterator;

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
}
