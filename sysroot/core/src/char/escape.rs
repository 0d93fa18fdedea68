//! `c.escape_default()`, `c.escape_debug()`, `c.escape_unicode()`: a char as the chars of
//! its escaped form, an iterator that also displays as that text.

use crate::fmt;
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, Iterator};

/// The chars of an escape (at most `\u{10ffff}`, ten of them).
#[derive(Clone, Debug)]
pub struct Escape {
    buf: [u8; 10],
    start: usize,
    end: usize,
}

/// The iterator `char::escape_default` returns.
pub type EscapeDefault = Escape;
/// The iterator `char::escape_debug` returns.
pub type EscapeDebug = Escape;
/// The iterator `char::escape_unicode` returns.
pub type EscapeUnicode = Escape;

impl Escape {
    fn printable(c: char) -> Escape {
        // Only ASCII goes through here, or a char written as itself below.
        let mut buf = [0u8; 10];
        let mut e = [0u8; 4];
        let s = c.encode_utf8(&mut e);
        let n = s.len();
        buf[..n].copy_from_slice(s.as_bytes());
        Escape { buf, start: 0, end: n }
    }

    fn backslash(c: u8) -> Escape {
        let mut buf = [0u8; 10];
        buf[0] = b'\\';
        buf[1] = c;
        Escape { buf, start: 0, end: 2 }
    }

    pub(crate) fn unicode(c: char) -> Escape {
        let digits = b"0123456789abcdef";
        let mut buf = [0u8; 10];
        buf[0] = b'\\';
        buf[1] = b'u';
        buf[2] = b'{';
        let code = c as u32;
        let mut ndigits = 1;
        while ndigits < 6 && (code >> (4 * ndigits)) != 0 {
            ndigits += 1;
        }
        let mut i = 0;
        while i < ndigits {
            buf[3 + i] = digits[((code >> (4 * (ndigits - 1 - i))) & 15) as usize];
            i += 1;
        }
        buf[3 + ndigits] = b'}';
        Escape { buf, start: 0, end: 4 + ndigits }
    }

    pub(crate) fn default_of(c: char) -> Escape {
        match c {
            '\t' => Escape::backslash(b't'),
            '\r' => Escape::backslash(b'r'),
            '\n' => Escape::backslash(b'n'),
            '\\' | '\'' | '"' => Escape::backslash(c as u8),
            '\x20'..='\x7e' => Escape::printable(c),
            _ => Escape::unicode(c),
        }
    }

    pub(crate) fn debug_of(c: char) -> Escape {
        match c {
            '\0' => Escape::backslash(b'0'),
            '\t' => Escape::backslash(b't'),
            '\r' => Escape::backslash(b'r'),
            '\n' => Escape::backslash(b'n'),
            '\\' | '\'' | '"' => Escape::backslash(c as u8),
            _ if crate::unicode::needs_debug_escape(c as u32) => Escape::unicode(c),
            _ => Escape::printable(c),
        }
    }

    /// The text not yet yielded (all ASCII, except a printable char kept as itself).
    fn as_str(&self) -> &str {
        unsafe { crate::str::from_utf8_unchecked(&self.buf[self.start..self.end]) }
    }
}

impl Iterator for Escape {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        let c = self.as_str().chars().next()?;
        self.start += c.len_utf8();
        Some(c)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.as_str().chars().count();
        (n, Some(n))
    }
}

impl DoubleEndedIterator for Escape {
    fn next_back(&mut self) -> Option<char> {
        let c = self.as_str().chars().next_back()?;
        self.end -= c.len_utf8();
        Some(c)
    }
}

impl ExactSizeIterator for Escape {}

impl fmt::Display for Escape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl char {
    /// The char as Rust writes it in a literal: `\n`, `\'`, printable ASCII as itself,
    /// everything else `\u{..}`.
    pub fn escape_default(self) -> EscapeDefault {
        Escape::default_of(self)
    }

    /// The char as `{:?}` shows it, without the quotes.
    pub fn escape_debug(self) -> EscapeDebug {
        Escape::debug_of(self)
    }

    /// The char as `\u{..}` with its code point in hex.
    pub fn escape_unicode(self) -> EscapeUnicode {
        Escape::unicode(self)
    }
}
