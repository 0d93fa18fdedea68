//! `v.splice(range, replace_with)`: drains a range and puts the values of `replace_with` in
//! its place when the `Splice` is dropped.

use super::{Drain, Vec};

/// The iterator `Vec::splice` returns: the removed values.
pub struct Splice<'a, I: Iterator> {
    drain: Drain<'a, I::Item>,
    replace_with: I,
}

impl<T> Vec<T> {
    /// Replaces the values in `range` by those of `replace_with`, yielding the removed ones.
    /// The replacement happens when the returned iterator is dropped.
    #[track_caller]
    pub fn splice<R, I>(&mut self, range: R, replace_with: I) -> Splice<'_, I::IntoIter>
    where
        R: core::ops::RangeBounds<usize>,
        I: IntoIterator<Item = T>,
    {
        Splice { drain: self.drain(range), replace_with: replace_with.into_iter() }
    }
}

impl<'a, I: Iterator> Iterator for Splice<'a, I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        self.drain.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.drain.size_hint()
    }
}

impl<'a, I: Iterator> DoubleEndedIterator for Splice<'a, I> {
    fn next_back(&mut self) -> Option<I::Item> {
        self.drain.next_back()
    }
}

impl<'a, I: Iterator> ExactSizeIterator for Splice<'a, I> {}

impl<'a, I: Iterator> Drop for Splice<'a, I> {
    fn drop(&mut self) {
        // Drop the removed values the caller did not take, then gather the replacement
        // (its length is only known once it is read) and open a gap of that size.
        while let Some(x) = self.drain.next() {
            drop(x);
        }
        let mut fresh: Vec<I::Item> = Vec::new();
        while let Some(x) = self.replace_with.next() {
            fresh.push(x);
        }
        unsafe {
            let vec = &mut *self.drain.vec;
            let start = vec.len;
            let n = fresh.len;
            let tail_len = self.drain.tail_len;
            // `reserve` keeps the tail: it lies within the old capacity, which a reallocation copies.
            let need = start + n + tail_len;
            if need > vec.capacity() {
                let old_len = vec.len;
                vec.len = self.drain.tail_start + tail_len;
                vec.reserve(need - vec.len);
                vec.len = old_len;
            }
            if tail_len > 0 {
                core::ptr::copy(vec.ptr.add(self.drain.tail_start) as *const I::Item, vec.ptr.add(start + n), tail_len);
            }
            core::ptr::copy_nonoverlapping(fresh.ptr as *const I::Item, vec.ptr.add(start), n);
            fresh.set_len(0);
            vec.len = start + n + tail_len;
            // Nothing is left for the drain's own drop to move.
            self.drain.tail_len = 0;
            self.drain.tail_start = vec.len;
        }
    }
}
