//! The `Iterator` trait: `next` plus the provided adapters and consumers.

use crate::marker::Sized;
use crate::option::Option::{self, None, Some};
use super::accum::{Product, Sum};
use crate::clone::Clone;
use crate::cmp::{Ord, Ordering, PartialEq, PartialOrd};
use crate::marker::Copy;
use crate::ops::FnMut;
use crate::default::Default;
use crate::ops::{ControlFlow, FromResidual, Try};
use super::adapters::{Chain, Cloned, Copied, Cycle, Enumerate, Filter, FilterMap, FlatMap, Flatten, Fuse, Inspect, Map, MapWhile, Peekable, Rev, Scan, Skip, SkipWhile, StepBy, Take, TakeWhile, Zip};
use super::collect::{Extend, FromIterator, IntoIterator};
use super::double_ended::{DoubleEndedIterator, ExactSizeIterator};

/// A sequence of values produced one at a time by `next`.
#[rustc_on_unimplemented(message = "`{Self}` is not an iterator", label = "`{Self}` is not an iterator")]
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

    /// Each value passed through `f`.
    fn map<B, F>(self, f: F) -> Map<Self, F>
    where
        Self: Sized,
        F: FnMut(Self::Item) -> B,
    {
        Map::new(self, f)
    }

    /// The values `predicate` accepts.
    fn filter<P>(self, predicate: P) -> Filter<Self, P>
    where
        Self: Sized,
        P: FnMut(&Self::Item) -> bool,
    {
        Filter::new(self, predicate)
    }

    /// The `Some` values `f` returns.
    fn filter_map<B, F>(self, f: F) -> FilterMap<Self, F>
    where
        Self: Sized,
        F: FnMut(Self::Item) -> Option<B>,
    {
        FilterMap::new(self, f)
    }

    /// The values while `predicate` holds.
    fn take_while<P>(self, predicate: P) -> TakeWhile<Self, P>
    where
        Self: Sized,
        P: FnMut(&Self::Item) -> bool,
    {
        TakeWhile::new(self, predicate)
    }

    /// The values from the first one `predicate` rejects on.
    fn skip_while<P>(self, predicate: P) -> SkipWhile<Self, P>
    where
        Self: Sized,
        P: FnMut(&Self::Item) -> bool,
    {
        SkipWhile::new(self, predicate)
    }

    /// The values of every iterator `f` returns.
    fn flat_map<U, F>(self, f: F) -> FlatMap<Self, U, F>
    where
        Self: Sized,
        U: IntoIterator,
        F: FnMut(Self::Item) -> U,
    {
        FlatMap::new(self, f)
    }

    /// The same values, with `f` called on each.
    fn inspect<F>(self, f: F) -> Inspect<Self, F>
    where
        Self: Sized,
        F: FnMut(&Self::Item),
    {
        Inspect::new(self, f)
    }

    /// Values computed from a running state, until `f` returns `None`.
    fn scan<St, B, F>(self, initial_state: St, f: F) -> Scan<Self, St, F>
    where
        Self: Sized,
        F: FnMut(&mut St, Self::Item) -> Option<B>,
    {
        Scan::new(self, initial_state, f)
    }

    /// Copies of the values an iterator of references yields.
    fn copied<'a, T>(self) -> Copied<Self>
    where
        T: 'a + Copy,
        Self: Sized + Iterator<Item = &'a T>,
    {
        Copied::new(self)
    }

    /// Clones of the values an iterator of references yields.
    fn cloned<'a, T>(self) -> Cloned<Self>
    where
        T: 'a + Clone,
        Self: Sized + Iterator<Item = &'a T>,
    {
        Cloned::new(self)
    }

    /// Combines the values into one, starting from `init`.
    fn fold<B, F>(self, init: B, f: F) -> B
    where
        Self: Sized,
        F: FnMut(B, Self::Item) -> B,
    {
        let mut it = self;
        let mut g = f;
        let mut acc = init;
        while let Some(x) = it.next() {
            acc = g(acc, x);
        }
        acc
    }

    /// Combines the values into one, starting from the first (`None` when there is none).
    fn reduce<F>(self, f: F) -> Option<Self::Item>
    where
        Self: Sized,
        F: FnMut(Self::Item, Self::Item) -> Self::Item,
    {
        let mut it = self;
        let mut g = f;
        let mut acc = match it.next() {
            Some(x) => x,
            None => return None,
        };
        while let Some(x) = it.next() {
            acc = g(acc, x);
        }
        Some(acc)
    }

    /// Calls `f` on every value.
    fn for_each<F>(self, f: F)
    where
        Self: Sized,
        F: FnMut(Self::Item),
    {
        let mut it = self;
        let mut g = f;
        while let Some(x) = it.next() {
            g(x);
        }
    }

    /// Whether `f` holds for every value (stops at the first that fails).
    fn all<F>(&mut self, f: F) -> bool
    where
        Self: Sized,
        F: FnMut(Self::Item) -> bool,
    {
        let mut g = f;
        while let Some(x) = self.next() {
            if !g(x) {
                return false;
            }
        }
        true
    }

    /// Whether `f` holds for some value (stops at the first that does).
    fn any<F>(&mut self, f: F) -> bool
    where
        Self: Sized,
        F: FnMut(Self::Item) -> bool,
    {
        let mut g = f;
        while let Some(x) = self.next() {
            if g(x) {
                return true;
            }
        }
        false
    }

    /// The first value `predicate` accepts.
    fn find<P>(&mut self, predicate: P) -> Option<Self::Item>
    where
        Self: Sized,
        P: FnMut(&Self::Item) -> bool,
    {
        let mut p = predicate;
        while let Some(x) = self.next() {
            if p(&x) {
                return Some(x);
            }
        }
        None
    }

    /// The first `Some` that `f` returns for a value.
    fn find_map<B, F>(&mut self, f: F) -> Option<B>
    where
        Self: Sized,
        F: FnMut(Self::Item) -> Option<B>,
    {
        let mut g = f;
        while let Some(x) = self.next() {
            if let Some(y) = g(x) {
                return Some(y);
            }
        }
        None
    }

    /// The index of the first value `predicate` accepts.
    fn position<P>(&mut self, predicate: P) -> Option<usize>
    where
        Self: Sized,
        P: FnMut(Self::Item) -> bool,
    {
        let mut p = predicate;
        let mut i = 0;
        while let Some(x) = self.next() {
            if p(x) {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    /// The largest value (the last of equal ones), `None` for no values.
    fn max(self) -> Option<Self::Item>
    where
        Self: Sized,
        Self::Item: Ord,
    {
        // Loops rather than `max_by(|a, b| a.cmp(b))`: a closure in a generic library fn is
        // not instantiable downstream yet.
        let mut it = self;
        let mut best = match it.next() {
            Some(x) => x,
            None => return None,
        };
        while let Some(x) = it.next() {
            if let Ordering::Greater = Ord::cmp(&best, &x) {
            } else {
                best = x;
            }
        }
        Some(best)
    }

    /// The smallest value (the first of equal ones), `None` for no values.
    fn min(self) -> Option<Self::Item>
    where
        Self: Sized,
        Self::Item: Ord,
    {
        let mut it = self;
        let mut best = match it.next() {
            Some(x) => x,
            None => return None,
        };
        while let Some(x) = it.next() {
            if let Ordering::Greater = Ord::cmp(&best, &x) {
                best = x;
            }
        }
        Some(best)
    }

    /// The value with the largest key (the last of equal ones).
    fn max_by_key<B: Ord, F>(self, f: F) -> Option<Self::Item>
    where
        Self: Sized,
        F: FnMut(&Self::Item) -> B,
    {
        let mut it = self;
        let mut key = f;
        let mut best = match it.next() {
            Some(x) => x,
            None => return None,
        };
        let mut best_key = key(&best);
        while let Some(x) = it.next() {
            let k = key(&x);
            if let Ordering::Less = Ord::cmp(&k, &best_key) {
            } else {
                best = x;
                best_key = k;
            }
        }
        Some(best)
    }

    /// The value with the smallest key (the first of equal ones).
    fn min_by_key<B: Ord, F>(self, f: F) -> Option<Self::Item>
    where
        Self: Sized,
        F: FnMut(&Self::Item) -> B,
    {
        let mut it = self;
        let mut key = f;
        let mut best = match it.next() {
            Some(x) => x,
            None => return None,
        };
        let mut best_key = key(&best);
        while let Some(x) = it.next() {
            let k = key(&x);
            if let Ordering::Less = Ord::cmp(&k, &best_key) {
                best = x;
                best_key = k;
            }
        }
        Some(best)
    }

    /// The largest value by `compare` (the last of equal ones).
    fn max_by<F>(self, compare: F) -> Option<Self::Item>
    where
        Self: Sized,
        F: FnMut(&Self::Item, &Self::Item) -> Ordering,
    {
        let mut it = self;
        let mut cmp = compare;
        let mut best = match it.next() {
            Some(x) => x,
            None => return None,
        };
        while let Some(x) = it.next() {
            if let Ordering::Greater = cmp(&best, &x) {
            } else {
                best = x;
            }
        }
        Some(best)
    }

    /// The smallest value by `compare` (the first of equal ones).
    fn min_by<F>(self, compare: F) -> Option<Self::Item>
    where
        Self: Sized,
        F: FnMut(&Self::Item, &Self::Item) -> Ordering,
    {
        let mut it = self;
        let mut cmp = compare;
        let mut best = match it.next() {
            Some(x) => x,
            None => return None,
        };
        while let Some(x) = it.next() {
            if let Ordering::Greater = cmp(&best, &x) {
                best = x;
            }
        }
        Some(best)
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

    /// The values of each value in turn (each is itself iterable).
    fn flatten(self) -> Flatten<Self, <Self::Item as IntoIterator>::IntoIter>
    where
        Self: Sized,
        Self::Item: IntoIterator,
    {
        Flatten::new(self)
    }

    /// An iterator that yields `None` forever once `self` has yielded its first `None`.
    fn fuse(self) -> Fuse<Self>
    where
        Self: Sized,
    {
        Fuse::new(self)
    }

    /// The values over and over (restarting from a clone of the original).
    fn cycle(self) -> Cycle<Self>
    where
        Self: Sized + Clone,
    {
        Cycle::new(self)
    }

    /// `f` of each value while it returns `Some`.
    fn map_while<B, P>(self, predicate: P) -> MapWhile<Self, P>
    where
        Self: Sized,
        P: FnMut(Self::Item) -> Option<B>,
    {
        MapWhile::new(self, predicate)
    }

    /// Two collections: the values `f` accepts, and the rest.
    fn partition<B, F>(self, f: F) -> (B, B)
    where
        Self: Sized,
        B: Default + Extend<Self::Item>,
        F: FnMut(&Self::Item) -> bool,
    {
        let mut it = self;
        let mut pred = f;
        let mut left: B = Default::default();
        let mut right: B = Default::default();
        while let Some(x) = it.next() {
            if pred(&x) {
                left.extend_one(x);
            } else {
                right.extend_one(x);
            }
        }
        (left, right)
    }

    /// Two collections from an iterator of pairs: the first and the second halves.
    fn unzip<A, B, FromA, FromB>(self) -> (FromA, FromB)
    where
        FromA: Default + Extend<A>,
        FromB: Default + Extend<B>,
        Self: Sized + Iterator<Item = (A, B)>,
    {
        let mut it = self;
        let mut a: FromA = Default::default();
        let mut b: FromB = Default::default();
        while let Some((x, y)) = it.next() {
            a.extend_one(x);
            b.extend_one(y);
        }
        (a, b)
    }

    /// Folds while `f` succeeds: stops at the first failure (`None`, `Err`, `Break`) and
    /// returns it.
    fn try_fold<B, F, R>(&mut self, init: B, f: F) -> R
    where
        Self: Sized,
        F: FnMut(B, Self::Item) -> R,
        R: Try<Output = B>,
    {
        let mut g = f;
        let mut acc = init;
        while let Some(x) = self.next() {
            match Try::branch(g(acc, x)) {
                ControlFlow::Continue(c) => acc = c,
                ControlFlow::Break(r) => return FromResidual::from_residual(r),
            }
        }
        Try::from_output(acc)
    }

    /// Calls `f` on each value until it fails, returning the failure.
    fn try_for_each<F, R>(&mut self, f: F) -> R
    where
        Self: Sized,
        F: FnMut(Self::Item) -> R,
        R: Try<Output = ()>,
    {
        let mut g = f;
        while let Some(x) = self.next() {
            match Try::branch(g(x)) {
                ControlFlow::Continue(()) => {}
                ControlFlow::Break(r) => return FromResidual::from_residual(r),
            }
        }
        Try::from_output(())
    }

    /// The index (from the front) of the last value `predicate` accepts, searching from
    /// the back.
    fn rposition<P>(&mut self, predicate: P) -> Option<usize>
    where
        P: FnMut(Self::Item) -> bool,
        Self: Sized + ExactSizeIterator + DoubleEndedIterator,
    {
        let mut p = predicate;
        let mut i = self.len();
        while let Some(x) = self.next_back() {
            i -= 1;
            if p(x) {
                return Some(i);
            }
        }
        None
    }

    /// Lexicographic comparison with the values of `other`.
    fn cmp<I>(self, other: I) -> Ordering
    where
        I: IntoIterator<Item = Self::Item>,
        Self::Item: Ord,
        Self: Sized,
    {
        let mut a = self;
        let mut b = other.into_iter();
        loop {
            let x = match a.next() {
                None => {
                    return match b.next() {
                        None => Ordering::Equal,
                        Some(_) => Ordering::Less,
                    }
                }
                Some(x) => x,
            };
            let y = match b.next() {
                None => return Ordering::Greater,
                Some(y) => y,
            };
            match Ord::cmp(&x, &y) {
                Ordering::Equal => {}
                non_eq => return non_eq,
            }
        }
    }

    /// Lexicographic partial comparison with the values of `other`.
    fn partial_cmp<I>(self, other: I) -> Option<Ordering>
    where
        I: IntoIterator,
        Self::Item: PartialOrd<I::Item>,
        Self: Sized,
    {
        let mut a = self;
        let mut b = other.into_iter();
        loop {
            let x = match a.next() {
                None => {
                    return match b.next() {
                        None => Some(Ordering::Equal),
                        Some(_) => Some(Ordering::Less),
                    }
                }
                Some(x) => x,
            };
            let y = match b.next() {
                None => return Some(Ordering::Greater),
                Some(y) => y,
            };
            match PartialOrd::partial_cmp(&x, &y) {
                Some(Ordering::Equal) => {}
                non_eq => return non_eq,
            }
        }
    }

    /// Whether the values equal those of `other`.
    fn eq<I>(self, other: I) -> bool
    where
        I: IntoIterator,
        Self::Item: PartialEq<I::Item>,
        Self: Sized,
    {
        let mut a = self;
        let mut b = other.into_iter();
        loop {
            let x = match a.next() {
                None => return b.next().is_none(),
                Some(x) => x,
            };
            let y = match b.next() {
                None => return false,
                Some(y) => y,
            };
            if !PartialEq::eq(&x, &y) {
                return false;
            }
        }
    }

    /// Whether the values differ from those of `other`.
    fn ne<I>(self, other: I) -> bool
    where
        I: IntoIterator,
        Self::Item: PartialEq<I::Item>,
        Self: Sized,
    {
        !self.eq(other)
    }

    /// Whether the values are lexicographically less than those of `other`.
    fn lt<I>(self, other: I) -> bool
    where
        I: IntoIterator,
        Self::Item: PartialOrd<I::Item>,
        Self: Sized,
    {
        self.partial_cmp(other) == Some(Ordering::Less)
    }

    /// Whether the values are lexicographically less than or equal to those of `other`.
    fn le<I>(self, other: I) -> bool
    where
        I: IntoIterator,
        Self::Item: PartialOrd<I::Item>,
        Self: Sized,
    {
        match self.partial_cmp(other) {
            Some(Ordering::Less) | Some(Ordering::Equal) => true,
            _ => false,
        }
    }

    /// Whether the values are lexicographically greater than those of `other`.
    fn gt<I>(self, other: I) -> bool
    where
        I: IntoIterator,
        Self::Item: PartialOrd<I::Item>,
        Self: Sized,
    {
        self.partial_cmp(other) == Some(Ordering::Greater)
    }

    /// Whether the values are lexicographically greater than or equal to those of `other`.
    fn ge<I>(self, other: I) -> bool
    where
        I: IntoIterator,
        Self::Item: PartialOrd<I::Item>,
        Self: Sized,
    {
        match self.partial_cmp(other) {
            Some(Ordering::Greater) | Some(Ordering::Equal) => true,
            _ => false,
        }
    }

    /// Whether the values are in non-decreasing order.
    fn is_sorted(self) -> bool
    where
        Self: Sized,
        Self::Item: PartialOrd,
    {
        let mut it = self;
        let mut last = match it.next() {
            Some(x) => x,
            None => return true,
        };
        while let Some(x) = it.next() {
            if !PartialOrd::le(&last, &x) {
                return false;
            }
            last = x;
        }
        true
    }

    /// Whether `compare` holds for every pair of neighbouring values.
    fn is_sorted_by<F>(self, compare: F) -> bool
    where
        Self: Sized,
        F: FnMut(&Self::Item, &Self::Item) -> bool,
    {
        let mut it = self;
        let mut cmp = compare;
        let mut last = match it.next() {
            Some(x) => x,
            None => return true,
        };
        while let Some(x) = it.next() {
            if !cmp(&last, &x) {
                return false;
            }
            last = x;
        }
        true
    }

    /// Whether the keys `f` extracts are in non-decreasing order.
    fn is_sorted_by_key<F, K>(self, f: F) -> bool
    where
        Self: Sized,
        F: FnMut(Self::Item) -> K,
        K: PartialOrd,
    {
        let mut it = self;
        let mut key = f;
        let mut last = match it.next() {
            Some(x) => key(x),
            None => return true,
        };
        while let Some(x) = it.next() {
            let k = key(x);
            if !PartialOrd::le(&last, &k) {
                return false;
            }
            last = k;
        }
        true
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
