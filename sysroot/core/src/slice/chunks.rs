//! Overlapping windows and consecutive chunks of a slice, as iterators of subslices.

use crate::iter::{DoubleEndedIterator, ExactSizeIterator, Iterator};
use crate::option::Option::{self, None, Some};

impl<T> [T] {
    /// Every contiguous window of `size` elements, overlapping (`[1, 2, 3]` by 2: `[1, 2]`,
    /// `[2, 3]`). Panics if `size` is 0.
    pub fn windows(&self, size: usize) -> Windows<'_, T> {
        if size == 0 {
            crate::panicking::panic_str("window size must be non-zero");
        }
        Windows { v: self, size: size }
    }

    /// Consecutive chunks of `chunk_size` elements; the last one may be shorter. Panics if
    /// `chunk_size` is 0.
    pub fn chunks(&self, chunk_size: usize) -> Chunks<'_, T> {
        if chunk_size == 0 {
            crate::panicking::panic_str("chunk size must be non-zero");
        }
        Chunks { v: self, chunk_size: chunk_size }
    }

    /// Consecutive chunks of exactly `chunk_size` elements; the leftover is in `remainder()`.
    /// Panics if `chunk_size` is 0.
    pub fn chunks_exact(&self, chunk_size: usize) -> ChunksExact<'_, T> {
        if chunk_size == 0 {
            crate::panicking::panic_str("chunk size must be non-zero");
        }
        let whole = self.len() - self.len() % chunk_size;
        let (v, rem) = self.split_at(whole);
        ChunksExact { v: v, rem: rem, chunk_size: chunk_size }
    }
}

/// The iterator of `slice.windows(n)`.
pub struct Windows<'a, T> {
    v: &'a [T],
    size: usize,
}

impl<'a, T> Iterator for Windows<'a, T> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<&'a [T]> {
        if self.size > self.v.len() {
            return None;
        }
        let w = &self.v[..self.size];
        self.v = &self.v[1..];
        Some(w)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.len();
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for Windows<'a, T> {
    fn next_back(&mut self) -> Option<&'a [T]> {
        let len = self.v.len();
        if self.size > len {
            return None;
        }
        let w = &self.v[len - self.size..];
        self.v = &self.v[..len - 1];
        Some(w)
    }
}

impl<'a, T> ExactSizeIterator for Windows<'a, T> {
    fn len(&self) -> usize {
        if self.size > self.v.len() { 0 } else { self.v.len() - self.size + 1 }
    }
}

/// The iterator of `slice.chunks(n)`.
pub struct Chunks<'a, T> {
    v: &'a [T],
    chunk_size: usize,
}

impl<'a, T> Iterator for Chunks<'a, T> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<&'a [T]> {
        if self.v.is_empty() {
            return None;
        }
        let n = if self.chunk_size < self.v.len() { self.chunk_size } else { self.v.len() };
        let (head, tail) = self.v.split_at(n);
        self.v = tail;
        Some(head)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.len();
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for Chunks<'a, T> {
    fn next_back(&mut self) -> Option<&'a [T]> {
        let len = self.v.len();
        if len == 0 {
            return None;
        }
        let rem = len % self.chunk_size;
        let n = if rem == 0 { self.chunk_size } else { rem };
        let (head, tail) = self.v.split_at(len - n);
        self.v = head;
        Some(tail)
    }
}

impl<'a, T> ExactSizeIterator for Chunks<'a, T> {
    fn len(&self) -> usize {
        (self.v.len() + self.chunk_size - 1) / self.chunk_size
    }
}

/// The iterator of `slice.chunks_exact(n)`.
pub struct ChunksExact<'a, T> {
    v: &'a [T],
    rem: &'a [T],
    chunk_size: usize,
}

impl<'a, T> ChunksExact<'a, T> {
    /// The elements left over after the last whole chunk.
    pub fn remainder(&self) -> &'a [T] {
        self.rem
    }
}

impl<'a, T> Iterator for ChunksExact<'a, T> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<&'a [T]> {
        if self.v.len() < self.chunk_size {
            return None;
        }
        let (head, tail) = self.v.split_at(self.chunk_size);
        self.v = tail;
        Some(head)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.v.len() / self.chunk_size;
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for ChunksExact<'a, T> {
    fn next_back(&mut self) -> Option<&'a [T]> {
        let len = self.v.len();
        if len < self.chunk_size {
            return None;
        }
        let (head, tail) = self.v.split_at(len - self.chunk_size);
        self.v = head;
        Some(tail)
    }
}

impl<'a, T> ExactSizeIterator for ChunksExact<'a, T> {}
