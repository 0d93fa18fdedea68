//! `iter::successors(first, succ)`: `first`, then `succ` of each value until `None`.

use crate::ops::FnMut;
use crate::option::Option::{self, None, Some};
use super::super::iterator::Iterator;

/// An iterator where each value is computed from the one before.
#[derive(Clone)]
pub struct Successors<T, F> {
    next: Option<T>,
    succ: F,
}

/// `first`, then `succ(&first)`, and so on while `succ` returns `Some`.
pub fn successors<T, F: FnMut(&T) -> Option<T>>(first: Option<T>, succ: F) -> Successors<T, F> {
    Successors { next: first, succ }
}

impl<T, F: FnMut(&T) -> Option<T>> Iterator for Successors<T, F> {
    type Item = T;

    #[inline]
    fn next(&mut self) -> Option<T> {
        let item = match self.next.take() {
            Some(x) => x,
            None => return None,
        };
        self.next = (self.succ)(&item);
        Some(item)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.next.is_some() { (1, None) } else { (0, Some(0)) }
    }
}
