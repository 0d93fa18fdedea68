//! Conversions into and out of iterators: `IntoIterator` (what `for` loops call) and
//! `FromIterator` (what `collect` builds).

use crate::marker::Sized;
use crate::option::Option::Some;
use super::iterator::Iterator;

/// Conversion into an iterator; `for x in e` calls `IntoIterator::into_iter(e)`.
///
/// In editions before 2021, method calls `array.into_iter()` skip the impl for arrays (they
/// resolve to the one for `&[T; N]`, by reference), as Rust's attribute here asks.
#[rustc_skip_array_during_method_dispatch]
pub trait IntoIterator {
    /// The type of the values produced.
    type Item;
    /// The iterator it turns into.
    type IntoIter: Iterator<Item = Self::Item>;

    /// Turns `self` into an iterator.
    #[lang = "into_iter"]
    fn into_iter(self) -> Self::IntoIter;
}

/// Every iterator is trivially one.
impl<I: Iterator> IntoIterator for I {
    type Item = I::Item;
    type IntoIter = I;
    #[inline]
    fn into_iter(self) -> I {
        self
    }
}

/// Building a collection from an iterator (`Iterator::collect`).
pub trait FromIterator<A>: Sized {
    /// Creates a value from the iterator's values.
    fn from_iter<T: IntoIterator<Item = A>>(iter: T) -> Self;
}

/// Adding an iterator's values to an existing collection (`v.extend(it)`).
pub trait Extend<A> {
    /// Adds every value of `iter`.
    fn extend<T: IntoIterator<Item = A>>(&mut self, iter: T);

    /// Adds one value (what `partition` and `unzip` build their collections with).
    fn extend_one(&mut self, item: A) {
        self.extend(Some(item));
    }
}
