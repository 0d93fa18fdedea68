//! Iterators that can also produce values from the back.

use crate::option::Option::{self, None};
use super::iterator::Iterator;

/// An iterator with a back end: `next_back` yields values from the end.
pub trait DoubleEndedIterator: Iterator {
    /// The next value from the back, or `None` when the sequence is over.
    fn next_back(&mut self) -> Option<Self::Item>;

    /// The `n`th value from the back (counting from zero).
    fn nth_back(&mut self, n: usize) -> Option<Self::Item> {
        let mut left = n;
        while left > 0 {
            if let None = self.next_back() {
                return None;
            }
            left -= 1;
        }
        self.next_back()
    }
}

impl<I: DoubleEndedIterator> DoubleEndedIterator for &mut I {
    fn next_back(&mut self) -> Option<I::Item> {
        (**self).next_back()
    }
}

/// An iterator that knows exactly how many values remain.
pub trait ExactSizeIterator: Iterator {
    /// The number of remaining values.
    fn len(&self) -> usize {
        let (lower, _) = self.size_hint();
        lower
    }
}
