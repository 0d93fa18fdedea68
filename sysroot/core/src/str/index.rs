//! `&s[a..b]` on string slices: byte ranges checked against the length and against UTF-8
//! character boundaries, with rustc's panic messages at the caller's location.

use crate::fmt::rt::Argument;
use crate::fmt::Arguments;
use crate::ops::{Index, IndexMut, Range, RangeFrom, RangeFull, RangeInclusive, RangeTo, RangeToInclusive};
use crate::panic::Location;
use crate::panicking::panic_fmt;

/// At most this many bytes of the string are shown in a message, as in Rust.
const MAX_DISPLAY_LENGTH: usize = 256;

/// The largest character boundary at or below `i`.
fn floor_boundary(s: &str, i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    let mut j = i;
    while !s.is_char_boundary(j) {
        j = j - 1;
    }
    j
}

/// The character starting at byte `at` (a boundary) and its length in bytes.
fn char_at(s: &str, at: usize) -> (char, usize) {
    let b = s.as_bytes();
    let c0 = b[at] as u32;
    let (len, init) = if c0 < 0x80 { (1, c0) } else if c0 < 0xE0 { (2, c0 & 0x1F) } else if c0 < 0xF0 { (3, c0 & 0x0F) } else { (4, c0 & 0x07) };
    let mut v = init;
    let mut k = 1;
    while k < len {
        v = (v << 6) | (b[at + k] as u32 & 0x3F);
        k = k + 1;
    }
    (unsafe { crate::intrinsics::transmute::<u32, char>(v) }, len)
}

#[cold]
#[inline(never)]
#[track_caller]
fn slice_error_fail(s: &str, begin: usize, end: usize) -> ! {
    let trunc_len = floor_boundary(s, MAX_DISPLAY_LENGTH);
    let shown = unsafe { super::from_utf8_unchecked(crate::slice::from_raw_parts(s.as_ptr(), trunc_len)) };
    let ellipsis = if trunc_len < s.len() { "[...]" } else { "" };
    let location = Location::caller();
    if begin > s.len() || end > s.len() {
        let (which, index) = if begin > s.len() { ("start", begin) } else { ("end", end) };
        let pieces = ["", " byte index ", " is out of bounds of `", "`", ""];
        let args = [Argument::new_display(&which), Argument::new_display(&index), Argument::new_display(&shown), Argument::new_display(&ellipsis)];
        panic_fmt(Arguments::new_v1(&pieces, &args), location)
    }
    if begin > end {
        let pieces = ["begin > end (", " > ", ") when slicing `", "`", ""];
        let args = [Argument::new_display(&begin), Argument::new_display(&end), Argument::new_display(&shown), Argument::new_display(&ellipsis)];
        panic_fmt(Arguments::new_v1(&pieces, &args), location)
    }
    let (which, index) = if !s.is_char_boundary(begin) { ("start", begin) } else { ("end", end) };
    let start = floor_boundary(s, index);
    let (ch, len) = char_at(s, start);
    let stop = start + len;
    let pieces = ["", " byte index ", " is not a char boundary; it is inside ", " (bytes ", "..", ") of `", "`", ""];
    let args = [
        Argument::new_display(&which),
        Argument::new_display(&index),
        Argument::new_debug(&ch),
        Argument::new_display(&start),
        Argument::new_display(&stop),
        Argument::new_display(&shown),
        Argument::new_display(&ellipsis),
    ];
    panic_fmt(Arguments::new_v1(&pieces, &args), location)
}

/// The sub-string `begin..end`, checked.
#[inline]
#[track_caller]
fn get(s: &str, begin: usize, end: usize) -> &str {
    if begin > end || end > s.len() || !s.is_char_boundary(begin) || !s.is_char_boundary(end) {
        slice_error_fail(s, begin, end);
    }
    unsafe { super::from_utf8_unchecked(crate::slice::from_raw_parts(s.as_ptr().add(begin), end - begin)) }
}

#[inline]
#[track_caller]
fn get_mut(s: &mut str, begin: usize, end: usize) -> &mut str {
    if begin > end || end > s.len() || !s.is_char_boundary(begin) || !s.is_char_boundary(end) {
        slice_error_fail(s, begin, end);
    }
    unsafe { super::from_utf8_unchecked_mut(crate::slice::from_raw_parts_mut((s.as_ptr() as *mut u8).add(begin), end - begin)) }
}

impl Index<Range<usize>> for str {
    type Output = str;
    #[track_caller]
    fn index(&self, r: Range<usize>) -> &str {
        get(self, r.start, r.end)
    }
}

impl Index<RangeFrom<usize>> for str {
    type Output = str;
    #[track_caller]
    fn index(&self, r: RangeFrom<usize>) -> &str {
        get(self, r.start, self.len())
    }
}

impl Index<RangeTo<usize>> for str {
    type Output = str;
    #[track_caller]
    fn index(&self, r: RangeTo<usize>) -> &str {
        get(self, 0, r.end)
    }
}

impl Index<RangeFull> for str {
    type Output = str;
    fn index(&self, _r: RangeFull) -> &str {
        self
    }
}

impl Index<RangeInclusive<usize>> for str {
    type Output = str;
    #[track_caller]
    fn index(&self, r: RangeInclusive<usize>) -> &str {
        get(self, r.start, r.end + 1)
    }
}

impl Index<RangeToInclusive<usize>> for str {
    type Output = str;
    #[track_caller]
    fn index(&self, r: RangeToInclusive<usize>) -> &str {
        get(self, 0, r.end + 1)
    }
}

impl IndexMut<Range<usize>> for str {
    #[track_caller]
    fn index_mut(&mut self, r: Range<usize>) -> &mut str {
        get_mut(self, r.start, r.end)
    }
}

impl IndexMut<RangeFrom<usize>> for str {
    #[track_caller]
    fn index_mut(&mut self, r: RangeFrom<usize>) -> &mut str {
        let len = self.len();
        get_mut(self, r.start, len)
    }
}

impl IndexMut<RangeTo<usize>> for str {
    #[track_caller]
    fn index_mut(&mut self, r: RangeTo<usize>) -> &mut str {
        get_mut(self, 0, r.end)
    }
}

impl IndexMut<RangeFull> for str {
    fn index_mut(&mut self, _r: RangeFull) -> &mut str {
        self
    }
}
