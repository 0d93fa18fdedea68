//! `it.cycle()`: the values over and over, restarting from a clone of the original.

use crate::clone::Clone;
use crate::option::Option::{self, None, Some};
use super::super::iterator::Iterator;

#[derive(Clone, Debug)]
pub struct Cycle<I> {
    orig: I,
    iter: I,
}

impl<I: Clone> Cycle<I> {
    pub(in crate::iter) fn new(iter: I) -> Cycle<I> {
        Cycle { orig: iter.clone(), iter }
    }
}

impl<I: Clone + Iterator> Iterator for Cycle<I> {
    type Item = I::Item;

    #[inline]
    fn next(&mut self) -> Option<I::Item> {
        match self.iter.next() {
            None => {
                // Restarting an empty iterator yields nothing again: the cycle is empty.
                self.iter = self.orig.clone();
                self.iter.next()
            }
            y => y,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self.orig.size_hint() {
            (0, Some(0)) => (0, Some(0)),
            (0, _) => (0, None),
            _ => (!0usize, None),
        }
    }
}
