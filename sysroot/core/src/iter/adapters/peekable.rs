//! `it.peekable()`: look at the next value without consuming it.

use crate::option::Option::{self, None, Some};
use super::super::iterator::Iterator;

pub struct Peekable<I: Iterator> {
    iter: I,
    /// A value taken from `iter` by `peek` (`Some(None)`: `iter` is over).
    peeked: Option<Option<I::Item>>,
}

impl<I: Iterator> Peekable<I> {
    pub(in crate::iter) fn new(iter: I) -> Peekable<I> {
        Peekable { iter, peeked: None }
    }

    /// The next value, left in place.
    pub fn peek(&mut self) -> Option<&I::Item> {
        if let None = self.peeked {
            self.peeked = Some(self.iter.next());
        }
        match &self.peeked {
            Some(Some(v)) => Some(v),
            _ => None,
        }
    }
}

impl<I: Iterator> Iterator for Peekable<I> {
    type Item = I::Item;

    #[inline]
    fn next(&mut self) -> Option<I::Item> {
        match self.peeked.take() {
            Some(v) => v,
            None => self.iter.next(),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let extra = match &self.peeked {
            Some(Some(_)) => 1,
            Some(None) => return (0, Some(0)),
            None => 0,
        };
        let (lo, hi) = self.iter.size_hint();
        let hi = match hi {
            Some(h) => Some(h + extra),
            None => None,
        };
        (lo + extra, hi)
    }
}
