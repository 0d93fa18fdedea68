//! `a.chain(b)`: the values of `a`, then those of `b`.

use crate::option::Option::{self, None, Some};
use super::super::double_ended::DoubleEndedIterator;
use super::super::iterator::Iterator;

#[derive(Clone, Debug)]
pub struct Chain<A, B> {
    /// `None` once exhausted from either end (then dropped, as in Rust).
    a: Option<A>,
    b: Option<B>,
}

impl<A, B> Chain<A, B> {
    pub(in crate::iter) fn new(a: A, b: B) -> Chain<A, B> {
        Chain { a: Some(a), b: Some(b) }
    }
}

impl<A: Iterator, B: Iterator<Item = A::Item>> Iterator for Chain<A, B> {
    type Item = A::Item;

    #[inline]
    fn next(&mut self) -> Option<A::Item> {
        if let Some(ref mut a) = self.a {
            match a.next() {
                None => self.a = None,
                item => return item,
            }
        }
        match self.b {
            Some(ref mut b) => b.next(),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match (&self.a, &self.b) {
            (Some(a), Some(b)) => {
                let (alo, ahi) = a.size_hint();
                let (blo, bhi) = b.size_hint();
                let hi = match (ahi, bhi) {
                    (Some(x), Some(y)) => x.checked_add(y),
                    _ => None,
                };
                (alo.saturating_add(blo), hi)
            }
            (Some(a), None) => a.size_hint(),
            (None, Some(b)) => b.size_hint(),
            (None, None) => (0, Some(0)),
        }
    }
}

impl<A: DoubleEndedIterator, B: DoubleEndedIterator<Item = A::Item>> DoubleEndedIterator for Chain<A, B> {
    #[inline]
    fn next_back(&mut self) -> Option<A::Item> {
        if let Some(ref mut b) = self.b {
            match b.next_back() {
                None => self.b = None,
                item => return item,
            }
        }
        match self.a {
            Some(ref mut a) => a.next_back(),
            None => None,
        }
    }
}
