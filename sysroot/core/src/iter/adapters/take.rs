//! `it.take(n)`: at most the first `n` values.

use crate::option::Option::{self, None, Some};
use super::super::double_ended::{DoubleEndedIterator, ExactSizeIterator};
use super::super::iterator::Iterator;

#[derive(Clone, Debug)]
pub struct Take<I> {
    iter: I,
    n: usize,
}

impl<I> Take<I> {
    pub(in crate::iter) fn new(iter: I, n: usize) -> Take<I> {
        Take { iter, n }
    }
}

impl<I: Iterator> Iterator for Take<I> {
    type Item = I::Item;

    #[inline]
    fn next(&mut self) -> Option<I::Item> {
        if self.n != 0 {
            self.n -= 1;
            self.iter.next()
        } else {
            None
        }
    }

    fn nth(&mut self, n: usize) -> Option<I::Item> {
        if self.n > n {
            self.n -= n + 1;
            self.iter.nth(n)
        } else {
            if self.n > 0 {
                self.iter.nth(self.n - 1);
                self.n = 0;
            }
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.n == 0 {
            return (0, Some(0));
        }
        let (lo, hi) = self.iter.size_hint();
        let lo = if lo < self.n { lo } else { self.n };
        let hi = match hi {
            Some(h) => if h < self.n { h } else { self.n },
            None => self.n,
        };
        (lo, Some(hi))
    }
}

impl<I: DoubleEndedIterator + ExactSizeIterator> DoubleEndedIterator for Take<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        if self.n == 0 {
            return None;
        }
        // Skip the values past the first `n` from the back.
        let n = self.n;
        self.n -= 1;
        let len = self.iter.len();
        self.iter.nth_back(if len > n { len - n } else { 0 })
    }
}

impl<I: ExactSizeIterator> ExactSizeIterator for Take<I> {}
