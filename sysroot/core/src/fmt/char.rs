//! Formatting of `char`: its UTF-8 for `{}` (padded like text), quoted and escaped for
//! `{:?}` (which, as in Rust, ignores width and precision).

use crate::result::Result::{Err, Ok};

use super::formatter::encode_utf8;
use super::{Debug, Display, Formatter, Result};

impl Display for char {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let mut buf = [0u8; 4];
        let n = encode_utf8(*self as u32, &mut buf);
        f.pad_bytes(&buf[0] as *const u8, n)
    }
}

impl Debug for char {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let c = *self as u32;
        tri!(f.write_str("'"));
        if c == 0x27 {
            tri!(f.write_str("\\'"));
        } else if c == 0x5C {
            tri!(f.write_str("\\\\"));
        } else if c == 0x0A {
            tri!(f.write_str("\\n"));
        } else if c == 0x0D {
            tri!(f.write_str("\\r"));
        } else if c == 0x09 {
            tri!(f.write_str("\\t"));
        } else if c == 0 {
            tri!(f.write_str("\\0"));
        } else if crate::unicode::needs_debug_escape(c) {
            tri!(super::str::write_unicode_escape(c, f));
        } else {
            tri!(f.write_scalar(c));
        }
        f.write_str("'")
    }
}
