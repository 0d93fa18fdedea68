//! Comparing vectors with vectors, slices and arrays of any element type the elements
//! compare with (rustc's `__impl_slice_eq1` set), ordering vectors, and building them from
//! arrays.

use core::cmp::Ordering;
use super::Vec;

macro_rules! slice_eq {
    ([$($vars:tt)*] $lhs:ty, $rhs:ty) => {
        impl<T, U, $($vars)*> PartialEq<$rhs> for $lhs
        where
            T: PartialEq<U>,
        {
            #[inline]
            fn eq(&self, other: &$rhs) -> bool {
                self[..] == other[..]
            }
            #[inline]
            fn ne(&self, other: &$rhs) -> bool {
                self[..] != other[..]
            }
        }
    };
}

slice_eq! { [] Vec<T>, Vec<U> }
slice_eq! { [] Vec<T>, &[U] }
slice_eq! { [] Vec<T>, &mut [U] }
slice_eq! { [] &[T], Vec<U> }
slice_eq! { [] &mut [T], Vec<U> }
slice_eq! { [] Vec<T>, [U] }
slice_eq! { [] [T], Vec<U> }
slice_eq! { [const N: usize] Vec<T>, [U; N] }
slice_eq! { [const N: usize] Vec<T>, &[U; N] }

// Lexicographic, as slices compare. (Comparing element by element here rather than
// through `[T]`'s impl: tsrustc does not yet prove that impl's `PartialEq` supertrait
// through the generic `[A]: PartialEq<[B]>`.)
impl<T: PartialOrd> PartialOrd for Vec<T> {
    fn partial_cmp(&self, other: &Vec<T>) -> Option<Ordering> {
        let n = if self.len < other.len { self.len } else { other.len };
        let mut i = 0;
        while i < n {
            match self[i].partial_cmp(&other[i]) {
                Some(Ordering::Equal) => {}
                non_eq => return non_eq,
            }
            i += 1;
        }
        Some(self.len.cmp(&other.len))
    }
}

impl<T: Ord> Ord for Vec<T> {
    fn cmp(&self, other: &Vec<T>) -> Ordering {
        let n = if self.len < other.len { self.len } else { other.len };
        let mut i = 0;
        while i < n {
            match self[i].cmp(&other[i]) {
                Ordering::Equal => {}
                non_eq => return non_eq,
            }
            i += 1;
        }
        self.len.cmp(&other.len)
    }
}

impl<T, const N: usize> From<[T; N]> for Vec<T> {
    /// The array's values, moved into a new vector.
    fn from(arr: [T; N]) -> Vec<T> {
        let mut v = Vec::with_capacity(N);
        unsafe {
            core::ptr::copy_nonoverlapping(&arr as *const [T; N] as *const T, v.ptr, N);
            v.len = N;
        }
        core::mem::forget(arr);
        v
    }
}

impl<T: Clone, const N: usize> From<&[T; N]> for Vec<T> {
    fn from(arr: &[T; N]) -> Vec<T> {
        arr[..].to_vec()
    }
}

impl<T: Clone, const N: usize> From<&mut [T; N]> for Vec<T> {
    fn from(arr: &mut [T; N]) -> Vec<T> {
        arr[..].to_vec()
    }
}

impl<T: Clone> From<&Vec<T>> for Vec<T> {
    fn from(v: &Vec<T>) -> Vec<T> {
        v.clone()
    }
}

impl<T> From<Vec<T>> for crate::boxed::Box<[T]> {
    fn from(v: Vec<T>) -> crate::boxed::Box<[T]> {
        v.into_boxed_slice()
    }
}
