//! `slice[range]`: indexing a slice by a range gives a subslice (`&v[1..3]`, `&v[n..]`),
//! checked against the slice's length with rustc's panic messages.

use crate::fmt::rt::Argument;
use crate::fmt::Arguments;
use crate::ops::{Index, IndexMut, Range, RangeFrom, RangeFull, RangeInclusive, RangeTo, RangeToInclusive};
use crate::panic::Location;
use crate::panicking::panic_fmt;
use super::raw::{from_raw_parts, from_raw_parts_mut};

extern "rust-intrinsic" {
    fn offset<T>(ptr: *const T, count: isize) -> *const T;
}

#[cold]
#[inline(never)]
fn index_fail(pieces: &[&'static str; 2], a: usize, b: usize) -> ! {
    let args = [Argument::new_display(&a), Argument::new_display(&b)];
    panic_fmt(Arguments::new_v1(pieces, &args), &Location::internal_constructor(file!(), line!(), column!()))
}

#[cold]
#[inline(never)]
fn max_fail() -> ! {
    let pieces = ["attempted to index slice up to maximum usize"];
    panic_fmt(Arguments::new_const(&pieces), &Location::internal_constructor(file!(), line!(), column!()))
}

/// The subslice `start..end` of a slice of length `len` (checked), as pointer offset and length.
#[inline]
fn checked(start: usize, end: usize, len: usize) -> (usize, usize) {
    if start > end {
        index_fail(&["slice index starts at ", " but ends at "], start, end);
    }
    if end > len {
        index_fail(&["range end index ", " out of range for slice of length "], end, len);
    }
    (start, end - start)
}

#[inline]
fn sub<T>(s: &[T], start: usize, end: usize) -> &[T] {
    let (off, n) = checked(start, end, s.len());
    unsafe { from_raw_parts(offset(s.as_ptr(), off as isize), n) }
}

#[inline]
fn sub_mut<T>(s: &mut [T], start: usize, end: usize) -> &mut [T] {
    let (off, n) = checked(start, end, s.len());
    unsafe { from_raw_parts_mut(offset(s.as_mut_ptr() as *const T, off as isize) as *mut T, n) }
}

/// `start..` past the end reports the start, as rustc does.
#[inline]
fn from_start(start: usize, len: usize) -> usize {
    if start > len {
        index_fail(&["range start index ", " out of range for slice of length "], start, len);
    }
    len
}

// `slice[i]` itself is built in; these impls are for generic code (`I: Index<usize>`) and
// for `[T; N]: Index<I>`, which goes through the slice's.
impl<T> Index<usize> for [T] {
    type Output = T;

    #[inline]
    fn index(&self, index: usize) -> &T {
        &self[index]
    }
}

impl<T> IndexMut<usize> for [T] {
    #[inline]
    fn index_mut(&mut self, index: usize) -> &mut T {
        &mut self[index]
    }
}

impl<T> Index<Range<usize>> for [T] {
    type Output = [T];
    #[inline]
    fn index(&self, r: Range<usize>) -> &[T] {
        sub(self, r.start, r.end)
    }
}

impl<T> IndexMut<Range<usize>> for [T] {
    #[inline]
    fn index_mut(&mut self, r: Range<usize>) -> &mut [T] {
        sub_mut(self, r.start, r.end)
    }
}

impl<T> Index<RangeFrom<usize>> for [T] {
    type Output = [T];
    #[inline]
    fn index(&self, r: RangeFrom<usize>) -> &[T] {
        let end = from_start(r.start, self.len());
        sub(self, r.start, end)
    }
}

impl<T> IndexMut<RangeFrom<usize>> for [T] {
    #[inline]
    fn index_mut(&mut self, r: RangeFrom<usize>) -> &mut [T] {
        let end = from_start(r.start, self.len());
        sub_mut(self, r.start, end)
    }
}

impl<T> Index<RangeTo<usize>> for [T] {
    type Output = [T];
    #[inline]
    fn index(&self, r: RangeTo<usize>) -> &[T] {
        sub(self, 0, r.end)
    }
}

impl<T> IndexMut<RangeTo<usize>> for [T] {
    #[inline]
    fn index_mut(&mut self, r: RangeTo<usize>) -> &mut [T] {
        sub_mut(self, 0, r.end)
    }
}

impl<T> Index<RangeFull> for [T] {
    type Output = [T];
    #[inline]
    fn index(&self, _r: RangeFull) -> &[T] {
        self
    }
}

impl<T> IndexMut<RangeFull> for [T] {
    #[inline]
    fn index_mut(&mut self, _r: RangeFull) -> &mut [T] {
        self
    }
}

impl<T> Index<RangeInclusive<usize>> for [T] {
    type Output = [T];
    #[inline]
    fn index(&self, r: RangeInclusive<usize>) -> &[T] {
        let (start, end) = r.into_inner();
        if end == !0usize {
            max_fail();
        }
        sub(self, start, end + 1)
    }
}

impl<T> IndexMut<RangeInclusive<usize>> for [T] {
    #[inline]
    fn index_mut(&mut self, r: RangeInclusive<usize>) -> &mut [T] {
        let (start, end) = r.into_inner();
        if end == !0usize {
            max_fail();
        }
        sub_mut(self, start, end + 1)
    }
}

impl<T> Index<RangeToInclusive<usize>> for [T] {
    type Output = [T];
    #[inline]
    fn index(&self, r: RangeToInclusive<usize>) -> &[T] {
        sub(self, 0, r.end + 1)
    }
}

impl<T> IndexMut<RangeToInclusive<usize>> for [T] {
    #[inline]
    fn index_mut(&mut self, r: RangeToInclusive<usize>) -> &mut [T] {
        sub_mut(self, 0, r.end + 1)
    }
}
