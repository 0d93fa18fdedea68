//! In-place reordering: `fill`, `rotate_left`/`rotate_right`, and the unstable sorts
//! (heapsort: in place, no allocation, O(n log n)).

use crate::clone::Clone;
use crate::cmp::Ord;
use crate::cmp::Ordering::{self, Less};
use crate::ops::FnMut;

/// Heapsort of the slice `$v` by the "is less" test `$less` on `$a`, `$b` (in place, no
/// allocation, O(n log n)). A macro rather than a fn taking a closure: generic instances in
/// other crates then need no closure bodies from core.
macro_rules! heapsort {
    ($v:expr, |$a:ident, $b:ident| $less:expr) => {{
        let v = $v;
        let len = v.len();
        // Build a max-heap, then move the maximum to the end repeatedly.
        let mut start = len / 2;
        let mut end = len;
        while end > 1 {
            let node0 = if start > 0 {
                start -= 1;
                start
            } else {
                end -= 1;
                v.swap(0, end);
                0
            };
            let mut node = node0;
            loop {
                let mut child = 2 * node + 1;
                if child >= end {
                    break;
                }
                if child + 1 < end {
                    let $a = &v[child];
                    let $b = &v[child + 1];
                    if $less {
                        child += 1;
                    }
                }
                let go = {
                    let $a = &v[node];
                    let $b = &v[child];
                    $less
                };
                if !go {
                    break;
                }
                v.swap(node, child);
                node = child;
            }
        }
    }};
}

impl<T> [T] {
    /// Sets every element to a clone of `value`.
    pub fn fill(&mut self, value: T)
    where
        T: Clone,
    {
        let mut i = 0;
        while i < self.len() {
            self[i] = value.clone();
            i += 1;
        }
    }

    /// Sets every element to what `f` returns.
    pub fn fill_with<F: FnMut() -> T>(&mut self, mut f: F) {
        let mut i = 0;
        while i < self.len() {
            self[i] = f();
            i += 1;
        }
    }

    /// Rotates left by `mid`: element `mid` becomes the first. Panics if `mid > len`.
    pub fn rotate_left(&mut self, mid: usize) {
        if mid > self.len() {
            crate::panicking::panic_str("assertion failed: mid <= self.len()");
        }
        let n = self.len();
        reverse_range(self, 0, mid);
        reverse_range(self, mid, n);
        self.reverse();
    }

    /// Rotates right by `k`: the last `k` elements move to the front. Panics if `k > len`.
    pub fn rotate_right(&mut self, k: usize) {
        if k > self.len() {
            crate::panicking::panic_str("assertion failed: k <= self.len()");
        }
        let n = self.len();
        self.rotate_left(n - k);
    }

    /// Sorts in ascending order; equal elements may be reordered.
    pub fn sort_unstable(&mut self)
    where
        T: Ord,
    {
        heapsort!(self, |a, b| a.cmp(b) == Less);
    }

    /// Sorts with a comparator; equal elements may be reordered.
    pub fn sort_unstable_by<F>(&mut self, mut compare: F)
    where
        F: FnMut(&T, &T) -> Ordering,
    {
        heapsort!(self, |a, b| compare(a, b) == Less);
    }

    /// Sorts by a key extracted from each element; equal keys may be reordered.
    pub fn sort_unstable_by_key<K, F>(&mut self, mut f: F)
    where
        F: FnMut(&T) -> K,
        K: Ord,
    {
        heapsort!(self, |a, b| f(a).cmp(&f(b)) == Less);
    }
}

fn reverse_range<T>(v: &mut [T], from: usize, to: usize) {
    let mut i = from;
    let mut j = to;
    while i + 1 < j {
        j -= 1;
        v.swap(i, j);
        i += 1;
    }
}

