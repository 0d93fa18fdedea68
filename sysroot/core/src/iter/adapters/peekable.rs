//! `it.peekable()`: look at the next value without consuming it.

use crate::clone::Clone;
use crate::cmp::PartialEq;
use crate::ops::FnOnce;
use crate::option::Option::{self, None, Some};
use super::super::double_ended::{DoubleEndedIterator, ExactSizeIterator};
use super::super::iterator::Iterator;

pub struct Peekable<I: Iterator> {
    iter: I,
    /// A value taken from `iter` by `peek` (`Some(None)`: `iter` is over).
    peeked: Option<Option<I::Item>>,
}

impl<I: Iterator> Peekable<I> {
    pub(in crate::iter) fn new(iter: I) -> Peekable<I> {
        Peekable { iter, peeked: None }
    }

    /// The next value, left in place.
    pub fn peek(&mut self) -> Option<&I::Item> {
        if let None = self.peeked {
            self.peeked = Some(self.iter.next());
        }
        match &self.peeked {
            Some(Some(v)) => Some(v),
            _ => None,
        }
    }

    /// The next value, left in place, for writing.
    pub fn peek_mut(&mut self) -> Option<&mut I::Item> {
        if let None = self.peeked {
            self.peeked = Some(self.iter.next());
        }
        match self.peeked {
            Some(Some(ref mut v)) => Some(v),
            _ => None,
        }
    }

    /// The next value if `func` accepts it; otherwise it stays the next value.
    pub fn next_if<F: FnOnce(&I::Item) -> bool>(&mut self, func: F) -> Option<I::Item> {
        let next = match self.peeked.take() {
            Some(v) => v,
            None => self.iter.next(),
        };
        match next {
            Some(v) => {
                if func(&v) {
                    Some(v)
                } else {
                    self.peeked = Some(Some(v));
                    None
                }
            }
            None => {
                self.peeked = Some(None);
                None
            }
        }
    }

    /// The next value if it equals `expected`.
    pub fn next_if_eq<T: ?Sized>(&mut self, expected: &T) -> Option<I::Item>
    where
        I::Item: PartialEq<T>,
    {
        let next = match self.peeked.take() {
            Some(v) => v,
            None => self.iter.next(),
        };
        match next {
            Some(v) => {
                if v == *expected {
                    Some(v)
                } else {
                    self.peeked = Some(Some(v));
                    None
                }
            }
            None => {
                self.peeked = Some(None);
                None
            }
        }
    }
}

impl<I: Iterator + Clone> Clone for Peekable<I>
where
    I::Item: Clone,
{
    fn clone(&self) -> Peekable<I> {
        let peeked = match self.peeked {
            Some(Some(ref v)) => Some(Some(v.clone())),
            Some(None) => Some(None),
            None => None,
        };
        Peekable { iter: self.iter.clone(), peeked }
    }
}

impl<I: Iterator> Iterator for Peekable<I> {
    type Item = I::Item;

    #[inline]
    fn next(&mut self) -> Option<I::Item> {
        match self.peeked.take() {
            Some(v) => v,
            None => self.iter.next(),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let extra = match &self.peeked {
            Some(Some(_)) => 1,
            Some(None) => return (0, Some(0)),
            None => 0,
        };
        let (lo, hi) = self.iter.size_hint();
        let hi = match hi {
            Some(h) => Some(h + extra),
            None => None,
        };
        (lo + extra, hi)
    }
}

impl<I: DoubleEndedIterator> DoubleEndedIterator for Peekable<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        match self.peeked {
            // A peeked value is the front one: the back runs into it last.
            Some(Some(_)) => match self.iter.next_back() {
                Some(x) => Some(x),
                None => match self.peeked.take() {
                    Some(v) => v,
                    None => None,
                },
            },
            Some(None) => None,
            None => self.iter.next_back(),
        }
    }
}

impl<I: ExactSizeIterator> ExactSizeIterator for Peekable<I> {}
