//! Formatting of `char`: its UTF-8 for `{}` (padded like text), quoted and escaped for
//! `{:?}` (which, as in Rust, ignores width and precision).

use super::formatter::encode_utf8;
use super::{Debug, Display, Formatter};

impl Display for char {
    fn fmt(&self, f: &mut Formatter) {
        let mut buf = [0u8; 4];
        let n = encode_utf8(*self as u32, &mut buf);
        f.pad_bytes(&buf[0] as *const u8, n);
    }
}

impl Debug for char {
    fn fmt(&self, f: &mut Formatter) {
        let c = *self as u32;
        f.write_str("'");
        if c == 0x27 {
            f.write_str("\\'");
        } else if c == 0x5C {
            f.write_str("\\\\");
        } else if c == 0x0A {
            f.write_str("\\n");
        } else if c == 0x0D {
            f.write_str("\\r");
        } else if c == 0x09 {
            f.write_str("\\t");
        } else if c == 0 {
            f.write_str("\\0");
        } else if crate::unicode::needs_debug_escape(c) {
            super::str::write_unicode_escape(c, f);
        } else {
            f.write_scalar(c);
        }
        f.write_str("'");
    }
}
