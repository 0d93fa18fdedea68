//! String edits that keep the string UTF-8: keeping chars by a predicate, replacing a
//! byte range, splitting off the end, copying a range to the end.

use core::ops::RangeBounds;
use super::String;

impl String {
    /// Keeps only the chars `f` approves, in order.
    pub fn retain<F: FnMut(char) -> bool>(&mut self, mut f: F) {
        let len = self.len();
        let mut kept = 0;
        let mut idx = 0;
        while idx < len {
            let c = match self[idx..].chars().next() {
                Some(c) => c,
                None => break,
            };
            let n = c.len_utf8();
            if f(c) {
                if kept != idx {
                    unsafe {
                        let p = self.vec.as_mut_ptr();
                        core::ptr::copy(p.add(idx) as *const u8, p.add(kept), n);
                    }
                }
                kept += n;
            }
            idx += n;
        }
        unsafe { self.vec.set_len(kept) };
    }

    /// Replaces the bytes in `range` (on char boundaries) by `replace_with`.
    #[track_caller]
    pub fn replace_range<R: RangeBounds<usize>>(&mut self, range: R, replace_with: &str) {
        let (start, end) = crate::vec::range_of(&range, self.len());
        assert!(self.is_char_boundary(start));
        assert!(self.is_char_boundary(end));
        self.vec.splice(start..end, replace_with.bytes());
    }

    /// Splits the string at byte `at` (a char boundary): `self` keeps `[0, at)` and the
    /// rest is returned.
    #[track_caller]
    pub fn split_off(&mut self, at: usize) -> String {
        assert!(self.is_char_boundary(at));
        String { vec: self.vec.split_off(at) }
    }

    /// Appends a copy of the bytes in `src` (a range on char boundaries).
    #[track_caller]
    pub fn extend_from_within<R: RangeBounds<usize>>(&mut self, src: R) {
        let (start, end) = crate::vec::range_of(&src, self.len());
        assert!(self.is_char_boundary(start));
        assert!(self.is_char_boundary(end));
        self.vec.extend_from_within(start..end);
    }

    /// The string's bytes, for writing.
    ///
    /// # Safety
    /// The bytes must be valid UTF-8 when the borrow ends.
    pub unsafe fn as_mut_vec(&mut self) -> &mut crate::vec::Vec<u8> {
        &mut self.vec
    }

    /// Shrinks the capacity to the length.
    pub fn shrink_to_fit(&mut self) {
        self.vec.shrink_to_fit()
    }

    /// Makes room for exactly `additional` more bytes.
    pub fn reserve_exact(&mut self, additional: usize) {
        self.vec.reserve_exact(additional)
    }

    /// The string leaked: it lives for the rest of the program.
    pub fn leak<'a>(self) -> &'a mut str {
        let bytes = self.vec.leak();
        unsafe { core::str::from_utf8_unchecked_mut(bytes) }
    }
}
