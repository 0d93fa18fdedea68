//! `it.flatten()` and `it.flat_map(f)`: the values of each inner iterator in turn, from
//! both ends (a front and a back inner iterator, as in Rust, so that `next` and
//! `next_back` can meet in the middle).

use crate::ops::FnMut;
use crate::option::Option::{self, None, Some};
use super::super::collect::IntoIterator;
use super::super::double_ended::DoubleEndedIterator;
use super::super::iterator::Iterator;
use super::fuse::Fuse;

/// `U` is the inner iterator type (`<I::Item as IntoIterator>::IntoIter`). Rust's
/// `Flatten<I>` names it through a where-clause on `I::Item`, which tsrustc does not select
/// impls by yet; binding it to a parameter keeps every bound on parameters.
pub struct Flatten<I, U> {
    iter: Fuse<I>,
    frontiter: Option<U>,
    backiter: Option<U>,
}

impl<I, U> Flatten<I, U> {
    pub(in crate::iter) fn new(iter: I) -> Flatten<I, U> {
        Flatten { iter: Fuse::new(iter), frontiter: None, backiter: None }
    }
}

impl<I: Clone, U: Clone> crate::clone::Clone for Flatten<I, U> {
    fn clone(&self) -> Flatten<I, U> {
        Flatten { iter: self.iter.clone(), frontiter: self.frontiter.clone(), backiter: self.backiter.clone() }
    }
}

/// The next value of `inner`, dropping it once it is exhausted.
fn next_or_clear<U: Iterator>(inner: &mut Option<U>) -> Option<U::Item> {
    let item = match *inner {
        Some(ref mut it) => it.next(),
        None => return None,
    };
    if item.is_none() {
        *inner = None;
    }
    item
}

fn next_back_or_clear<U: DoubleEndedIterator>(inner: &mut Option<U>) -> Option<U::Item> {
    let item = match *inner {
        Some(ref mut it) => it.next_back(),
        None => return None,
    };
    if item.is_none() {
        *inner = None;
    }
    item
}

/// `(lo, hi)` of the values left in a front or back inner iterator.
fn inner_hint<U: Iterator>(inner: &Option<U>) -> (usize, Option<usize>) {
    match *inner {
        Some(ref it) => it.size_hint(),
        None => (0, Some(0)),
    }
}

/// The size hint of a flattening: exact only when the outer iterator is known to be empty.
fn flatten_hint(front: (usize, Option<usize>), back: (usize, Option<usize>), outer: (usize, Option<usize>)) -> (usize, Option<usize>) {
    let lo = front.0.saturating_add(back.0);
    match (front.1, back.1, outer) {
        (Some(a), Some(b), (0, Some(0))) => (lo, a.checked_add(b)),
        _ => (lo, None),
    }
}

impl<I, X, U> Iterator for Flatten<I, U>
where
    I: Iterator<Item = X>,
    X: IntoIterator<IntoIter = U, Item = U::Item>,
    U: Iterator,
{
    type Item = U::Item;

    fn next(&mut self) -> Option<U::Item> {
        loop {
            if let Some(x) = next_or_clear(&mut self.frontiter) {
                return Some(x);
            }
            match self.iter.next() {
                Some(inner) => self.frontiter = Some(inner.into_iter()),
                None => return next_or_clear(&mut self.backiter),
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        flatten_hint(inner_hint(&self.frontiter), inner_hint(&self.backiter), self.iter.size_hint())
    }
}

impl<I, X, U> DoubleEndedIterator for Flatten<I, U>
where
    I: DoubleEndedIterator<Item = X>,
    X: IntoIterator<IntoIter = U, Item = U::Item>,
    U: DoubleEndedIterator,
{
    fn next_back(&mut self) -> Option<U::Item> {
        loop {
            if let Some(x) = next_back_or_clear(&mut self.backiter) {
                return Some(x);
            }
            match self.iter.next_back() {
                Some(inner) => self.backiter = Some(inner.into_iter()),
                None => return next_back_or_clear(&mut self.frontiter),
            }
        }
    }
}

pub struct FlatMap<I, U: IntoIterator, F> {
    iter: Fuse<I>,
    f: F,
    frontiter: Option<U::IntoIter>,
    backiter: Option<U::IntoIter>,
}

impl<I, U: IntoIterator, F> FlatMap<I, U, F> {
    pub(in crate::iter) fn new(iter: I, f: F) -> FlatMap<I, U, F> {
        FlatMap { iter: Fuse::new(iter), f, frontiter: None, backiter: None }
    }
}

impl<I: Iterator, U: IntoIterator, F: FnMut(I::Item) -> U> Iterator for FlatMap<I, U, F> {
    type Item = U::Item;

    fn next(&mut self) -> Option<U::Item> {
        loop {
            if let Some(x) = next_or_clear(&mut self.frontiter) {
                return Some(x);
            }
            match self.iter.next() {
                Some(x) => self.frontiter = Some((self.f)(x).into_iter()),
                None => return next_or_clear(&mut self.backiter),
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        flatten_hint(inner_hint(&self.frontiter), inner_hint(&self.backiter), self.iter.size_hint())
    }
}

// The inner iterator type is named by a parameter `J` (not `U::IntoIter: ...`), as for
// `Flatten`: tsrustc selects impls by bounds on parameters only.
impl<I, U, F, J> DoubleEndedIterator for FlatMap<I, U, F>
where
    I: DoubleEndedIterator,
    U: IntoIterator<IntoIter = J, Item = J::Item>,
    J: DoubleEndedIterator,
    F: FnMut(I::Item) -> U,
{
    fn next_back(&mut self) -> Option<U::Item> {
        loop {
            if let Some(x) = next_back_or_clear(&mut self.backiter) {
                return Some(x);
            }
            match self.iter.next_back() {
                Some(x) => self.backiter = Some((self.f)(x).into_iter()),
                None => return next_back_or_clear(&mut self.frontiter),
            }
        }
    }
}
