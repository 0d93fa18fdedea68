//! `it.step_by(k)`: the first value, then every `k`th after it.

use crate::option::Option::{self, None, Some};
use super::super::double_ended::{DoubleEndedIterator, ExactSizeIterator};
use super::super::iterator::Iterator;

#[derive(Clone, Debug)]
pub struct StepBy<I> {
    iter: I,
    /// `k - 1`: values skipped between two yielded ones.
    skip: usize,
    first_take: bool,
}

impl<I> StepBy<I> {
    pub(in crate::iter) fn new(iter: I, step: usize) -> StepBy<I> {
        assert!(step != 0);
        StepBy { iter, skip: step - 1, first_take: true }
    }
}

impl<I: Iterator> Iterator for StepBy<I> {
    type Item = I::Item;

    #[inline]
    fn next(&mut self) -> Option<I::Item> {
        if self.first_take {
            self.first_take = false;
            self.iter.next()
        } else {
            self.iter.nth(self.skip)
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let step = self.skip + 1;
        let (lo, hi) = self.iter.size_hint();
        if self.first_take {
            let lo = if lo == 0 { 0 } else { 1 + (lo - 1) / step };
            let hi = match hi {
                Some(h) => Some(if h == 0 { 0 } else { 1 + (h - 1) / step }),
                None => None,
            };
            (lo, hi)
        } else {
            let hi = match hi {
                Some(h) => Some(h / step),
                None => None,
            };
            (lo / step, hi)
        }
    }
}

impl<I: DoubleEndedIterator + ExactSizeIterator> DoubleEndedIterator for StepBy<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        // The last value taken from the front sits at a multiple of the step: the back
        // value is the last such one, `rem` values before the end.
        let step = self.skip + 1;
        let rem = self.iter.len() % step;
        let back = if self.first_take { if rem == 0 { step - 1 } else { rem - 1 } } else { rem };
        self.iter.nth_back(back)
    }
}

impl<I: ExactSizeIterator> ExactSizeIterator for StepBy<I> {}
