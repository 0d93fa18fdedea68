//! The iterators of `str`: `chars`, `char_indices`, `bytes`, `split_whitespace`, `lines`
//! (the pattern splits are in `split.rs`).

use super::pattern::{decode_at, prev_boundary};
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, Iterator};

/// The chars of a string slice, front to back (or back to front).
#[derive(Clone)]
pub struct Chars<'a> {
    pub(super) s: &'a str,
    pub(super) front: usize,
    pub(super) back: usize,
}

impl<'a> Iterator for Chars<'a> {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        if self.front >= self.back {
            return None;
        }
        let (c, len) = decode_at(self.s, self.front);
        self.front = self.front + len;
        Some(c)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.back - self.front;
        ((n + 3) / 4, Some(n))
    }
}

impl<'a> DoubleEndedIterator for Chars<'a> {
    fn next_back(&mut self) -> Option<char> {
        if self.front >= self.back {
            return None;
        }
        let start = prev_boundary(self.s, self.back);
        let (c, _) = decode_at(self.s, start);
        self.back = start;
        Some(c)
    }
}

impl<'a> Chars<'a> {
    /// The part not yet iterated.
    pub fn as_str(&self) -> &'a str {
        &self.s[self.front..self.back]
    }
}

/// The chars with their byte offsets.
#[derive(Clone)]
pub struct CharIndices<'a> {
    pub(super) chars: Chars<'a>,
}

impl<'a> Iterator for CharIndices<'a> {
    type Item = (usize, char);
    fn next(&mut self) -> Option<(usize, char)> {
        let at = self.chars.front;
        match self.chars.next() {
            Some(c) => Some((at, c)),
            None => None,
        }
    }
}

impl<'a> CharIndices<'a> {
    /// The byte offset of the next char (the string's length at the end).
    pub fn offset(&self) -> usize {
        self.chars.front
    }

    /// The part not yet iterated.
    pub fn as_str(&self) -> &'a str {
        self.chars.as_str()
    }
}

impl<'a> DoubleEndedIterator for CharIndices<'a> {
    fn next_back(&mut self) -> Option<(usize, char)> {
        match self.chars.next_back() {
            Some(c) => Some((self.chars.back, c)),
            None => None,
        }
    }
}

/// The bytes of a string slice.
#[derive(Clone)]
pub struct Bytes<'a> {
    pub(super) b: &'a [u8],
    pub(super) front: usize,
    pub(super) back: usize,
}

impl<'a> Iterator for Bytes<'a> {
    type Item = u8;
    fn next(&mut self) -> Option<u8> {
        if self.front >= self.back {
            return None;
        }
        self.front = self.front + 1;
        Some(self.b[self.front - 1])
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.back - self.front;
        (n, Some(n))
    }
}

impl<'a> DoubleEndedIterator for Bytes<'a> {
    fn next_back(&mut self) -> Option<u8> {
        if self.front >= self.back {
            return None;
        }
        self.back = self.back - 1;
        Some(self.b[self.back])
    }
}

/// The words of a string: the non-empty pieces between runs of Unicode whitespace.
pub struct SplitWhitespace<'a> {
    pub(super) s: &'a str,
    pub(super) pos: usize,
    pub(super) end: usize,
}

impl<'a> Iterator for SplitWhitespace<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let s = self.s;
        while self.pos < self.end {
            let (c, len) = decode_at(s, self.pos);
            if !c.is_whitespace() {
                break;
            }
            self.pos = self.pos + len;
        }
        if self.pos >= self.end {
            return None;
        }
        let start = self.pos;
        while self.pos < self.end {
            let (c, len) = decode_at(s, self.pos);
            if c.is_whitespace() {
                break;
            }
            self.pos = self.pos + len;
        }
        Some(&s[start..self.pos])
    }
}

impl<'a> DoubleEndedIterator for SplitWhitespace<'a> {
    fn next_back(&mut self) -> Option<&'a str> {
        let s = self.s;
        while self.end > self.pos {
            let at = prev_boundary(s, self.end);
            let (c, _) = decode_at(s, at);
            if !c.is_whitespace() {
                break;
            }
            self.end = at;
        }
        if self.end <= self.pos {
            return None;
        }
        let stop = self.end;
        while self.end > self.pos {
            let at = prev_boundary(s, self.end);
            let (c, _) = decode_at(s, at);
            if c.is_whitespace() {
                break;
            }
            self.end = at;
        }
        Some(&s[self.end..stop])
    }
}

/// The lines of a string: split at `\n`, a `\r` before it removed, no empty last line.
pub struct Lines<'a> {
    pub(super) s: &'a str,
    pub(super) pos: usize,
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let s = self.s;
        if self.pos >= s.len() {
            return None;
        }
        let b = s.as_bytes();
        let start = self.pos;
        let mut i = start;
        while i < b.len() && b[i] != b'\n' {
            i = i + 1;
        }
        self.pos = i + 1;
        let mut end = i;
        if end > start && b[end - 1] == b'\r' && i < b.len() {
            end = end - 1;
        }
        Some(&s[start..end])
    }
}

impl<'a> ExactSizeIterator for Bytes<'a> {}

impl<'a> crate::fmt::Debug for Chars<'a> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.write_str("Chars(")?;
        f.debug_list().entries(self.clone()).finish()?;
        f.write_str(")")
    }
}
