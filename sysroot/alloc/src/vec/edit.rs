//! Vector edits built on the basic ones: keeping values by a predicate that may change
//! them, deduplicating by key, resizing, and copying a range to the end.

use core::ops::RangeBounds;
use super::Vec;

impl<T> Vec<T> {
    /// Keeps only the values `f` approves, in order; `f` may change the values it sees.
    pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, mut f: F) {
        let len = self.len;
        let mut kept = 0;
        let mut i = 0;
        while i < len {
            unsafe {
                let p = self.ptr.add(i);
                if f(&mut *p) {
                    if kept != i {
                        core::ptr::copy(p as *const T, self.ptr.add(kept), 1);
                    }
                    kept = kept + 1;
                } else {
                    core::ptr::drop_in_place(p);
                }
            }
            i = i + 1;
        }
        self.len = kept;
    }

    /// Removes consecutive values with the same key, keeping the first of each run.
    pub fn dedup_by_key<K: PartialEq, F: FnMut(&mut T) -> K>(&mut self, mut key: F) {
        self.dedup_by(|a, b| key(a) == key(b))
    }

    /// Grows to `new_len` with values `f` makes, or shrinks to it.
    pub fn resize_with<F: FnMut() -> T>(&mut self, new_len: usize, mut f: F) {
        if new_len <= self.len {
            self.truncate(new_len);
            return;
        }
        self.reserve(new_len - self.len);
        while self.len < new_len {
            self.push(f());
        }
    }

    /// Removes and returns the last value if `predicate` accepts it.
    pub fn pop_if(&mut self, predicate: impl FnOnce(&mut T) -> bool) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let last = unsafe { &mut *self.ptr.add(self.len - 1) };
        if predicate(last) { self.pop() } else { None }
    }

    /// The vector's values, leaked: they live for the rest of the program.
    pub fn leak<'a>(self) -> &'a mut [T] {
        let len = self.len;
        let ptr = self.ptr;
        core::mem::forget(self);
        unsafe { core::slice::from_raw_parts_mut(ptr, len) }
    }
}

impl<T: Clone> Vec<T> {
    /// Grows to `new_len` with clones of `value`, or shrinks to it.
    pub fn resize(&mut self, new_len: usize, value: T) {
        if new_len <= self.len {
            self.truncate(new_len);
            return;
        }
        self.reserve(new_len - self.len);
        while self.len + 1 < new_len {
            self.push(value.clone());
        }
        self.push(value);
    }

    /// Appends clones of the values in `src` (a range of this vector's indices).
    #[track_caller]
    pub fn extend_from_within<R: RangeBounds<usize>>(&mut self, src: R) {
        let (start, end) = super::drain::range_of(&src, self.len);
        self.reserve(end - start);
        let mut i = start;
        while i < end {
            let v = unsafe { (*self.ptr.add(i)).clone() };
            self.push(v);
            i = i + 1;
        }
    }
}
