//! `slice.split(pred)`: the subslices between the elements `pred` accepts (which are left
//! out), from either end.

use crate::iter::{DoubleEndedIterator, Iterator};
use crate::ops::FnMut;
use crate::option::Option::{self, None, Some};

impl<T> [T] {
    /// The subslices separated by elements that `pred` accepts.
    pub fn split<F: FnMut(&T) -> bool>(&self, pred: F) -> Split<'_, T, F> {
        Split { v: self, pred, finished: false }
    }

    /// The runs of neighbours for which `pred(a, b)` holds (`[1, 1, 2]` by `==`: `[1, 1]`,
    /// `[2]`).
    pub fn chunk_by<F: FnMut(&T, &T) -> bool>(&self, pred: F) -> ChunkBy<'_, T, F> {
        ChunkBy { v: self, pred }
    }

    /// Like `split`, but each subslice keeps the separator that ends it.
    pub fn split_inclusive<F: FnMut(&T) -> bool>(&self, pred: F) -> SplitInclusive<'_, T, F> {
        SplitInclusive { v: self, pred, finished: self.is_empty() }
    }
}

/// The iterator of `slice.split(pred)`.
pub struct Split<'a, T, P> {
    v: &'a [T],
    pred: P,
    finished: bool,
}

impl<'a, T, P: FnMut(&T) -> bool> Iterator for Split<'a, T, P> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<&'a [T]> {
        if self.finished {
            return None;
        }
        let mut i = 0;
        while i < self.v.len() {
            if (self.pred)(&self.v[i]) {
                let head = &self.v[..i];
                self.v = &self.v[i + 1..];
                return Some(head);
            }
            i += 1;
        }
        self.finished = true;
        Some(self.v)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.finished { (0, Some(0)) } else { (1, Some(self.v.len() + 1)) }
    }
}

impl<'a, T, P: FnMut(&T) -> bool> DoubleEndedIterator for Split<'a, T, P> {
    fn next_back(&mut self) -> Option<&'a [T]> {
        if self.finished {
            return None;
        }
        let mut i = self.v.len();
        while i > 0 {
            i -= 1;
            if (self.pred)(&self.v[i]) {
                let tail = &self.v[i + 1..];
                self.v = &self.v[..i];
                return Some(tail);
            }
        }
        self.finished = true;
        Some(self.v)
    }
}

/// The iterator of `slice.split_inclusive(pred)`.
pub struct SplitInclusive<'a, T, P> {
    v: &'a [T],
    pred: P,
    finished: bool,
}

impl<'a, T, P: FnMut(&T) -> bool> Iterator for SplitInclusive<'a, T, P> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<&'a [T]> {
        if self.finished {
            return None;
        }
        let mut i = 0;
        while i < self.v.len() {
            if (self.pred)(&self.v[i]) {
                break;
            }
            i += 1;
        }
        let end = if i < self.v.len() { i + 1 } else { i };
        let head = &self.v[..end];
        self.v = &self.v[end..];
        if self.v.is_empty() {
            self.finished = true;
        }
        Some(head)
    }
}

/// The iterator of `slice.chunk_by(pred)`.
pub struct ChunkBy<'a, T, P> {
    v: &'a [T],
    pred: P,
}

impl<'a, T, P: FnMut(&T, &T) -> bool> Iterator for ChunkBy<'a, T, P> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<&'a [T]> {
        if self.v.is_empty() {
            return None;
        }
        let mut len = 1;
        while len < self.v.len() && (self.pred)(&self.v[len - 1], &self.v[len]) {
            len += 1;
        }
        let (head, tail) = self.v.split_at(len);
        self.v = tail;
        Some(head)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.v.is_empty() { (0, Some(0)) } else { (1, Some(self.v.len())) }
    }
}

impl<'a, T, P: FnMut(&T, &T) -> bool> DoubleEndedIterator for ChunkBy<'a, T, P> {
    fn next_back(&mut self) -> Option<&'a [T]> {
        let n = self.v.len();
        if n == 0 {
            return None;
        }
        let mut len = 1;
        while len < n && (self.pred)(&self.v[n - len - 1], &self.v[n - len]) {
            len += 1;
        }
        let (head, tail) = self.v.split_at(n - len);
        self.v = head;
        Some(tail)
    }
}
