//! Checking that bytes are UTF-8: `str::from_utf8` and the `Utf8Error` it reports, with
//! rustc's rules (no overlong forms, no surrogates, nothing above U+10FFFF).

use crate::fmt;

/// Where and how a byte sequence stops being UTF-8.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Utf8Error {
    valid_up_to: usize,
    error_len: Option<u8>,
}

impl Utf8Error {
    /// The length of the valid prefix.
    pub const fn valid_up_to(&self) -> usize {
        self.valid_up_to
    }

    /// The length of the invalid sequence after the valid prefix, or `None` when the input
    /// ended in the middle of a sequence that could still be completed.
    pub const fn error_len(&self) -> Option<usize> {
        match self.error_len {
            Some(n) => Some(n as usize),
            None => None,
        }
    }
}

impl fmt::Display for Utf8Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.error_len {
            Some(n) => write!(f, "invalid utf-8 sequence of {} bytes from index {}", n, self.valid_up_to),
            None => write!(f, "incomplete utf-8 byte sequence from index {}", self.valid_up_to),
        }
    }
}

impl crate::error::Error for Utf8Error {}

/// Whether `b` continues a multi-byte sequence (`10xxxxxx`).
#[inline]
fn is_cont(b: u8) -> bool {
    (b & 0xC0) == 0x80
}

/// Checks `v`, reporting the first problem.
pub(crate) fn validate(v: &[u8]) -> Result<(), Utf8Error> {
    let len = v.len();
    let mut i = 0;
    while i < len {
        let start = i;
        let first = v[i];
        if first < 0x80 {
            i += 1;
            continue;
        }
        // How many bytes of the sequence were read when it went wrong: `Some(n)` for a bad
        // byte, `None` for the end of the input.
        let width = if first >= 0xC2 && first <= 0xDF {
            2
        } else if first >= 0xE0 && first <= 0xEF {
            3
        } else if first >= 0xF0 && first <= 0xF4 {
            4
        } else {
            return Err(Utf8Error { valid_up_to: start, error_len: Some(1) });
        };
        if i + 1 >= len {
            return Err(Utf8Error { valid_up_to: start, error_len: None });
        }
        let second = v[i + 1];
        let second_ok = match width {
            2 => is_cont(second),
            3 => match first {
                0xE0 => second >= 0xA0 && second <= 0xBF,
                0xED => second >= 0x80 && second <= 0x9F,
                _ => is_cont(second),
            },
            _ => match first {
                0xF0 => second >= 0x90 && second <= 0xBF,
                0xF4 => second >= 0x80 && second <= 0x8F,
                _ => is_cont(second),
            },
        };
        if !second_ok {
            return Err(Utf8Error { valid_up_to: start, error_len: Some(1) });
        }
        let mut k = 2;
        while k < width {
            if i + k >= len {
                return Err(Utf8Error { valid_up_to: start, error_len: None });
            }
            if !is_cont(v[i + k]) {
                return Err(Utf8Error { valid_up_to: start, error_len: Some(k as u8) });
            }
            k += 1;
        }
        i += width;
    }
    Ok(())
}

/// `v` as a `str` if it is UTF-8.
pub fn from_utf8(v: &[u8]) -> Result<&str, Utf8Error> {
    match validate(v) {
        Ok(()) => Ok(unsafe { super::from_utf8_unchecked(v) }),
        Err(e) => Err(e),
    }
}

/// `v` as a `&mut str` if it is UTF-8.
pub fn from_utf8_mut(v: &mut [u8]) -> Result<&mut str, Utf8Error> {
    match validate(v) {
        Ok(()) => Ok(unsafe { super::from_utf8_unchecked_mut(v) }),
        Err(e) => Err(e),
    }
}
