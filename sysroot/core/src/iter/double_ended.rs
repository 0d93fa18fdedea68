//! Iterators that can also produce values from the back.

use crate::ops::{ControlFlow, FnMut, FromResidual, Try};
use crate::option::Option::{self, None, Some};
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

    /// `Iterator::try_fold` from the back.
    fn try_rfold<B, F, R>(&mut self, init: B, f: F) -> R
    where
        Self: Sized,
        F: FnMut(B, Self::Item) -> R,
        R: Try<Output = B>,
    {
        let mut g = f;
        let mut acc = init;
        while let Some(x) = self.next_back() {
            match Try::branch(g(acc, x)) {
                ControlFlow::Continue(c) => acc = c,
                ControlFlow::Break(r) => return FromResidual::from_residual(r),
            }
        }
        Try::from_output(acc)
    }

    /// `Iterator::fold` from the back.
    fn rfold<B, F>(self, init: B, f: F) -> B
    where
        Self: Sized,
        F: FnMut(B, Self::Item) -> B,
    {
        let mut it = self;
        let mut g = f;
        let mut acc = init;
        while let Some(x) = it.next_back() {
            acc = g(acc, x);
        }
        acc
    }

    /// The last value `predicate` accepts, searching from the back.
    fn rfind<P>(&mut self, predicate: P) -> Option<Self::Item>
    where
        Self: Sized,
        P: FnMut(&Self::Item) -> bool,
    {
        let mut p = predicate;
        while let Some(x) = self.next_back() {
            if p(&x) {
                return Some(x);
            }
        }
        None
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
