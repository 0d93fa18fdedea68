//! The `Formatter`: where formatted text goes, and the options of the placeholder being
//! formatted (fill, alignment, sign, `#`, `0`, width, precision), with the padding rules
//! every formatting impl shares (`pad` for text, `pad_integral` for numbers).
//!
//! A `Formatter` writes into a sink function with a context word, so the same code serves
//! stdout, stderr and (later) strings, without needing trait objects.

use crate::intrinsics::{str_len, str_ptr};

// Alignments, in the order of rustc's `fmt::rt::Alignment`.
const ALIGN_LEFT: u32 = 0;
const ALIGN_RIGHT: u32 = 1;
const ALIGN_CENTER: u32 = 2;
const ALIGN_UNKNOWN: u32 = 3;

// Bits of `flags`. Width and precision are "present" bits too because the library has no
// `Option` yet; the format_args! expansion passes the whole set to `_set_spec`.
const FLAG_SIGN_PLUS: u32 = 1;
const FLAG_SIGN_MINUS: u32 = 2;
const FLAG_ALTERNATE: u32 = 4;
const FLAG_ZERO_PAD: u32 = 8;
const FLAG_DEBUG_LOWER_HEX: u32 = 16;
const FLAG_DEBUG_UPPER_HEX: u32 = 32;
const FLAG_HAS_WIDTH: u32 = 64;
const FLAG_HAS_PRECISION: u32 = 128;

/// Where formatted text goes (`sink(ctx, ptr, len)` receives each chunk of UTF-8), and how
/// the current placeholder asks for it to be laid out.
pub struct Formatter {
    sink: fn(usize, *const u8, usize),
    ctx: usize,
    /// The fill character as a Unicode scalar value.
    fill: u32,
    align: u32,
    flags: u32,
    width: usize,
    precision: usize,
}

impl Formatter {
    pub fn new(sink: fn(usize, *const u8, usize), ctx: usize) -> Formatter {
        Formatter { sink: sink, ctx: ctx, fill: 0x20, align: ALIGN_UNKNOWN, flags: 0, width: 0, precision: 0 }
    }

    /// Sets the options of the next placeholder; the format_args! expansion calls it
    /// (`align`: 0 left, 1 right, 2 center, 3 none; `flags`: the `FLAG_*` bits).
    pub fn _set_spec(&mut self, fill: u32, align: u32, flags: u32, width: usize, precision: usize) {
        self.fill = fill;
        self.align = align;
        self.flags = flags;
        self.width = width;
        self.precision = precision;
    }

    /// A width or precision taken from an argument (`{:1$}`, `{:.*}`, `{:w$}`): like
    /// Rust's, limited to `u16`, with a panic at the macro call beyond it.
    pub fn _count_arg(n: usize, file: &'static str, line: u32, col: u32) -> usize {
        if n > 65535 {
            crate::panicking::panic("Formatting argument out of range", file, line, col);
        }
        n
    }

    /// Back to the defaults of `{}`, after a placeholder that had options.
    pub fn _reset_spec(&mut self) {
        self.fill = 0x20;
        self.align = ALIGN_UNKNOWN;
        self.flags = 0;
        self.width = 0;
        self.precision = 0;
    }

    pub fn write_str(&mut self, s: &str) {
        let ptr = unsafe { str_ptr(s) };
        let len = unsafe { str_len(s) };
        if len != 0 {
            (self.sink)(self.ctx, ptr, len);
        }
    }

    pub fn write_bytes(&mut self, ptr: *const u8, len: usize) {
        if len != 0 {
            (self.sink)(self.ctx, ptr, len);
        }
    }

    pub fn write_char(&mut self, c: char) {
        self.write_scalar(c as u32);
    }

    /// Writes the UTF-8 encoding of a Unicode scalar value.
    pub(crate) fn write_scalar(&mut self, c: u32) {
        let mut buf = [0u8; 4];
        let n = encode_utf8(c, &mut buf);
        self.write_bytes(&buf[0] as *const u8, n);
    }

    /// `+`: print a sign also for non-negative numbers.
    pub fn sign_plus(&self) -> bool {
        self.flags & FLAG_SIGN_PLUS != 0
    }

    /// `-`: accepted by the grammar, unused by the standard impls.
    pub fn sign_minus(&self) -> bool {
        self.flags & FLAG_SIGN_MINUS != 0
    }

    /// `#`: the alternate form (`0x` prefixes, pretty `{:#?}`).
    pub fn alternate(&self) -> bool {
        self.flags & FLAG_ALTERNATE != 0
    }

    /// `0`: pad numbers with zeros after the sign and prefix.
    pub fn sign_aware_zero_pad(&self) -> bool {
        self.flags & FLAG_ZERO_PAD != 0
    }

    pub(crate) fn debug_lower_hex(&self) -> bool {
        self.flags & FLAG_DEBUG_LOWER_HEX != 0
    }

    pub(crate) fn debug_upper_hex(&self) -> bool {
        self.flags & FLAG_DEBUG_UPPER_HEX != 0
    }

    pub(crate) fn has_width(&self) -> bool {
        self.flags & FLAG_HAS_WIDTH != 0
    }

    pub(crate) fn has_precision(&self) -> bool {
        self.flags & FLAG_HAS_PRECISION != 0
    }

    /// The precision; meaningful only when `has_precision()`.
    pub(crate) fn precision_or_zero(&self) -> usize {
        self.precision
    }

    /// Writes a piece of text under the options: truncated to `precision` characters,
    /// then padded to `width` (left-aligned unless the placeholder says otherwise).
    pub fn pad(&mut self, s: &str) {
        let ptr = unsafe { str_ptr(s) };
        let len = unsafe { str_len(s) };
        self.pad_bytes(ptr, len);
    }

    /// `pad` over UTF-8 bytes that do not form a `&str` value.
    pub(crate) fn pad_bytes(&mut self, ptr: *const u8, len: usize) {
        if !self.has_width() && !self.has_precision() {
            self.write_bytes(ptr, len);
            return;
        }
        let mut len = len;
        if self.has_precision() {
            len = prefix_of_chars(ptr, len, self.precision);
        }
        if !self.has_width() {
            self.write_bytes(ptr, len);
            return;
        }
        let chars = count_chars(ptr, len);
        if chars >= self.width {
            self.write_bytes(ptr, len);
        } else {
            let post = self.pre_padding(self.width - chars, ALIGN_LEFT);
            self.write_bytes(ptr, len);
            self.write_fill(post);
        }
    }

    /// Writes a number under the options: its sign (`-`, or `+` with `{:+}`), the `prefix`
    /// when `#` is given (`0x`...), then `buf`, padded to `width`: right-aligned by
    /// default, or with zeros between the prefix and the digits under `0`.
    pub fn pad_integral(&mut self, is_nonnegative: bool, prefix: &str, buf: &str) {
        let ptr = unsafe { str_ptr(buf) };
        let len = unsafe { str_len(buf) };
        self.pad_integral_bytes(is_nonnegative, prefix, ptr, len);
    }

    /// `pad_integral` over ASCII digits in a buffer.
    pub(crate) fn pad_integral_bytes(&mut self, is_nonnegative: bool, prefix: &str, ptr: *const u8, len: usize) {
        self.pad_number(is_nonnegative, prefix, ptr, len, 0, ptr, 0);
    }

    /// `{:e}` output too long for one buffer: `head`, `zeros` zeros, `tail` (the exponent),
    /// padded as a number without prefix.
    pub(crate) fn pad_exp_parts(&mut self, is_nonnegative: bool, head: *const u8, head_len: usize, zeros: usize, tail: *const u8, tail_len: usize) {
        self.pad_number(is_nonnegative, "", head, head_len, zeros, tail, tail_len);
    }

    /// The rule of `pad_integral` for a body made of `head`, `zeros` zeros and `tail`.
    fn pad_number(&mut self, is_nonnegative: bool, prefix: &str, head: *const u8, head_len: usize, zeros: usize, tail: *const u8, tail_len: usize) {
        let mut width = head_len + zeros + tail_len;
        let mut sign: u32 = 0;
        if !is_nonnegative {
            sign = 0x2D;
            width = width + 1;
        } else if self.sign_plus() {
            sign = 0x2B;
            width = width + 1;
        }
        let with_prefix = self.alternate();
        if with_prefix {
            let pp = unsafe { str_ptr(prefix) };
            let pl = unsafe { str_len(prefix) };
            width = width + count_chars(pp, pl);
        }
        if !self.has_width() || width >= self.width {
            self.write_sign_prefix(sign, with_prefix, prefix);
            self.write_body(head, head_len, zeros, tail, tail_len);
        } else if self.sign_aware_zero_pad() {
            // The zeros go between the sign/prefix and the digits, whatever the alignment.
            self.write_sign_prefix(sign, with_prefix, prefix);
            self.write_zeros(self.width - width);
            self.write_body(head, head_len, zeros, tail, tail_len);
        } else {
            let post = self.pre_padding(self.width - width, ALIGN_RIGHT);
            self.write_sign_prefix(sign, with_prefix, prefix);
            self.write_body(head, head_len, zeros, tail, tail_len);
            self.write_fill(post);
        }
    }

    fn write_body(&mut self, head: *const u8, head_len: usize, zeros: usize, tail: *const u8, tail_len: usize) {
        self.write_bytes(head, head_len);
        self.write_zeros(zeros);
        self.write_bytes(tail, tail_len);
    }

    fn write_zeros(&mut self, n: usize) {
        let zeros = "0000000000000000";
        let mut n = n;
        while n >= 16 {
            self.write_str(zeros);
            n = n - 16;
        }
        let ptr = unsafe { str_ptr(zeros) };
        self.write_bytes(ptr, n);
    }

    fn write_sign_prefix(&mut self, sign: u32, with_prefix: bool, prefix: &str) {
        if sign != 0 {
            self.write_scalar(sign);
        }
        if with_prefix {
            self.write_str(prefix);
        }
    }

    /// Writes the fill before the content for `padding` columns of padding and returns how
    /// many columns go after it.
    fn pre_padding(&mut self, padding: usize, default_align: u32) -> usize {
        let mut align = self.align;
        if align == ALIGN_UNKNOWN {
            align = default_align;
        }
        let mut pre: usize = 0;
        if align == ALIGN_RIGHT {
            pre = padding;
        } else if align == ALIGN_CENTER {
            pre = padding / 2;
        }
        self.write_fill(pre);
        padding - pre
    }

    fn write_fill(&mut self, n: usize) {
        if n == 0 {
            return;
        }
        let mut buf = [0u8; 4];
        let len = encode_utf8(self.fill, &mut buf);
        let mut i: usize = 0;
        while i < n {
            self.write_bytes(&buf[0] as *const u8, len);
            i = i + 1;
        }
    }
}

/// Encodes a Unicode scalar value as UTF-8 into `buf`; returns the length.
pub(crate) fn encode_utf8(c: u32, buf: &mut [u8; 4]) -> usize {
    if c < 0x80 {
        buf[0] = c as u8;
        1
    } else if c < 0x800 {
        buf[0] = (0xC0 | (c >> 6)) as u8;
        buf[1] = (0x80 | (c & 0x3F)) as u8;
        2
    } else if c < 0x10000 {
        buf[0] = (0xE0 | (c >> 12)) as u8;
        buf[1] = (0x80 | ((c >> 6) & 0x3F)) as u8;
        buf[2] = (0x80 | (c & 0x3F)) as u8;
        3
    } else {
        buf[0] = (0xF0 | (c >> 18)) as u8;
        buf[1] = (0x80 | ((c >> 12) & 0x3F)) as u8;
        buf[2] = (0x80 | ((c >> 6) & 0x3F)) as u8;
        buf[3] = (0x80 | (c & 0x3F)) as u8;
        4
    }
}

/// The number of characters in UTF-8 text: the bytes that are not continuation bytes.
fn count_chars(ptr: *const u8, len: usize) -> usize {
    let mut n: usize = 0;
    let mut i: usize = 0;
    while i < len {
        let b = unsafe { *((ptr as usize + i) as *const u8) };
        if b & 0xC0 != 0x80 {
            n = n + 1;
        }
        i = i + 1;
    }
    n
}

/// The byte length of the first `chars` characters of UTF-8 text (all of it if shorter).
fn prefix_of_chars(ptr: *const u8, len: usize, chars: usize) -> usize {
    let mut seen: usize = 0;
    let mut i: usize = 0;
    while i < len {
        let b = unsafe { *((ptr as usize + i) as *const u8) };
        if b & 0xC0 != 0x80 {
            if seen == chars {
                return i;
            }
            seen = seen + 1;
        }
        i = i + 1;
    }
    len
}
