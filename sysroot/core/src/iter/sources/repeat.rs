//! `iter::repeat(v)`, `iter::repeat_n(v, n)` and `iter::repeat_with(f)`: the same value
//! (a clone of it, or a fresh one from `f`) again and again.

use crate::clone::Clone;
use crate::ops::FnMut;
use crate::option::Option::{self, None, Some};
use super::super::double_ended::{DoubleEndedIterator, ExactSizeIterator};
use super::super::iterator::Iterator;

/// An endless iterator of clones of one value.
#[derive(Clone, Debug)]
pub struct Repeat<A> {
    element: A,
}

/// Clones of `elt`, forever.
pub fn repeat<T: Clone>(elt: T) -> Repeat<T> {
    Repeat { element: elt }
}

impl<A: Clone> Iterator for Repeat<A> {
    type Item = A;

    #[inline]
    fn next(&mut self) -> Option<A> {
        Some(self.element.clone())
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (!0usize, None)
    }

    fn nth(&mut self, _n: usize) -> Option<A> {
        Some(self.element.clone())
    }
}

impl<A: Clone> DoubleEndedIterator for Repeat<A> {
    #[inline]
    fn next_back(&mut self) -> Option<A> {
        Some(self.element.clone())
    }
}

/// `count` copies of one value: clones, except that the last is the value itself.
#[derive(Clone, Debug)]
pub struct RepeatN<A> {
    element: Option<A>,
    count: usize,
}

/// `element` `count` times (the last one moved rather than cloned).
pub fn repeat_n<T: Clone>(element: T, count: usize) -> RepeatN<T> {
    RepeatN { element: if count == 0 { None } else { Some(element) }, count }
}

impl<A: Clone> Iterator for RepeatN<A> {
    type Item = A;

    fn next(&mut self) -> Option<A> {
        if self.count == 0 {
            return None;
        }
        self.count -= 1;
        if self.count == 0 {
            self.element.take()
        } else {
            match self.element {
                Some(ref e) => Some(e.clone()),
                None => None,
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.count, Some(self.count))
    }
}

impl<A: Clone> DoubleEndedIterator for RepeatN<A> {
    fn next_back(&mut self) -> Option<A> {
        self.next()
    }
}

impl<A: Clone> ExactSizeIterator for RepeatN<A> {}

/// An endless iterator of the values a closure returns.
#[derive(Clone)]
pub struct RepeatWith<F> {
    repeater: F,
}

/// `repeater()`, forever.
pub fn repeat_with<A, F: FnMut() -> A>(repeater: F) -> RepeatWith<F> {
    RepeatWith { repeater }
}

impl<A, F: FnMut() -> A> Iterator for RepeatWith<F> {
    type Item = A;

    #[inline]
    fn next(&mut self) -> Option<A> {
        Some((self.repeater)())
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (!0usize, None)
    }
}
