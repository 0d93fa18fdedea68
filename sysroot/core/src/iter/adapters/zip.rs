//! `a.zip(b)`: pairs of values, until either iterator ends.

use crate::option::Option::{self, None, Some};
use super::super::iterator::Iterator;

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
