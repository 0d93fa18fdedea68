//! Unicode support for formatting: decoding UTF-8 into code points and the set of chars
//! that `{:?}` escapes.

mod escape_table;
mod char_tables;
pub(crate) mod props;

/// The length in bytes of the UTF-8 sequence that starts with `lead` (a valid lead byte).
pub fn utf8_len(lead: u8) -> usize {
    if lead < 0x80 {
        1
    } else if lead < 0xE0 {
        2
    } else if lead < 0xF0 {
        3
    } else {
        4
    }
}

/// Decodes the UTF-8 sequence of `len` bytes at `ptr` (valid UTF-8, as in a str).
pub fn decode_utf8(ptr: *const u8, len: usize) -> u32 {
    let b0 = unsafe { *ptr } as u32;
    if len == 1 {
        return b0;
    }
    let b1 = unsafe { *((ptr as usize + 1) as *const u8) } as u32 & 0x3F;
    if len == 2 {
        return ((b0 & 0x1F) << 6) | b1;
    }
    let b2 = unsafe { *((ptr as usize + 2) as *const u8) } as u32 & 0x3F;
    if len == 3 {
        return ((b0 & 0x0F) << 12) | (b1 << 6) | b2;
    }
    let b3 = unsafe { *((ptr as usize + 3) as *const u8) } as u32 & 0x3F;
    ((b0 & 0x07) << 18) | (b1 << 12) | (b2 << 6) | b3
}

/// Whether `{:?}` writes the char `c` as `\u{...}`: it is Grapheme_Extend or not printable
/// (control, format, surrogate, private use, unassigned, or a separator other than ' ').
/// Chars with a backslash escape of their own (`\n`, `\0`...) are in the set too.
pub fn needs_debug_escape(c: u32) -> bool {
    // Finds how many ranges start at or before `c`; only the last of those can hold it.
    let mut lo: usize = 0;
    let mut hi: usize = escape_table::ESCAPE_RANGE_COUNT;
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if escape_table::ESCAPE_RANGES[2 * mid] <= c {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo != 0 && c <= escape_table::ESCAPE_RANGES[2 * lo - 1]
}
