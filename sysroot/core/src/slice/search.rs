//! Searching and comparing slices: `contains`, `starts_with`/`ends_with`, binary search.

use crate::cmp::Ordering::{self, Equal, Greater, Less};
use crate::cmp::{Ord, PartialEq};
use crate::ops::FnMut;
use crate::result::Result::{self, Err, Ok};

/// Binary search of `$s` by how each element `$e` orders against the target (`$order`), with
/// the probing order of Rust's core: halve `size`, keep `base` at or below the answer. A
/// macro rather than a fn taking a closure: generic instances in other crates then need no
/// closure bodies from core.
macro_rules! binary_search {
    ($s:expr, |$e:ident| $order:expr) => {{
        let s = $s;
        let mut size = s.len();
        if size == 0 {
            return Err(0);
        }
        let mut base = 0usize;
        while size > 1 {
            let half = size / 2;
            let mid = base + half;
            let cmp = {
                let $e = &s[mid];
                $order
            };
            base = if cmp == Greater { base } else { mid };
            size -= half;
        }
        let cmp = {
            let $e = &s[base];
            $order
        };
        if cmp == Equal { Ok(base) } else { Err(base + (cmp == Less) as usize) }
    }};
}

impl<T> [T] {
    /// Whether some element equals `x`.
    pub fn contains(&self, x: &T) -> bool
    where
        T: PartialEq,
    {
        let mut i = 0;
        while i < self.len() {
            if self[i] == *x {
                return true;
            }
            i += 1;
        }
        false
    }

    /// Whether `needle` is a prefix of the slice.
    pub fn starts_with(&self, needle: &[T]) -> bool
    where
        T: PartialEq,
    {
        let n = needle.len();
        n <= self.len() && equal_range(self, 0, needle)
    }

    /// Whether `needle` is a suffix of the slice.
    pub fn ends_with(&self, needle: &[T]) -> bool
    where
        T: PartialEq,
    {
        let n = needle.len();
        n <= self.len() && equal_range(self, self.len() - n, needle)
    }

    /// Binary search of a sorted slice: `Ok(index)` of a matching element, or `Err(index)`
    /// where `x` could be inserted keeping the order.
    pub fn binary_search(&self, x: &T) -> Result<usize, usize>
    where
        T: Ord,
    {
        binary_search!(self, |e| e.cmp(x))
    }

    /// Binary search with a comparator that tells how an element orders against the target.
    pub fn binary_search_by<F>(&self, mut f: F) -> Result<usize, usize>
    where
        F: FnMut(&T) -> Ordering,
    {
        binary_search!(self, |e| f(e))
    }

    /// Binary search by a key extracted from each element.
    pub fn binary_search_by_key<B, F>(&self, b: &B, mut f: F) -> Result<usize, usize>
    where
        F: FnMut(&T) -> B,
        B: Ord,
    {
        binary_search!(self, |e| f(e).cmp(b))
    }
}

fn equal_range<T: PartialEq>(s: &[T], start: usize, needle: &[T]) -> bool {
    let mut i = 0;
    while i < needle.len() {
        if s[start + i] != needle[i] {
            return false;
        }
        i += 1;
    }
    true
}
