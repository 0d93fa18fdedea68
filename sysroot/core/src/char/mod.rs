//! `char`: a Unicode scalar value. Classification (`is_alphabetic`, `is_ascii_digit`...),
//! case conversion (`to_uppercase` yields up to three chars), digits in a radix, and
//! UTF-8 encoding, as in Rust's core.

use crate::fmt;
use crate::intrinsics::transmute;
use crate::iter::Iterator;
use crate::unicode::props;

mod escape;

pub use self::escape::{Escape, EscapeDebug, EscapeDefault, EscapeUnicode};

/// The largest valid `char`.
pub const MAX: char = '\u{10FFFF}';
/// What invalid UTF-8 decodes to.
pub const REPLACEMENT_CHARACTER: char = '\u{FFFD}';

/// The char with code point `i`, if it is a Unicode scalar value.
pub const fn from_u32(i: u32) -> Option<char> {
    if i > 0x10FFFF || (i >= 0xD800 && i <= 0xDFFF) {
        None
    } else {
        Some(unsafe { transmute::<u32, char>(i) })
    }
}

/// The char with code point `i`, unchecked.
///
/// # Safety
/// `i` must be a Unicode scalar value.
pub const unsafe fn from_u32_unchecked(i: u32) -> char {
    transmute::<u32, char>(i)
}

/// The digit `num` in `radix` as a char (`'a'`.. for digits past 9).
pub const fn from_digit(num: u32, radix: u32) -> Option<char> {
    if radix < 2 || radix > 36 {
        panic_radix(radix);
    }
    if num < radix {
        let b = if num < 10 { b'0' + num as u8 } else { b'a' + (num - 10) as u8 };
        Some(b as char)
    } else {
        None
    }
}

#[cold]
#[inline(never)]
const fn panic_radix(_radix: u32) -> ! {
    let pieces = ["from_digit: radix is too high (maximum 36)"];
    crate::panicking::panic_fmt(crate::fmt::Arguments::new_const(&pieces), &crate::panic::Location::internal_constructor(file!(), line!(), column!()))
}

#[cold]
#[inline(never)]
fn panic_encode(len: usize, c: u32, have: usize) -> ! {
    let pieces = ["encode_utf8: need ", " bytes to encode U+", ", but the buffer has ", ""];
    let hex = HexU32(c);
    let args = [fmt::rt::Argument::new_display(&len), fmt::rt::Argument::new_display(&hex), fmt::rt::Argument::new_display(&have)];
    crate::panicking::panic_fmt(fmt::Arguments::new_v1(&pieces, &args), &crate::panic::Location::internal_constructor(file!(), line!(), column!()))
}

/// `{:X}` of a code point, for the message above.
struct HexU32(u32);

impl fmt::Display for HexU32 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::UpperHex::fmt(&self.0, f)
    }
}

/// The chars of a case conversion (`to_uppercase`/`to_lowercase`), in order.
pub struct CaseMappingIter {
    chars: [u32; 3],
    index: usize,
}

impl CaseMappingIter {
    fn new(m: [u32; 3]) -> CaseMappingIter {
        CaseMappingIter { chars: m, index: 0 }
    }

    fn remaining(&self) -> usize {
        let mut n = 0;
        let mut i = self.index;
        while i < 3 && (i == 0 || self.chars[i] != 0) {
            n = n + 1;
            i = i + 1;
        }
        n
    }
}

impl Iterator for CaseMappingIter {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        if self.index >= 3 || (self.index > 0 && self.chars[self.index] == 0) {
            return None;
        }
        let c = self.chars[self.index];
        self.index = self.index + 1;
        Some(unsafe { transmute::<u32, char>(c) })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.remaining();
        (n, Some(n))
    }
}

impl fmt::Display for CaseMappingIter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut i = self.index;
        while i < 3 && (i == 0 || self.chars[i] != 0) {
            let c = unsafe { transmute::<u32, char>(self.chars[i]) };
            if let Err(e) = fmt::Write::write_char(f, c) {
                return Err(e);
            }
            i = i + 1;
        }
        Ok(())
    }
}

pub type ToUppercase = CaseMappingIter;
pub type ToLowercase = CaseMappingIter;

impl char {
    pub const MAX: char = '\u{10FFFF}';
    pub const REPLACEMENT_CHARACTER: char = '\u{FFFD}';

    pub const fn from_u32(i: u32) -> Option<char> {
        from_u32(i)
    }

    pub const fn from_digit(num: u32, radix: u32) -> Option<char> {
        from_digit(num, radix)
    }

    /// The value of the digit in `radix` (2..=36; letters in either case past 9).
    pub const fn to_digit(self, radix: u32) -> Option<u32> {
        let c = self as u32;
        let d = if c >= 0x30 && c <= 0x39 {
            c - 0x30
        } else if c >= 0x61 && c <= 0x7A {
            c - 0x61 + 10
        } else if c >= 0x41 && c <= 0x5A {
            c - 0x41 + 10
        } else {
            return None;
        };
        if d < radix { Some(d) } else { None }
    }

    pub const fn is_digit(self, radix: u32) -> bool {
        match self.to_digit(radix) {
            Some(_) => true,
            None => false,
        }
    }

    pub const fn len_utf8(self) -> usize {
        let c = self as u32;
        if c < 0x80 {
            1
        } else if c < 0x800 {
            2
        } else if c < 0x10000 {
            3
        } else {
            4
        }
    }

    pub const fn len_utf16(self) -> usize {
        if (self as u32) < 0x10000 { 1 } else { 2 }
    }

    /// Writes the UTF-8 encoding into `dst` and returns it as a str.
    pub fn encode_utf8(self, dst: &mut [u8]) -> &mut str {
        let c = self as u32;
        let len = self.len_utf8();
        if dst.len() < len {
            panic_encode(len, c, dst.len());
        }
        if len == 1 {
            dst[0] = c as u8;
        } else if len == 2 {
            dst[0] = (0xC0 | (c >> 6)) as u8;
            dst[1] = (0x80 | (c & 0x3F)) as u8;
        } else if len == 3 {
            dst[0] = (0xE0 | (c >> 12)) as u8;
            dst[1] = (0x80 | ((c >> 6) & 0x3F)) as u8;
            dst[2] = (0x80 | (c & 0x3F)) as u8;
        } else {
            dst[0] = (0xF0 | (c >> 18)) as u8;
            dst[1] = (0x80 | ((c >> 12) & 0x3F)) as u8;
            dst[2] = (0x80 | ((c >> 6) & 0x3F)) as u8;
            dst[3] = (0x80 | (c & 0x3F)) as u8;
        }
        unsafe { crate::str::from_utf8_unchecked_mut(crate::slice::from_raw_parts_mut(dst.as_mut_ptr(), len)) }
    }

    pub fn is_alphabetic(self) -> bool {
        let c = self as u32;
        if c < 0x80 {
            return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A;
        }
        props::is_alphabetic(c)
    }

    pub fn is_numeric(self) -> bool {
        let c = self as u32;
        if c < 0x80 {
            return c >= 0x30 && c <= 0x39;
        }
        props::is_numeric(c)
    }

    pub fn is_alphanumeric(self) -> bool {
        self.is_alphabetic() || self.is_numeric()
    }

    pub fn is_whitespace(self) -> bool {
        let c = self as u32;
        if c < 0x80 {
            return c == 0x20 || (c >= 0x09 && c <= 0x0D);
        }
        props::is_white_space(c)
    }

    pub fn is_lowercase(self) -> bool {
        let c = self as u32;
        if c < 0x80 {
            return c >= 0x61 && c <= 0x7A;
        }
        props::is_lowercase(c)
    }

    pub fn is_uppercase(self) -> bool {
        let c = self as u32;
        if c < 0x80 {
            return c >= 0x41 && c <= 0x5A;
        }
        props::is_uppercase(c)
    }

    pub fn is_control(self) -> bool {
        props::is_control(self as u32)
    }

    pub fn to_lowercase(self) -> ToLowercase {
        CaseMappingIter::new(props::to_lower(self as u32))
    }

    pub fn to_uppercase(self) -> ToUppercase {
        CaseMappingIter::new(props::to_upper(self as u32))
    }

    pub const fn is_ascii(&self) -> bool {
        (*self as u32) < 0x80
    }

    pub const fn is_ascii_alphabetic(&self) -> bool {
        let c = *self as u32;
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
    }

    pub const fn is_ascii_uppercase(&self) -> bool {
        let c = *self as u32;
        c >= 0x41 && c <= 0x5A
    }

    pub const fn is_ascii_lowercase(&self) -> bool {
        let c = *self as u32;
        c >= 0x61 && c <= 0x7A
    }

    pub const fn is_ascii_alphanumeric(&self) -> bool {
        self.is_ascii_alphabetic() || self.is_ascii_digit()
    }

    pub const fn is_ascii_digit(&self) -> bool {
        let c = *self as u32;
        c >= 0x30 && c <= 0x39
    }

    pub const fn is_ascii_hexdigit(&self) -> bool {
        let c = *self as u32;
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
    }

    pub const fn is_ascii_punctuation(&self) -> bool {
        let c = *self as u32;
        (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E)
    }

    pub const fn is_ascii_graphic(&self) -> bool {
        let c = *self as u32;
        c >= 0x21 && c <= 0x7E
    }

    pub const fn is_ascii_whitespace(&self) -> bool {
        let c = *self as u32;
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D
    }

    pub const fn is_ascii_control(&self) -> bool {
        let c = *self as u32;
        c < 0x20 || c == 0x7F
    }

    pub const fn to_ascii_uppercase(&self) -> char {
        if self.is_ascii_lowercase() { ((*self as u32) - 32) as u8 as char } else { *self }
    }

    pub const fn to_ascii_lowercase(&self) -> char {
        if self.is_ascii_uppercase() { ((*self as u32) + 32) as u8 as char } else { *self }
    }

    pub const fn eq_ignore_ascii_case(&self, other: &char) -> bool {
        self.to_ascii_lowercase() as u32 == other.to_ascii_lowercase() as u32
    }

    pub fn make_ascii_uppercase(&mut self) {
        *self = self.to_ascii_uppercase();
    }

    pub fn make_ascii_lowercase(&mut self) {
        *self = self.to_ascii_lowercase();
    }
}
