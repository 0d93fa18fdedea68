//! Formatting of string slices: as is for `{}`, quoted and escaped for `{:?}`.

use super::{Debug, Display, Formatter};

impl Display for &str {
    fn fmt(&self, f: &mut Formatter) {
        f.write_str(*self);
    }
}

impl Debug for &str {
    fn fmt(&self, f: &mut Formatter) {
        let s: &str = *self;
        let ptr = unsafe { crate::intrinsics::str_ptr(s) };
        let len = unsafe { crate::intrinsics::str_len(s) };
        f.write_str("\"");
        // Runs of bytes that need no escaping are written in one piece.
        let mut start: usize = 0;
        let mut i: usize = 0;
        while i < len {
            let b = unsafe { *((ptr as usize + i) as *const u8) };
            let needs_escape = b == b'"' || b == b'\\' || b < 0x20 || b == 0x7f;
            if needs_escape {
                f.write_bytes((ptr as usize + start) as *const u8, i - start);
                write_escape(b, f);
                start = i + 1;
            }
            i = i + 1;
        }
        f.write_bytes((ptr as usize + start) as *const u8, len - start);
        f.write_str("\"");
    }
}

/// The escape `{:?}` uses for an ASCII byte: `\n`, `\"`, or `\u{1b}` for other controls.
fn write_escape(b: u8, f: &mut Formatter) {
    if b == b'\n' {
        f.write_str("\\n");
    } else if b == b'\r' {
        f.write_str("\\r");
    } else if b == b'\t' {
        f.write_str("\\t");
    } else if b == 0 {
        f.write_str("\\0");
    } else if b == b'"' {
        f.write_str("\\\"");
    } else if b == b'\\' {
        f.write_str("\\\\");
    } else {
        let digits = [b'0', b'1', b'2', b'3', b'4', b'5', b'6', b'7', b'8', b'9', b'a', b'b', b'c', b'd', b'e', b'f'];
        let mut buf = [b'\\', b'u', b'{', b'0', b'0', b'}'];
        let mut n: usize = 6;
        if b < 16 {
            buf[3] = digits[b as usize];
            buf[4] = b'}';
            n = 5;
        } else {
            buf[3] = digits[(b >> 4) as usize];
            buf[4] = digits[(b & 15) as usize];
        }
        f.write_bytes(&buf[0] as *const u8, n);
    }
}
