//! `a.chain(b)`: the values of `a`, then those of `b`.

use crate::option::Option::{self, None, Some};
use super::super::iterator::Iterator;

pub struct Chain<A, B> {
    a: A,
    b: B,
    a_done: bool,
}

impl<A, B> Chain<A, B> {
    pub(in crate::iter) fn new(a: A, b: B) -> Chain<A, B> {
        Chain { a, b, a_done: false }
    }
}

impl<A: Iterator, B: Iterator<Item = A::Item>> Iterator for Chain<A, B> {
    type Item = A::Item;

    fn next(&mut self) -> Option<A::Item> {
        if !self.a_done {
            match self.a.next() {
                Some(x) => return Some(x),
                None => self.a_done = true,
            }
        }
        self.b.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (blo, bhi) = self.b.size_hint();
        if self.a_done {
            return (blo, bhi);
        }
        let (alo, ahi) = self.a.size_hint();
        let hi = match (ahi, bhi) {
            (Some(x), Some(y)) => Some(x + y),
            _ => None,
        };
        (alo + blo, hi)
    }
}
