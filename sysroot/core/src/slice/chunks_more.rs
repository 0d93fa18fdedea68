//! More chunkings of a slice: chunks counted from the back (`rchunks`), and chunks for
//! writing (`chunks_mut`, `chunks_exact_mut`).

use crate::iter::{DoubleEndedIterator, ExactSizeIterator, Iterator};
use crate::option::Option::{self, None, Some};

impl<T> [T] {
    /// Consecutive chunks of `chunk_size` elements counted from the end; the last one (the
    /// start of the slice) may be shorter. Panics if `chunk_size` is 0.
    pub fn rchunks(&self, chunk_size: usize) -> RChunks<'_, T> {
        if chunk_size == 0 {
            crate::panicking::panic_str("chunk size must be non-zero");
        }
        RChunks { v: self, chunk_size }
    }

    /// Consecutive chunks of `chunk_size` elements, for writing; the last may be shorter.
    pub fn chunks_mut(&mut self, chunk_size: usize) -> ChunksMut<'_, T> {
        if chunk_size == 0 {
            crate::panicking::panic_str("chunk size must be non-zero");
        }
        ChunksMut { v: self, chunk_size }
    }

    /// Consecutive chunks of exactly `chunk_size` elements, for writing; the leftover is in
    /// `into_remainder()`.
    pub fn chunks_exact_mut(&mut self, chunk_size: usize) -> ChunksExactMut<'_, T> {
        if chunk_size == 0 {
            crate::panicking::panic_str("chunk size must be non-zero");
        }
        let whole = self.len() - self.len() % chunk_size;
        let (v, rem) = self.split_at_mut(whole);
        ChunksExactMut { v, rem, chunk_size }
    }
}

/// The iterator of `slice.rchunks(n)`.
pub struct RChunks<'a, T> {
    v: &'a [T],
    chunk_size: usize,
}

impl<'a, T> Iterator for RChunks<'a, T> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<&'a [T]> {
        let len = self.v.len();
        if len == 0 {
            return None;
        }
        let n = if self.chunk_size < len { self.chunk_size } else { len };
        let (head, tail) = self.v.split_at(len - n);
        self.v = head;
        Some(tail)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = (self.v.len() + self.chunk_size - 1) / self.chunk_size;
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for RChunks<'a, T> {
    fn next_back(&mut self) -> Option<&'a [T]> {
        let len = self.v.len();
        if len == 0 {
            return None;
        }
        let rem = len % self.chunk_size;
        let n = if rem == 0 { self.chunk_size } else { rem };
        let (head, tail) = self.v.split_at(n);
        self.v = tail;
        Some(head)
    }
}

impl<'a, T> ExactSizeIterator for RChunks<'a, T> {}

/// The iterator of `slice.chunks_mut(n)`.
pub struct ChunksMut<'a, T> {
    v: &'a mut [T],
    chunk_size: usize,
}

impl<'a, T> Iterator for ChunksMut<'a, T> {
    type Item = &'a mut [T];

    fn next(&mut self) -> Option<&'a mut [T]> {
        if self.v.is_empty() {
            return None;
        }
        let n = if self.chunk_size < self.v.len() { self.chunk_size } else { self.v.len() };
        let v = crate::mem::take(&mut self.v);
        let (head, tail) = v.split_at_mut(n);
        self.v = tail;
        Some(head)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = (self.v.len() + self.chunk_size - 1) / self.chunk_size;
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for ChunksMut<'a, T> {
    fn next_back(&mut self) -> Option<&'a mut [T]> {
        let len = self.v.len();
        if len == 0 {
            return None;
        }
        let rem = len % self.chunk_size;
        let n = if rem == 0 { self.chunk_size } else { rem };
        let v = crate::mem::take(&mut self.v);
        let (head, tail) = v.split_at_mut(len - n);
        self.v = head;
        Some(tail)
    }
}

impl<'a, T> ExactSizeIterator for ChunksMut<'a, T> {}

/// The iterator of `slice.chunks_exact_mut(n)`.
pub struct ChunksExactMut<'a, T> {
    v: &'a mut [T],
    rem: &'a mut [T],
    chunk_size: usize,
}

impl<'a, T> ChunksExactMut<'a, T> {
    /// The elements left over after the last whole chunk.
    pub fn into_remainder(self) -> &'a mut [T] {
        self.rem
    }
}

impl<'a, T> Iterator for ChunksExactMut<'a, T> {
    type Item = &'a mut [T];

    fn next(&mut self) -> Option<&'a mut [T]> {
        if self.v.len() < self.chunk_size {
            return None;
        }
        let v = crate::mem::take(&mut self.v);
        let (head, tail) = v.split_at_mut(self.chunk_size);
        self.v = tail;
        Some(head)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.v.len() / self.chunk_size;
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for ChunksExactMut<'a, T> {
    fn next_back(&mut self) -> Option<&'a mut [T]> {
        let len = self.v.len();
        if len < self.chunk_size {
            return None;
        }
        let v = crate::mem::take(&mut self.v);
        let (head, tail) = v.split_at_mut(len - self.chunk_size);
        self.v = head;
        Some(tail)
    }
}

impl<'a, T> ExactSizeIterator for ChunksExactMut<'a, T> {}
