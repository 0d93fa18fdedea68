//! `iter::empty()`: an iterator with no values.

use crate::marker::PhantomData;
use crate::option::Option::{self, None, Some};
use super::super::double_ended::{DoubleEndedIterator, ExactSizeIterator};
use super::super::iterator::Iterator;

/// An iterator that yields nothing.
pub struct Empty<T>(PhantomData<fn() -> T>);

/// An iterator that yields nothing.
pub const fn empty<T>() -> Empty<T> {
    Empty(PhantomData)
}

impl<T> Iterator for Empty<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(0))
    }
}

impl<T> DoubleEndedIterator for Empty<T> {
    fn next_back(&mut self) -> Option<T> {
        None
    }
}

impl<T> ExactSizeIterator for Empty<T> {}

impl<T> crate::clone::Clone for Empty<T> {
    fn clone(&self) -> Empty<T> {
        Empty(PhantomData)
    }
}

impl<T> crate::default::Default for Empty<T> {
    fn default() -> Empty<T> {
        Empty(PhantomData)
    }
}

impl<T> crate::fmt::Debug for Empty<T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.write_str("Empty")
    }
}
