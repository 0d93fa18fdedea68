//! String slice methods that allocate (an inherent impl on `str`, as in Rust's alloc).

use crate::string::String;

pub use core::str::*;

fn bytes_to_string(b: &[u8]) -> String {
    let mut s = String::with_capacity(b.len());
    s.push_bytes(b);
    s
}

impl str {
    /// The string with ASCII letters upper-cased (other chars unchanged).
    pub fn to_uppercase(&self) -> String {
        let b = self.as_bytes();
        let mut s = String::with_capacity(b.len());
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            s.push_bytes(&[if c >= b'a' && c <= b'z' { c - 32 } else { c }]);
            i = i + 1;
        }
        s
    }

    /// The string with ASCII letters lower-cased (other chars unchanged).
    pub fn to_lowercase(&self) -> String {
        let b = self.as_bytes();
        let mut s = String::with_capacity(b.len());
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            s.push_bytes(&[if c >= b'A' && c <= b'Z' { c + 32 } else { c }]);
            i = i + 1;
        }
        s
    }

    pub fn to_owned(&self) -> String {
        bytes_to_string(self.as_bytes())
    }

    /// Every non-overlapping match of `from` (left to right) replaced by `to`.
    pub fn replace(&self, from: &str, to: &str) -> String {
        let hay = self.as_bytes();
        let pat = from.as_bytes();
        let mut out = String::new();
        let mut i = 0;
        while i < hay.len() {
            if pat.len() > 0 && i + pat.len() <= hay.len() && starts_at(hay, i, pat) {
                out.push_str(to);
                i = i + pat.len();
            } else {
                out.push_bytes(crate::slice::sub(hay, i, i + 1));
                i = i + 1;
            }
        }
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
}

fn starts_at(hay: &[u8], at: usize, pat: &[u8]) -> bool {
    let mut j = 0;
    while j < pat.len() {
        if hay[at + j] != pat[j] {
            return false;
        }
        j = j + 1;
    }
    true
}
