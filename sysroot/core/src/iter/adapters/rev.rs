//! `it.rev()`: a double-ended iterator run backwards.

use crate::option::Option;
use super::super::double_ended::{DoubleEndedIterator, ExactSizeIterator};
use super::super::iterator::Iterator;

#[derive(Clone, Debug)]
pub struct Rev<I> {
    iter: I,
}

impl<I> Rev<I> {
    pub(in crate::iter) fn new(iter: I) -> Rev<I> {
        Rev { iter }
    }
}

impl<I: DoubleEndedIterator> Iterator for Rev<I> {
    type Item = I::Item;

    #[inline]
    fn next(&mut self) -> Option<I::Item> {
        self.iter.next_back()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }

    fn nth(&mut self, n: usize) -> Option<I::Item> {
        self.iter.nth_back(n)
    }
}

impl<I: DoubleEndedIterator> DoubleEndedIterator for Rev<I> {
    #[inline]
    fn next_back(&mut self) -> Option<I::Item> {
        self.iter.next()
    }
}

impl<I: DoubleEndedIterator + ExactSizeIterator> ExactSizeIterator for Rev<I> {}
