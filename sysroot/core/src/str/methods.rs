//! Searching, trimming, splitting and iterating string slices (`find`, `contains`,
//! `starts_with`, `trim`, `split_whitespace`, `lines`, `chars`...), as in Rust's core.

use super::iter::{Bytes, CharIndices, Chars, Lines, SplitWhitespace};
use super::pattern::{decode_at, prev_boundary, Pattern};
use super::split::Split;

impl str {
    pub fn chars(&self) -> Chars<'_> {
        Chars { s: self, front: 0, back: self.len() }
    }

    pub fn char_indices(&self) -> CharIndices<'_> {
        CharIndices { chars: self.chars() }
    }

    pub fn bytes(&self) -> Bytes<'_> {
        Bytes { b: self.as_bytes(), front: 0, back: self.len() }
    }

    pub fn split_whitespace(&self) -> SplitWhitespace<'_> {
        SplitWhitespace { s: self, pos: 0, end: self.len() }
    }

    pub fn lines(&self) -> Lines<'_> {
        Lines { s: self, pos: 0 }
    }

    /// The byte offset of the first match.
    pub fn find<P: Pattern>(&self, pat: P) -> Option<usize> {
        let mut pat = pat;
        let mut i = 0;
        while i <= self.len() {
            if self.is_char_boundary(i) && i < self.len() {
                if pat.match_at(self, i).is_some() {
                    return Some(i);
                }
            }
            i = i + 1;
        }
        None
    }

    /// The byte offset of the last match.
    pub fn rfind<P: Pattern>(&self, pat: P) -> Option<usize> {
        let mut pat = pat;
        let mut i = self.len();
        while i > 0 {
            i = i - 1;
            if self.is_char_boundary(i) && pat.match_at(self, i).is_some() {
                return Some(i);
            }
        }
        None
    }

    pub fn contains<P: Pattern>(&self, pat: P) -> bool {
        self.find(pat).is_some()
    }

    pub fn starts_with<P: Pattern>(&self, pat: P) -> bool {
        let mut pat = pat;
        if self.len() == 0 {
            // Only the empty string matches an empty haystack.
            return pat.match_at("\0", 0) == Some(0);
        }
        pat.match_at(self, 0).is_some()
    }

    pub fn ends_with<P: Pattern>(&self, pat: P) -> bool {
        let mut pat = pat;
        let n = self.len();
        let mut i = n;
        while i > 0 {
            i = i - 1;
            if self.is_char_boundary(i) {
                if let Some(len) = pat.match_at(self, i) {
                    if i + len == n {
                        return true;
                    }
                }
            }
        }
        pat.match_at("\0", 0) == Some(0)
    }

    pub fn strip_prefix<P: Pattern>(&self, prefix: P) -> Option<&str> {
        let mut prefix = prefix;
        if self.len() == 0 {
            return if prefix.match_at("\0", 0) == Some(0) { Some(self) } else { None };
        }
        match prefix.match_at(self, 0) {
            Some(len) => Some(&self[len..]),
            None => None,
        }
    }

    pub fn strip_suffix<P: Pattern>(&self, suffix: P) -> Option<&str> {
        let mut suffix = suffix;
        let n = self.len();
        let mut i = n;
        while i > 0 {
            i = i - 1;
            if self.is_char_boundary(i) {
                if let Some(len) = suffix.match_at(self, i) {
                    if i + len == n {
                        return Some(&self[..i]);
                    }
                }
            }
        }
        if suffix.match_at("\0", 0) == Some(0) { Some(self) } else { None }
    }

    pub fn trim(&self) -> &str {
        self.trim_start().trim_end()
    }

    pub fn trim_start(&self) -> &str {
        let mut i = 0;
        while i < self.len() {
            let (c, len) = decode_at(self, i);
            if !c.is_whitespace() {
                break;
            }
            i = i + len;
        }
        &self[i..]
    }

    pub fn trim_end(&self) -> &str {
        let mut end = self.len();
        while end > 0 {
            let at = prev_boundary(self, end);
            let (c, _) = decode_at(self, at);
            if !c.is_whitespace() {
                break;
            }
            end = at;
        }
        &self[..end]
    }

    pub fn trim_start_matches<P: Pattern>(&self, pat: P) -> &str {
        let mut pat = pat;
        let mut i = 0;
        while i < self.len() {
            match pat.match_at(self, i) {
                Some(len) if len > 0 => i = i + len,
                _ => break,
            }
        }
        &self[i..]
    }

    pub fn trim_end_matches<P: Pattern>(&self, pat: P) -> &str {
        let mut pat = pat;
        let mut end = self.len();
        'outer: while end > 0 {
            let mut i = end;
            while i > 0 {
                i = i - 1;
                if self.is_char_boundary(i) {
                    if let Some(len) = pat.match_at(self, i) {
                        if len > 0 && i + len == end {
                            end = i;
                            continue 'outer;
                        }
                    }
                }
            }
            break;
        }
        &self[..end]
    }

    pub fn trim_matches<P: Pattern>(&self, pat: P) -> &str {
        let mut pat = pat;
        let start_trimmed = {
            let mut i = 0;
            while i < self.len() {
                match pat.match_at(self, i) {
                    Some(len) if len > 0 => i = i + len,
                    _ => break,
                }
            }
            i
        };
        let rest = &self[start_trimmed..];
        rest.trim_end_matches(pat)
    }

    pub fn is_ascii(&self) -> bool {
        let b = self.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] >= 0x80 {
                return false;
            }
            i = i + 1;
        }
        true
    }

    pub fn eq_ignore_ascii_case(&self, other: &str) -> bool {
        let a = self.as_bytes();
        let b = other.as_bytes();
        if a.len() != b.len() {
            return false;
        }
        let mut i = 0;
        while i < a.len() {
            let x = if a[i] >= b'A' && a[i] <= b'Z' { a[i] + 32 } else { a[i] };
            let y = if b[i] >= b'A' && b[i] <= b'Z' { b[i] + 32 } else { b[i] };
            if x != y {
                return false;
            }
            i = i + 1;
        }
        true
    }

    pub fn split_at(&self, mid: usize) -> (&str, &str) {
        (&self[..mid], &self[mid..])
    }

    /// The sub-string at a byte range, or `None` when it is out of bounds or not on char
    /// boundaries. (Rust's takes any `SliceIndex<str>`, which is always a range of
    /// `usize` for `str`.)
    pub fn get<R: crate::ops::RangeBounds<usize>>(&self, range: R) -> Option<&str> {
        let start = match range.start_bound() {
            crate::ops::Bound::Included(&s) => s,
            crate::ops::Bound::Excluded(&s) => s + 1,
            crate::ops::Bound::Unbounded => 0,
        };
        let end = match range.end_bound() {
            crate::ops::Bound::Included(&e) => e + 1,
            crate::ops::Bound::Excluded(&e) => e,
            crate::ops::Bound::Unbounded => self.len(),
        };
        if start <= end && end <= self.len() && self.is_char_boundary(start) && self.is_char_boundary(end) {
            Some(&self[start..end])
        } else {
            None
        }
    }

    /// The words of the string: the non-empty pieces between runs of ASCII whitespace.
    pub fn split_ascii_whitespace(&self) -> crate::iter::Filter<Split<'_, fn(char) -> bool>, fn(&&str) -> bool> {
        self.split(is_ascii_ws as fn(char) -> bool).filter(non_empty as fn(&&str) -> bool)
    }

    /// Upper-cases the ASCII letters in place.
    pub fn make_ascii_uppercase(&mut self) {
        let b = unsafe { &mut *(self as *mut str as *mut [u8]) };
        let mut i = 0;
        while i < b.len() {
            b[i] = b[i].to_ascii_uppercase();
            i += 1;
        }
    }

    /// Lower-cases the ASCII letters in place.
    pub fn make_ascii_lowercase(&mut self) {
        let b = unsafe { &mut *(self as *mut str as *mut [u8]) };
        let mut i = 0;
        while i < b.len() {
            b[i] = b[i].to_ascii_lowercase();
            i += 1;
        }
    }

    /// The string without leading and trailing ASCII whitespace.
    pub fn trim_ascii(&self) -> &str {
        self.trim_matches(|c: char| c.is_ascii_whitespace())
    }

    pub fn trim_ascii_start(&self) -> &str {
        self.trim_start_matches(|c: char| c.is_ascii_whitespace())
    }

    pub fn trim_ascii_end(&self) -> &str {
        self.trim_end_matches(|c: char| c.is_ascii_whitespace())
    }

    /// Alias of `trim_start_matches` under its pre-2018 name.
    pub fn trim_left_matches<P: Pattern>(&self, pat: P) -> &str {
        self.trim_start_matches(pat)
    }

    pub fn trim_right_matches<P: Pattern>(&self, pat: P) -> &str {
        self.trim_end_matches(pat)
    }

    pub fn trim_left(&self) -> &str {
        self.trim_start()
    }

    pub fn trim_right(&self) -> &str {
        self.trim_end()
    }
}

fn is_ascii_ws(c: char) -> bool {
    c.is_ascii_whitespace()
}

fn non_empty(s: &&str) -> bool {
    !s.is_empty()
}
