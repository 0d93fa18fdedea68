//! Ranges of integers (and `char`s) as iterators, through the `Step` trait.

use crate::marker::Copy;
use crate::ops::{Range, RangeFrom, RangeInclusive};
use crate::option::Option::{self, None, Some};
use super::double_ended::{DoubleEndedIterator, ExactSizeIterator};
use super::iterator::Iterator;

/// Types with successor and predecessor operations, which ranges of them iterate over.
pub trait Step: Copy {
    /// The number of steps from `start` to `end` (`None` when `end < start` or it does not
    /// fit a `usize`).
    fn steps_between(start: &Self, end: &Self) -> Option<usize>;
    /// `start` advanced by `count` steps; the caller guarantees it does not overflow.
    fn forward_unchecked(start: Self, count: usize) -> Self;
    /// `start` moved back by `count` steps; the caller guarantees it does not overflow.
    fn backward_unchecked(start: Self, count: usize) -> Self;
    /// `a < b` in step order.
    fn step_lt(a: &Self, b: &Self) -> bool;
}

macro_rules! step_integer_impls {
    ($($t:ty)*) => {
        $(
            impl Step for $t {
                #[inline]
                fn steps_between(start: &$t, end: &$t) -> Option<usize> {
                    if *start <= *end {
                        let diff = (*end as i128) - (*start as i128);
                        if diff as u128 <= (!0usize) as u128 { Some(diff as usize) } else { None }
                    } else {
                        None
                    }
                }
                #[inline]
                fn forward_unchecked(start: $t, count: usize) -> $t {
                    start + count as $t
                }
                #[inline]
                fn backward_unchecked(start: $t, count: usize) -> $t {
                    start - count as $t
                }
                #[inline]
                fn step_lt(a: &$t, b: &$t) -> bool {
                    *a < *b
                }
            }
        )*
    };
}

step_integer_impls! { usize u8 u16 u32 u64 isize i8 i16 i32 i64 }

// 128-bit ranges count steps through u128 (a difference may not fit i128).
macro_rules! step_wide_impls {
    ($($t:ty)*) => {
        $(
            impl Step for $t {
                #[inline]
                fn steps_between(start: &$t, end: &$t) -> Option<usize> {
                    if *start <= *end {
                        let diff = end.wrapping_sub(*start) as u128;
                        if diff <= (!0usize) as u128 { Some(diff as usize) } else { None }
                    } else {
                        None
                    }
                }
                #[inline]
                fn forward_unchecked(start: $t, count: usize) -> $t {
                    start + count as $t
                }
                #[inline]
                fn backward_unchecked(start: $t, count: usize) -> $t {
                    start - count as $t
                }
                #[inline]
                fn step_lt(a: &$t, b: &$t) -> bool {
                    *a < *b
                }
            }
        )*
    };
}

step_wide_impls! { u128 i128 }

/// Chars step over the surrogate gap U+D800..=U+DFFF, as Rust's.
impl Step for char {
    #[inline]
    fn steps_between(start: &char, end: &char) -> Option<usize> {
        let s = *start as u32;
        let e = *end as u32;
        if s <= e {
            let mut count = e - s;
            if s < 0xD800 && 0xE000 <= e {
                count -= 0x800;
            }
            Some(count as usize)
        } else {
            None
        }
    }
    #[inline]
    fn forward_unchecked(start: char, count: usize) -> char {
        let s = start as u32;
        let mut r = s + count as u32;
        if s < 0xD800 && 0xD800 <= r {
            r += 0x800;
        }
        unsafe { crate::intrinsics::transmute::<u32, char>(r) }
    }
    #[inline]
    fn backward_unchecked(start: char, count: usize) -> char {
        let s = start as u32;
        let mut r = s - count as u32;
        if s >= 0xE000 && 0xE000 > r {
            r -= 0x800;
        }
        unsafe { crate::intrinsics::transmute::<u32, char>(r) }
    }
    #[inline]
    fn step_lt(a: &char, b: &char) -> bool {
        (*a as u32) < (*b as u32)
    }
}

impl<A: Step> Iterator for Range<A> {
    type Item = A;

    #[inline]
    fn next(&mut self) -> Option<A> {
        if Step::step_lt(&self.start, &self.end) {
            let n = self.start;
            self.start = Step::forward_unchecked(n, 1);
            Some(n)
        } else {
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match Step::steps_between(&self.start, &self.end) {
            Some(n) => (n, Some(n)),
            None => (0, Some(0)),
        }
    }

    #[inline]
    fn nth(&mut self, n: usize) -> Option<A> {
        match Step::steps_between(&self.start, &self.end) {
            Some(left) if n < left => {
                let x = Step::forward_unchecked(self.start, n);
                self.start = Step::forward_unchecked(x, 1);
                Some(x)
            }
            _ => {
                self.start = self.end;
                None
            }
        }
    }
}

impl<A: Step> DoubleEndedIterator for Range<A> {
    #[inline]
    fn next_back(&mut self) -> Option<A> {
        if Step::step_lt(&self.start, &self.end) {
            self.end = Step::backward_unchecked(self.end, 1);
            Some(self.end)
        } else {
            None
        }
    }
}

impl<A: Step> ExactSizeIterator for Range<A> {}

impl<A: Step> Iterator for RangeFrom<A> {
    type Item = A;

    #[inline]
    fn next(&mut self) -> Option<A> {
        let n = self.start;
        self.start = Step::forward_unchecked(n, 1);
        Some(n)
    }
}

impl<A: Step> Iterator for RangeInclusive<A> {
    type Item = A;

    #[inline]
    fn next(&mut self) -> Option<A> {
        if self.exhausted || Step::step_lt(&self.end, &self.start) {
            return None;
        }
        let n = self.start;
        if Step::step_lt(&n, &self.end) {
            self.start = Step::forward_unchecked(n, 1);
        } else {
            self.exhausted = true;
        }
        Some(n)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.exhausted {
            return (0, Some(0));
        }
        match Step::steps_between(&self.start, &self.end) {
            Some(n) => (n + 1, Some(n + 1)),
            None => (0, Some(0)),
        }
    }
}

impl<A: Step> DoubleEndedIterator for RangeInclusive<A> {
    #[inline]
    fn next_back(&mut self) -> Option<A> {
        if self.exhausted || Step::step_lt(&self.end, &self.start) {
            return None;
        }
        let n = self.end;
        if Step::step_lt(&self.start, &n) {
            self.end = Step::backward_unchecked(n, 1);
        } else {
            self.exhausted = true;
        }
        Some(n)
    }
}
