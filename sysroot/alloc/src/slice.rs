//! Slice methods that allocate: joining strings.

use crate::boxed::Box;
use crate::string::String;
use crate::vec::Vec;
use core::cmp::Ordering;

/// `&s[from..to]` (bounds checked by the callers).
pub(crate) fn sub<T>(s: &[T], from: usize, to: usize) -> &[T] {
    unsafe { core::slice::from_raw_parts(s.as_ptr().add(from), to - from) }
}

impl<T> [T] {
    /// Sorts the slice in ascending order, stably (a merge sort).
    pub fn sort(&mut self)
    where
        T: Ord,
    {
        let n = self.len();
        crate::vec::sort_by_cmp(self.as_mut_ptr(), n, &mut ord_cmp::<T>);
    }

    /// Sorts the slice stably by `compare`.
    pub fn sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, mut compare: F) {
        let n = self.len();
        crate::vec::sort_by_cmp(self.as_mut_ptr(), n, &mut compare);
    }

    /// Sorts the slice stably by the key `f` extracts.
    pub fn sort_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, mut f: F) {
        let n = self.len();
        crate::vec::sort_by_key(self.as_mut_ptr(), n, &mut f);
    }

    /// The boxed slice's allocation becomes the vector's buffer (what `vec![a, b]` builds on).
    pub fn into_vec(self: Box<Self>) -> Vec<T> {
        let len = self.len();
        let ptr = Box::into_raw(self) as *mut T;
        unsafe { Vec::from_raw_parts(ptr, len, len) }
    }

    /// A vector of clones of the elements.
    pub fn to_vec(&self) -> Vec<T>
    where
        T: Clone,
    {
        let mut v = Vec::with_capacity(self.len());
        v.extend_from_slice(self);
        v
    }
}

fn ord_cmp<T: Ord>(a: &T, b: &T) -> Ordering {
    a.cmp(b)
}

/// String-like elements that `join` and `concat` on slices accept (`&str`, `String`).
pub trait JoinStr {
    fn join_str(&self) -> &str;
}

impl JoinStr for &str {
    fn join_str(&self) -> &str {
        self
    }
}

impl JoinStr for String {
    fn join_str(&self) -> &str {
        self.as_str()
    }
}

impl<S: JoinStr> [S] {
    /// The elements with `sep` between them: `["a", "b"].join(", ")` is `"a, b"`.
    pub fn join(&self, sep: &str) -> String {
        let mut s = String::new();
        let mut i = 0;
        while i < self.len() {
            if i > 0 {
                s.push_str(sep);
            }
            s.push_str(self[i].join_str());
            i = i + 1;
        }
        s
    }

    /// The elements one after another.
    pub fn concat(&self) -> String {
        self.join("")
    }
}
