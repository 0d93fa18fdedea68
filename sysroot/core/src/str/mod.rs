//! String slices: `str`, a `[u8]` that holds UTF-8. The inherent methods are here, as in
//! Rust's core; the compiler knows `str`'s layout (a fat pointer of address and length).

use crate::intrinsics;

mod escape;
mod from_str;
mod index;
mod iter;
mod matches;
mod methods;
mod split;
mod utf8;
pub mod pattern;

pub use escape::{EscapeDebug, EscapeDefault, EscapeUnicode};
pub use from_str::{FromStr, ParseBoolError, ParseCharError};
pub use iter::{Bytes, CharIndices, Chars, Lines, SplitWhitespace};
pub use matches::{MatchIndices, Matches, RMatchIndices, RMatches};
pub use utf8::{from_utf8, from_utf8_mut, Utf8Error};
pub use split::{RSplit, RSplitN, RSplitTerminator, Split, SplitInclusive, SplitN, SplitTerminator};

/// The `str` of `v` without checking that it is UTF-8.
///
/// # Safety
/// `v` must be valid UTF-8.
pub const unsafe fn from_utf8_unchecked(v: &[u8]) -> &str {
    intrinsics::transmute::<&[u8], &str>(v)
}

/// The `&mut str` of `v` without checking that it is UTF-8.
///
/// # Safety
/// `v` must be valid UTF-8 and stay so.
pub unsafe fn from_utf8_unchecked_mut(v: &mut [u8]) -> &mut str {
    intrinsics::transmute::<&mut [u8], &mut str>(v)
}

impl str {
    /// The length in bytes.
    pub const fn len(&self) -> usize {
        unsafe { intrinsics::str_len(self) }
    }

    pub const fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub const fn as_ptr(&self) -> *const u8 {
        unsafe { intrinsics::str_ptr(self) }
    }

    /// The UTF-8 bytes.
    pub const fn as_bytes(&self) -> &[u8] {
        unsafe { intrinsics::transmute::<&str, &[u8]>(self) }
    }

    /// Whether byte `index` starts a char (or is the end).
    pub fn is_char_boundary(&self, index: usize) -> bool {
        if index == 0 || index == self.len() {
            return true;
        }
        if index > self.len() {
            return false;
        }
        (self.as_bytes()[index] & 0xC0) != 0x80
    }
}
