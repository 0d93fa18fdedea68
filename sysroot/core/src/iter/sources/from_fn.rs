//! `iter::from_fn(f)`: the values `f` returns until its first `None`.

use crate::ops::FnMut;
use crate::option::Option;
use super::super::iterator::Iterator;

/// An iterator calling a closure for each value.
#[derive(Clone)]
pub struct FromFn<F>(F);

/// An iterator whose `next` calls `f`.
pub fn from_fn<T, F: FnMut() -> Option<T>>(f: F) -> FromFn<F> {
    FromFn(f)
}

impl<T, F: FnMut() -> Option<T>> Iterator for FromFn<F> {
    type Item = T;

    #[inline]
    fn next(&mut self) -> Option<T> {
        (self.0)()
    }
}
