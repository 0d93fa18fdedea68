//! `it.fuse()`: once the inner iterator has returned `None`, always `None`.

use crate::option::Option::{self, None, Some};
use super::super::double_ended::{DoubleEndedIterator, ExactSizeIterator};
use super::super::iterator::Iterator;

#[derive(Clone, Debug)]
pub struct Fuse<I> {
    /// `None` once the inner iterator has ended (it is dropped then, as in Rust).
    iter: Option<I>,
}

impl<I> Fuse<I> {
    pub(in crate::iter) fn new(iter: I) -> Fuse<I> {
        Fuse { iter: Some(iter) }
    }
}

impl<I: Iterator> Iterator for Fuse<I> {
    type Item = I::Item;

    #[inline]
    fn next(&mut self) -> Option<I::Item> {
        let item = match self.iter {
            Some(ref mut it) => it.next(),
            None => return None,
        };
        if item.is_none() {
            self.iter = None;
        }
        item
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self.iter {
            Some(ref it) => it.size_hint(),
            None => (0, Some(0)),
        }
    }
}

impl<I: DoubleEndedIterator> DoubleEndedIterator for Fuse<I> {
    #[inline]
    fn next_back(&mut self) -> Option<I::Item> {
        let item = match self.iter {
            Some(ref mut it) => it.next_back(),
            None => return None,
        };
        if item.is_none() {
            self.iter = None;
        }
        item
    }
}

impl<I: ExactSizeIterator> ExactSizeIterator for Fuse<I> {}
