//! Strings from bytes that may not be UTF-8: `String::from_utf8` (checked, keeping the
//! bytes in the error) and `String::from_utf8_lossy` (bad sequences become U+FFFD).

use core::fmt;
use core::str::Utf8Error;
use crate::borrow::Cow;
use crate::vec::Vec;
use super::String;

/// `String::from_utf8` failed: the bytes and where they stop being UTF-8.
#[derive(Debug, PartialEq, Eq, Clone)]
pub struct FromUtf8Error {
    bytes: Vec<u8>,
    error: Utf8Error,
}

impl FromUtf8Error {
    /// The bytes that were not UTF-8.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes[..]
    }

    /// The bytes back.
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    /// Where the bytes stop being UTF-8.
    pub fn utf8_error(&self) -> Utf8Error {
        self.error
    }
}

impl fmt::Display for FromUtf8Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.error, f)
    }
}

impl core::error::Error for FromUtf8Error {}

impl String {
    /// The bytes as a string, if they are UTF-8 (no copy either way).
    pub fn from_utf8(vec: Vec<u8>) -> Result<String, FromUtf8Error> {
        match core::str::from_utf8(&vec) {
            Ok(_) => Ok(String { vec }),
            Err(e) => Err(FromUtf8Error { bytes: vec, error: e }),
        }
    }

    /// The bytes as a string, each invalid sequence replaced by U+FFFD; borrowed when the
    /// bytes are UTF-8 already.
    pub fn from_utf8_lossy(v: &[u8]) -> Cow<'_, str> {
        let mut rest = v;
        let first_error = match core::str::from_utf8(rest) {
            Ok(s) => return Cow::Borrowed(s),
            Err(e) => e,
        };
        let mut out = String::with_capacity(v.len());
        let mut error = first_error;
        loop {
            let valid = error.valid_up_to();
            out.push_str(unsafe { core::str::from_utf8_unchecked(&rest[..valid]) });
            out.push('\u{FFFD}');
            // An incomplete sequence at the end is one replacement for all of it.
            let bad = match error.error_len() {
                Some(n) => n,
                None => rest.len() - valid,
            };
            rest = &rest[valid + bad..];
            match core::str::from_utf8(rest) {
                Ok(s) => {
                    out.push_str(s);
                    return Cow::Owned(out);
                }
                Err(e) => error = e,
            }
        }
    }
}
