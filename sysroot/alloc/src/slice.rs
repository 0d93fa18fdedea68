//! Slice methods that allocate: sorting, copying, repeating, and joining pieces.

use core::borrow::Borrow;
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

/// What `concat` and `join` on a slice put together: strings into a `String`
/// (`["a", "b"].join(", ")`), vectors and slices into a `Vec` (`[[1, 2], [3]].concat()`).
///
/// Rust's `[T]::concat` and `join` take `Self: Concat<Item>` / `Join<Separator>` bounds;
/// tsrustc does not yet normalize projections through such where-clauses, so the element
/// type names what is built and what separates the pieces.
pub trait Concatenate: Sized {
    /// What the pieces make.
    type Output;
    /// What goes between two pieces (`str` for strings, the element type for vectors).
    type Separator: ?Sized;
    /// The pieces one after another, with `sep` between them when it is given.
    fn join_all(pieces: &[Self], sep: Option<&Self::Separator>) -> Self::Output;
}

fn join_strs<S: Borrow<str>>(pieces: &[S], sep: Option<&str>) -> String {
    let mut len = 0;
    for p in pieces {
        len += p.borrow().len();
    }
    let mut s = String::with_capacity(len);
    let mut first = true;
    for p in pieces {
        if !first {
            if let Some(sep) = sep {
                s.push_str(sep);
            }
        }
        first = false;
        s.push_str(p.borrow());
    }
    s
}

fn join_slices<T: Clone, V: Borrow<[T]>>(pieces: &[V], sep: Option<&T>) -> Vec<T> {
    let mut v = Vec::new();
    let mut first = true;
    for p in pieces {
        if !first {
            if let Some(sep) = sep {
                v.push(sep.clone());
            }
        }
        first = false;
        v.extend_from_slice(p.borrow());
    }
    v
}

macro_rules! concatenate_strs {
    ($([$($lt:lifetime)?] $t:ty),*) => {$(
        impl<$($lt)?> Concatenate for $t {
            type Output = String;
            type Separator = str;
            fn join_all(pieces: &[$t], sep: Option<&str>) -> String {
                join_strs(pieces, sep)
            }
        }
    )*};
}

concatenate_strs!(['a] &'a str, [] String, [] Box<str>, ['a] crate::borrow::Cow<'a, str>);

impl<T: Clone> Concatenate for Vec<T> {
    type Output = Vec<T>;
    type Separator = T;
    fn join_all(pieces: &[Vec<T>], sep: Option<&T>) -> Vec<T> {
        join_slices(pieces, sep)
    }
}

impl<'a, T: Clone> Concatenate for &'a [T] {
    type Output = Vec<T>;
    type Separator = T;
    fn join_all(pieces: &[&'a [T]], sep: Option<&T>) -> Vec<T> {
        join_slices(pieces, sep)
    }
}

impl<T: Clone, const N: usize> Concatenate for [T; N] {
    type Output = Vec<T>;
    type Separator = T;
    fn join_all(pieces: &[[T; N]], sep: Option<&T>) -> Vec<T> {
        join_slices(pieces, sep)
    }
}

impl<S: Concatenate> [S] {
    /// The pieces with `sep` between them: `["a", "b"].join(", ")` is `"a, b"`,
    /// `[[1, 2], [3]].join(&0)` is `[1, 2, 0, 3]`.
    pub fn join(&self, sep: &S::Separator) -> S::Output {
        S::join_all(self, Some(sep))
    }

    /// The pieces one after another.
    pub fn concat(&self) -> S::Output {
        S::join_all(self, None)
    }
}

impl<T> [T] {
    /// Sorts by a key computed once per element (for expensive keys); stable.
    pub fn sort_by_cached_key<K: Ord, F: FnMut(&T) -> K>(&mut self, mut f: F) {
        let len = self.len();
        if len < 2 {
            return;
        }
        let mut keys: Vec<(K, usize)> = Vec::with_capacity(len);
        let mut i = 0;
        while i < len {
            keys.push((f(&self[i]), i));
            i += 1;
        }
        // (key, index) pairs are distinct, so an unstable sort keeps equal keys in order.
        keys.sort_unstable();
        // Apply the permutation: element i comes from keys[i].1, following the chain of
        // already-moved positions.
        let mut i = 0;
        while i < len {
            let mut index = keys[i].1;
            while index < i {
                index = keys[index].1;
            }
            keys[i].1 = index;
            self.swap(i, index);
            i += 1;
        }
    }

    /// The slice `n` times over.
    pub fn repeat(&self, n: usize) -> Vec<T>
    where
        T: Copy,
    {
        let mut v = Vec::with_capacity(self.len() * n);
        let mut i = 0;
        while i < n {
            let mut j = 0;
            while j < self.len() {
                v.push(self[j]);
                j += 1;
            }
            i += 1;
        }
        v
    }
}

impl [u8] {
    /// A copy of the bytes with ASCII letters upper-cased.
    pub fn to_ascii_uppercase(&self) -> Vec<u8> {
        let mut v = self.to_vec();
        v.make_ascii_uppercase();
        v
    }

    /// A copy of the bytes with ASCII letters lower-cased.
    pub fn to_ascii_lowercase(&self) -> Vec<u8> {
        let mut v = self.to_vec();
        v.make_ascii_lowercase();
        v
    }
}
