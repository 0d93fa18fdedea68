//! String slice methods that allocate (an inherent impl on `str`, as in Rust's alloc).

use crate::string::String;
use core::str::pattern::Pattern;

pub use core::str::*;

impl str {
    /// The string with every char upper-cased by Unicode's rules (`"ß"` becomes `"SS"`).
    pub fn to_uppercase(&self) -> String {
        let mut s = String::with_capacity(self.len());
        for c in self.chars() {
            for u in c.to_uppercase() {
                s.push(u);
            }
        }
        s
    }

    /// The string with every char lower-cased by Unicode's rules; a capital sigma at the
    /// end of a word becomes the final form `ς`, as in Rust.
    pub fn to_lowercase(&self) -> String {
        let mut s = String::with_capacity(self.len());
        for (i, c) in self.char_indices() {
            if c == '\u{3A3}' {
                s.push(if is_word_final(self, i) { '\u{3C2}' } else { '\u{3C3}' });
                continue;
            }
            for l in c.to_lowercase() {
                s.push(l);
            }
        }
        s
    }

    /// The string with ASCII letters upper-cased (other chars unchanged).
    pub fn to_ascii_uppercase(&self) -> String {
        let mut s = String::with_capacity(self.len());
        s.push_str(self);
        s.make_ascii_uppercase();
        s
    }

    /// The string with ASCII letters lower-cased (other chars unchanged).
    pub fn to_ascii_lowercase(&self) -> String {
        let mut s = String::with_capacity(self.len());
        s.push_str(self);
        s.make_ascii_lowercase();
        s
    }

    /// Every non-overlapping match of `from` (left to right) replaced by `to`.
    pub fn replace<P: Pattern>(&self, from: P, to: &str) -> String {
        let mut out = String::with_capacity(self.len());
        let mut last = 0;
        for (at, m) in self.match_indices(from) {
            out.push_str(&self[last..at]);
            out.push_str(to);
            last = at + m.len();
        }
        out.push_str(&self[last..]);
        out
    }

    /// The first `count` matches of `pat` replaced by `to`.
    pub fn replacen<P: Pattern>(&self, pat: P, to: &str, count: usize) -> String {
        let mut out = String::with_capacity(self.len());
        let mut last = 0;
        for (at, m) in self.match_indices(pat).take(count) {
            out.push_str(&self[last..at]);
            out.push_str(to);
            last = at + m.len();
        }
        out.push_str(&self[last..]);
        out
    }

    /// The string `n` times.
    pub fn repeat(&self, n: usize) -> String {
        let mut s = String::with_capacity(self.len() * n);
        let mut i = 0;
        while i < n {
            s.push_str(self);
            i = i + 1;
        }
        s
    }

    /// A `Box<str>` becomes a `String` without copying.
    pub fn into_string(self: crate::boxed::Box<str>) -> String {
        String::from(self)
    }
}

/// Whether the char at byte `i` ends a word: a cased letter before it and none after it
/// (Rust also skips case-ignorable marks on both sides, which only matters around them).
fn is_word_final(s: &str, i: usize) -> bool {
    let before = match s[..i].chars().next_back() {
        Some(c) => c.is_lowercase() || c.is_uppercase(),
        None => false,
    };
    let after = match s[i + 2..].chars().next() {
        Some(c) => c.is_lowercase() || c.is_uppercase(),
        None => false,
    };
    before && !after
}
