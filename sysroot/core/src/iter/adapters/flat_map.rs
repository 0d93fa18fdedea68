//! `it.flat_map(f)`: the values of every iterator `f` returns, one after another.

use crate::ops::FnMut;
use crate::option::Option::{self, None, Some};
use super::super::collect::IntoIterator;
use super::super::iterator::Iterator;

pub struct FlatMap<I, U: IntoIterator, F> {
    iter: I,
    f: F,
    front: Option<U::IntoIter>,
}

impl<I, U: IntoIterator, F> FlatMap<I, U, F> {
    pub(in crate::iter) fn new(iter: I, f: F) -> FlatMap<I, U, F> {
        FlatMap { iter, f, front: None }
    }
}

impl<I: Iterator, U: IntoIterator, F: FnMut(I::Item) -> U> Iterator for FlatMap<I, U, F> {
    type Item = U::Item;

    fn next(&mut self) -> Option<U::Item> {
        loop {
            if let Some(inner) = &mut self.front {
                match inner.next() {
                    Some(x) => return Some(x),
                    None => self.front = None,
                }
            }
            match self.iter.next() {
                Some(x) => self.front = Some((self.f)(x).into_iter()),
                None => return None,
            }
        }
    }
}
