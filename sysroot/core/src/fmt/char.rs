//! Formatting of `char`: its UTF-8 for `{}`, quoted and escaped for `{:?}`.

use super::{Debug, Display, Formatter};

/// Writes the UTF-8 encoding of a Unicode scalar value.
fn write_utf8(c: u32, f: &mut Formatter) {
    let mut buf = [0u8; 4];
    let mut n: usize = 1;
    if c < 0x80 {
        buf[0] = c as u8;
    } else if c < 0x800 {
        buf[0] = (0xC0 | (c >> 6)) as u8;
        buf[1] = (0x80 | (c & 0x3F)) as u8;
        n = 2;
    } else if c < 0x10000 {
        buf[0] = (0xE0 | (c >> 12)) as u8;
        buf[1] = (0x80 | ((c >> 6) & 0x3F)) as u8;
        buf[2] = (0x80 | (c & 0x3F)) as u8;
        n = 3;
    } else {
        buf[0] = (0xF0 | (c >> 18)) as u8;
        buf[1] = (0x80 | ((c >> 12) & 0x3F)) as u8;
        buf[2] = (0x80 | ((c >> 6) & 0x3F)) as u8;
        buf[3] = (0x80 | (c & 0x3F)) as u8;
        n = 4;
    }
    f.write_bytes(&buf[0] as *const u8, n);
}

impl Display for char {
    fn fmt(&self, f: &mut Formatter) {
        write_utf8(*self as u32, f);
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
            write_utf8(c, f);
        }
        f.write_str("'");
    }
}
