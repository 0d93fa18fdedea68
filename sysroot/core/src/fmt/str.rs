//! Formatting of string slices: padded and truncated for `{}`, quoted and escaped for
//! `{:?}` (which, as in Rust, ignores width and precision).

use crate::result::Result::{Err, Ok};

use super::{Debug, Display, Formatter, Result};
use crate::unicode;

impl Display for str {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.pad(self)
    }
}

impl Debug for str {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let s: &str = self;
        let ptr = unsafe { crate::intrinsics::str_ptr(s) };
        let len = unsafe { crate::intrinsics::str_len(s) };
        tri!(f.write_str("\""));
        // Runs of bytes that need no escaping are written in one piece.
        let mut start: usize = 0;
        let mut i: usize = 0;
        while i < len {
            let b = unsafe { *((ptr as usize + i) as *const u8) };
            if b < 0x80 {
                // ASCII: printable except controls, DEL, and the quote and backslash.
                if b == b'"' || b == b'\\' || b < 0x20 || b == 0x7f {
                    tri!(f.write_bytes((ptr as usize + start) as *const u8, i - start));
                    tri!(write_ascii_escape(b, f));
                    start = i + 1;
                }
                i = i + 1;
            } else {
                let n = unicode::utf8_len(b);
                let c = unicode::decode_utf8((ptr as usize + i) as *const u8, n);
                if unicode::needs_debug_escape(c) {
                    tri!(f.write_bytes((ptr as usize + start) as *const u8, i - start));
                    tri!(write_unicode_escape(c, f));
                    start = i + n;
                }
                i = i + n;
            }
        }
        tri!(f.write_bytes((ptr as usize + start) as *const u8, len - start));
        f.write_str("\"")
    }
}

/// The escape `{:?}` uses for an ASCII byte: `\n`, `\"`, or `\u{1b}` for other controls.
fn write_ascii_escape(b: u8, f: &mut Formatter<'_>) -> Result {
    if b == b'\n' {
        f.write_str("\\n")
    } else if b == b'\r' {
        f.write_str("\\r")
    } else if b == b'\t' {
        f.write_str("\\t")
    } else if b == 0 {
        f.write_str("\\0")
    } else if b == b'"' {
        f.write_str("\\\"")
    } else if b == b'\\' {
        f.write_str("\\\\")
    } else {
        write_unicode_escape(b as u32, f)
    }
}

/// `\u{...}`: the code point in lowercase hex without leading zeros.
pub(crate) fn write_unicode_escape(c: u32, f: &mut Formatter<'_>) -> Result {
    let digits = [b'0', b'1', b'2', b'3', b'4', b'5', b'6', b'7', b'8', b'9', b'a', b'b', b'c', b'd', b'e', b'f'];
    // Filled from the end: at most 6 hex digits (U+10FFFF), then the `\u{` before them.
    let mut buf = [0u8; 10];
    let mut i: usize = 9;
    buf[9] = b'}';
    let mut n = c;
    loop {
        i = i - 1;
        buf[i] = digits[(n & 15) as usize];
        n = n >> 4;
        if n == 0 {
            break;
        }
    }
    buf[i - 1] = b'{';
    buf[i - 2] = b'u';
    buf[i - 3] = b'\\';
    i = i - 3;
    f.write_bytes(&buf[i] as *const u8, 10 - i)
}
