//! `s.drain(range)`: the chars of a byte range of a string, removed from it when the
//! iterator is dropped.

use core::fmt;
use core::ops::RangeBounds;
use core::str::Chars;
use super::String;

/// The iterator `String::drain` returns.
pub struct Drain<'a> {
    string: *mut String,
    start: usize,
    end: usize,
    iter: Chars<'a>,
}

impl String {
    /// Removes the chars of a byte range (on char boundaries), yielding them.
    #[track_caller]
    pub fn drain<R: RangeBounds<usize>>(&mut self, range: R) -> Drain<'_> {
        let (start, end) = crate::vec::range_of(&range, self.len());
        assert!(self.is_char_boundary(start));
        assert!(self.is_char_boundary(end));
        let string = self as *mut String;
        // The chars borrow the bytes, which stay in place until the drain is dropped.
        let iter = unsafe { (&(*string)[start..end]).chars() };
        Drain { string, start, end, iter }
    }
}

impl<'a> Drain<'a> {
    /// The part not yet yielded.
    pub fn as_str(&self) -> &str {
        self.iter.as_str()
    }
}

impl<'a> Iterator for Drain<'a> {
    type Item = char;

    #[inline]
    fn next(&mut self) -> Option<char> {
        self.iter.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }
}

impl<'a> DoubleEndedIterator for Drain<'a> {
    #[inline]
    fn next_back(&mut self) -> Option<char> {
        self.iter.next_back()
    }
}

impl<'a> Drop for Drain<'a> {
    fn drop(&mut self) {
        unsafe {
            let vec = &mut (*self.string).vec;
            if self.start <= self.end && self.end <= vec.len() {
                vec.drain(self.start..self.end);
            }
        }
    }
}

impl<'a> fmt::Debug for Drain<'a> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Drain").field(&self.as_str()).finish()
    }
}
