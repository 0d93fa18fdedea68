//! The `Iterator` trait: `next` plus the provided adapters and consumers.

use crate::marker::Sized;
use crate::option::Option::{self, None, Some};
use super::accum::{Product, Sum};
use super::adapters::{Chain, Enumerate, Peekable, Rev, Skip, StepBy, Take, Zip};
use super::collect::{FromIterator, IntoIterator};
use super::double_ended::DoubleEndedIterator;

/// A sequence of values produced one at a time by `next`.
#[lang = "iterator"]
pub trait Iterator {
    /// The type of the values produced.
    type Item;

    /// The next value, or `None` when the sequence is over.
    #[lang = "next"]
    fn next(&mut self) -> Option<Self::Item>;

    /// Bounds on the number of remaining values: `(lower, Some(upper))` or `(lower, None)`.
    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, None)
    }

    /// Consumes the iterator, counting its values.
    fn count(self) -> usize
    where
        Self: Sized,
    {
        let mut it = self;
        let mut n = 0;
        while let Some(_) = it.next() {
            n += 1;
        }
        n
    }

    /// Consumes the iterator, returning its last value.
    fn last(self) -> Option<Self::Item>
    where
        Self: Sized,
    {
        let mut it = self;
        let mut last = None;
        while let Some(x) = it.next() {
            last = Some(x);
        }
        last
    }

    /// The `n`th value (counting from zero), consuming the values before it.
    fn nth(&mut self, n: usize) -> Option<Self::Item> {
        let mut left = n;
        while left > 0 {
            if let None = self.next() {
                return None;
            }
            left -= 1;
        }
        self.next()
    }

    /// Every `step`th value, starting with the first. Panics when `step` is zero.
    fn step_by(self, step: usize) -> StepBy<Self>
    where
        Self: Sized,
    {
        StepBy::new(self, step)
    }

    /// The values of `self`, then those of `other`.
    fn chain<U>(self, other: U) -> Chain<Self, U::IntoIter>
    where
        Self: Sized,
        U: IntoIterator<Item = Self::Item>,
    {
        Chain::new(self, other.into_iter())
    }

    /// Pairs of values from `self` and `other`, until either ends.
    fn zip<U>(self, other: U) -> Zip<Self, U::IntoIter>
    where
        Self: Sized,
        U: IntoIterator,
    {
        Zip::new(self, other.into_iter())
    }

    /// `(index, value)` pairs.
    fn enumerate(self) -> Enumerate<Self>
    where
        Self: Sized,
    {
        Enumerate::new(self)
    }

    /// An iterator that can look at the next value without consuming it.
    fn peekable(self) -> Peekable<Self>
    where
        Self: Sized,
    {
        Peekable::new(self)
    }

    /// Skips the first `n` values.
    fn skip(self, n: usize) -> Skip<Self>
    where
        Self: Sized,
    {
        Skip::new(self, n)
    }

    /// At most the first `n` values.
    fn take(self, n: usize) -> Take<Self>
    where
        Self: Sized,
    {
        Take::new(self, n)
    }

    /// The values in reverse order.
    fn rev(self) -> Rev<Self>
    where
        Self: Sized + DoubleEndedIterator,
    {
        Rev::new(self)
    }

    /// Borrows the iterator: adapters applied to the result leave it usable afterwards.
    fn by_ref(&mut self) -> &mut Self
    where
        Self: Sized,
    {
        self
    }

    /// Adds up the values.
    fn sum<S>(self) -> S
    where
        Self: Sized,
        S: Sum<Self::Item>,
    {
        S::sum(self)
    }

    /// Multiplies the values.
    fn product<P>(self) -> P
    where
        Self: Sized,
        P: Product<Self::Item>,
    {
        P::product(self)
    }

    /// Builds a collection from the values.
    fn collect<B>(self) -> B
    where
        Self: Sized,
        B: FromIterator<Self::Item>,
    {
        B::from_iter(self)
    }
}

impl<I: Iterator> Iterator for &mut I {
    type Item = I::Item;
    #[inline]
    fn next(&mut self) -> Option<I::Item> {
        (**self).next()
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (**self).size_hint()
    }
}
