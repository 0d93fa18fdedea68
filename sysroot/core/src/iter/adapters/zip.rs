//! `a.zip(b)`: pairs of values, until either iterator ends.

use crate::option::Option::{self, None, Some};
use super::super::double_ended::{DoubleEndedIterator, ExactSizeIterator};
use super::super::iterator::Iterator;

#[derive(Clone, Debug)]
pub struct Zip<A, B> {
    a: A,
    b: B,
}

impl<A, B> Zip<A, B> {
    pub(in crate::iter) fn new(a: A, b: B) -> Zip<A, B> {
        Zip { a, b }
    }
}

impl<A: Iterator, B: Iterator> Iterator for Zip<A, B> {
    type Item = (A::Item, B::Item);

    #[inline]
    fn next(&mut self) -> Option<(A::Item, B::Item)> {
        let x = match self.a.next() {
            Some(x) => x,
            None => return None,
        };
        match self.b.next() {
            Some(y) => Some((x, y)),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (alo, ahi) = self.a.size_hint();
        let (blo, bhi) = self.b.size_hint();
        let lo = if alo < blo { alo } else { blo };
        let hi = match (ahi, bhi) {
            (Some(x), Some(y)) => Some(if x < y { x } else { y }),
            (Some(x), None) => Some(x),
            (None, Some(y)) => Some(y),
            (None, None) => None,
        };
        (lo, hi)
    }
}

impl<A, B> DoubleEndedIterator for Zip<A, B>
where
    A: DoubleEndedIterator + ExactSizeIterator,
    B: DoubleEndedIterator + ExactSizeIterator,
{
    fn next_back(&mut self) -> Option<(A::Item, B::Item)> {
        // The longer side's extra values are never paired: drop them from the back first.
        let a_len = self.a.len();
        let b_len = self.b.len();
        let mut extra = if a_len > b_len { a_len - b_len } else { 0 };
        while extra > 0 {
            self.a.next_back();
            extra -= 1;
        }
        let mut extra = if b_len > a_len { b_len - a_len } else { 0 };
        while extra > 0 {
            self.b.next_back();
            extra -= 1;
        }
        match (self.a.next_back(), self.b.next_back()) {
            (Some(x), Some(y)) => Some((x, y)),
            _ => None,
        }
    }
}

impl<A: ExactSizeIterator, B: ExactSizeIterator> ExactSizeIterator for Zip<A, B> {}
