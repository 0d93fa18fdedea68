//! The `Formatter`: where formatted text goes, and the options of the placeholder being
//! formatted (fill, alignment, sign, `#`, `0`, width, precision), with the padding rules
//! every formatting impl shares (`pad` for text, `pad_integral` for numbers).
//!
//! Rust's `Formatter` holds a `&mut dyn Write`. Until trait objects are available to the
//! library, the destination is held type-erased by hand (`WriteRef`): a pointer to the
//! writer and the `write_str` of its type, instantiated from a generic shim.

use crate::result::Result::{Err, Ok};
use crate::option::Option::{self, None, Some};

use crate::intrinsics::{str_len, str_ptr};
use super::{Alignment, Arguments, DebugList, DebugMap, DebugSet, DebugStruct, DebugTuple, Error, Result, Write};

// Alignments, in the order of rustc's `fmt::rt::Alignment`.
pub(crate) const ALIGN_LEFT: u32 = 0;
pub(crate) const ALIGN_RIGHT: u32 = 1;
pub(crate) const ALIGN_CENTER: u32 = 2;
pub(crate) const ALIGN_UNKNOWN: u32 = 3;

// Bits of `flags`, as format_args! encodes them in `rt::Placeholder`.
pub(crate) const FLAG_SIGN_PLUS: u32 = 1;
pub(crate) const FLAG_SIGN_MINUS: u32 = 2;
pub(crate) const FLAG_ALTERNATE: u32 = 4;
pub(crate) const FLAG_ZERO_PAD: u32 = 8;
pub(crate) const FLAG_DEBUG_LOWER_HEX: u32 = 16;
pub(crate) const FLAG_DEBUG_UPPER_HEX: u32 = 32;

/// Stands for the erased type of a writer or of a formatted value (only ever behind a pointer).
#[allow(dead_code)]
pub(crate) struct Opaque {
    _private: [u8; 0],
}

/// A `&'a mut W` for some `W: Write + ?Sized`, with `W` erased: `data` points at a
/// `&mut W` (a thin pointer even when `W` is unsized), `write` is `W`'s `write_str`.
pub(crate) struct WriteRef<'a> {
    data: &'a mut Opaque,
    write: fn(&mut Opaque, &str) -> Result,
}

fn write_shim<W: Write + ?Sized>(data: &mut Opaque, s: &str) -> Result {
    let w = unsafe { &mut *(data as *mut Opaque as *mut &mut W) };
    w.write_str(s)
}

impl<'a> WriteRef<'a> {
    pub(crate) fn new<W: Write + ?Sized>(w: &'a mut &mut W) -> WriteRef<'a> {
        WriteRef { data: unsafe { &mut *(w as *mut &mut W as *mut Opaque) }, write: write_shim::<W> }
    }

    pub(crate) fn write_str(&mut self, s: &str) -> Result {
        (self.write)(self.data, s)
    }

    /// The same destination, borrowed for a shorter time.
    pub(crate) fn reborrow(&mut self) -> WriteRef<'_> {
        WriteRef { data: &mut *self.data, write: self.write }
    }
}

/// A formatter's options, apart from where it writes.
pub(crate) struct Options {
    flags: u32,
    fill: char,
    align: u32,
    width: Option<usize>,
    precision: Option<usize>,
}

/// Where formatted text goes, and how the current placeholder asks for it to be laid out.
pub struct Formatter<'a> {
    flags: u32,
    /// The fill character.
    fill: char,
    align: u32,
    width: Option<usize>,
    precision: Option<usize>,
    buf: WriteRef<'a>,
}

impl<'a> Formatter<'a> {
    /// A formatter with the options of `{}` over a writer.
    pub(crate) fn new(buf: WriteRef<'a>) -> Formatter<'a> {
        Formatter { flags: 0, fill: ' ', align: ALIGN_UNKNOWN, width: None, precision: None, buf: buf }
    }

    /// The options, to give to a formatter writing elsewhere (`with_options`).
    pub(crate) fn options(&self) -> Options {
        Options { flags: self.flags, fill: self.fill, align: self.align, width: self.width, precision: self.precision }
    }

    /// A formatter with some options, writing somewhere else (the debug builders' `PadAdapter`).
    pub(crate) fn with_options(buf: WriteRef<'a>, o: Options) -> Formatter<'a> {
        Formatter { flags: o.flags, fill: o.fill, align: o.align, width: o.width, precision: o.precision, buf: buf }
    }

    pub(crate) fn buf(&mut self) -> WriteRef<'_> {
        self.buf.reborrow()
    }

    /// Takes on a placeholder's options (`Arguments` formatting calls it).
    pub(crate) fn set_options(&mut self, fill: char, align: u32, flags: u32, width: Option<usize>, precision: Option<usize>) {
        self.fill = fill;
        self.align = align;
        self.flags = flags;
        self.width = width;
        self.precision = precision;
    }

    pub fn write_str(&mut self, s: &str) -> Result {
        if unsafe { str_len(s) } == 0 {
            return Ok(());
        }
        self.buf.write_str(s)
    }

    /// Writes formatted arguments with the defaults of `{}` (what `write!(f, ...)` calls).
    pub fn write_fmt(&mut self, args: Arguments<'_>) -> Result {
        match args.as_str() {
            Some(s) => self.buf.write_str(s),
            None => super::write_to(&mut Formatter::new(self.buf.reborrow()), args),
        }
    }

    pub(crate) fn write_bytes(&mut self, ptr: *const u8, len: usize) -> Result {
        if len == 0 {
            return Ok(());
        }
        self.buf.write_str(unsafe { super::str_from_raw(ptr, len) })
    }

    /// Writes the UTF-8 encoding of a Unicode scalar value.
    pub(crate) fn write_scalar(&mut self, c: u32) -> Result {
        let mut buf = [0u8; 4];
        let n = encode_utf8(c, &mut buf);
        self.write_bytes(&buf[0] as *const u8, n)
    }

    /// Puts back options saved with `options()`.
    pub(crate) fn restore_options(&mut self, o: Options) {
        self.flags = o.flags;
        self.fill = o.fill;
        self.align = o.align;
        self.width = o.width;
        self.precision = o.precision;
    }

    /// The alignment as `rt::Placeholder` encodes it.
    pub(crate) fn align_code(&self) -> u32 {
        self.align
    }

    /// The options' flags word (for the debug builders' nested formatters).
    pub(crate) fn flags_word(&self) -> u32 {
        self.flags
    }

    /// Starts `Name { field: value, ... }` (pretty-printed under `{:#?}`).
    pub fn debug_struct<'b>(&'b mut self, name: &str) -> DebugStruct<'b, 'a> {
        super::builders::debug_struct_new(self, name)
    }

    /// Starts `Name(value, ...)`.
    pub fn debug_tuple<'b>(&'b mut self, name: &str) -> DebugTuple<'b, 'a> {
        super::builders::debug_tuple_new(self, name)
    }

    /// Starts `[value, ...]`.
    pub fn debug_list<'b>(&'b mut self) -> DebugList<'b, 'a> {
        super::builders::debug_list_new(self)
    }

    /// Starts `{value, ...}`.
    pub fn debug_set<'b>(&'b mut self) -> DebugSet<'b, 'a> {
        super::builders::debug_set_new(self)
    }

    /// Starts `{key: value, ...}`.
    pub fn debug_map<'b>(&'b mut self) -> DebugMap<'b, 'a> {
        super::builders::debug_map_new(self)
    }

    /// The character used for padding (a space unless the placeholder names one).
    pub fn fill(&self) -> char {
        self.fill
    }

    /// The alignment the placeholder asked for, if any.
    pub fn align(&self) -> Option<Alignment> {
        if self.align == ALIGN_LEFT {
            Some(Alignment::Left)
        } else if self.align == ALIGN_RIGHT {
            Some(Alignment::Right)
        } else if self.align == ALIGN_CENTER {
            Some(Alignment::Center)
        } else {
            None
        }
    }

    /// The minimum width, if any.
    pub fn width(&self) -> Option<usize> {
        self.width
    }

    /// The precision (or maximum width for text), if any.
    pub fn precision(&self) -> Option<usize> {
        self.precision
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
        match self.width {
            Some(_) => true,
            None => false,
        }
    }

    pub(crate) fn has_precision(&self) -> bool {
        match self.precision {
            Some(_) => true,
            None => false,
        }
    }

    /// The precision, zero when there is none.
    pub(crate) fn precision_or_zero(&self) -> usize {
        match self.precision {
            Some(p) => p,
            None => 0,
        }
    }

    fn width_or_zero(&self) -> usize {
        match self.width {
            Some(w) => w,
            None => 0,
        }
    }

    /// Writes a piece of text under the options: truncated to `precision` characters,
    /// then padded to `width` (left-aligned unless the placeholder says otherwise).
    pub fn pad(&mut self, s: &str) -> Result {
        let ptr = unsafe { str_ptr(s) };
        let len = unsafe { str_len(s) };
        self.pad_bytes(ptr, len)
    }

    /// `pad` over UTF-8 bytes that do not form a `&str` value.
    pub(crate) fn pad_bytes(&mut self, ptr: *const u8, len: usize) -> Result {
        if !self.has_width() && !self.has_precision() {
            return self.write_bytes(ptr, len);
        }
        let mut len = len;
        if self.has_precision() {
            len = prefix_of_chars(ptr, len, self.precision_or_zero());
        }
        if !self.has_width() {
            return self.write_bytes(ptr, len);
        }
        let chars = count_chars(ptr, len);
        let width = self.width_or_zero();
        if chars >= width {
            self.write_bytes(ptr, len)
        } else {
            let post = tri!(self.pre_padding(width - chars, ALIGN_LEFT));
            tri!(self.write_bytes(ptr, len));
            self.write_fill(post)
        }
    }

    /// Writes a number under the options: its sign (`-`, or `+` with `{:+}`), the `prefix`
    /// when `#` is given (`0x`...), then `buf`, padded to `width`: right-aligned by
    /// default, or with zeros between the prefix and the digits under `0`.
    pub fn pad_integral(&mut self, is_nonnegative: bool, prefix: &str, buf: &str) -> Result {
        let ptr = unsafe { str_ptr(buf) };
        let len = unsafe { str_len(buf) };
        self.pad_integral_bytes(is_nonnegative, prefix, ptr, len)
    }

    /// `pad_integral` over ASCII digits in a buffer.
    pub(crate) fn pad_integral_bytes(&mut self, is_nonnegative: bool, prefix: &str, ptr: *const u8, len: usize) -> Result {
        self.pad_number(is_nonnegative, prefix, ptr, len, 0, ptr, 0)
    }

    /// `{:e}` output too long for one buffer: `head`, `zeros` zeros, `tail` (the exponent),
    /// padded as a number without prefix.
    pub(crate) fn pad_exp_parts(&mut self, is_nonnegative: bool, head: *const u8, head_len: usize, zeros: usize, tail: *const u8, tail_len: usize) -> Result {
        self.pad_number(is_nonnegative, "", head, head_len, zeros, tail, tail_len)
    }

    /// The rule of `pad_integral` for a body made of `head`, `zeros` zeros and `tail`.
    fn pad_number(&mut self, is_nonnegative: bool, prefix: &str, head: *const u8, head_len: usize, zeros: usize, tail: *const u8, tail_len: usize) -> Result {
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
        let min = self.width_or_zero();
        if !self.has_width() || width >= min {
            tri!(self.write_sign_prefix(sign, with_prefix, prefix));
            self.write_body(head, head_len, zeros, tail, tail_len)
        } else if self.sign_aware_zero_pad() {
            // The zeros go between the sign/prefix and the digits, whatever the alignment.
            tri!(self.write_sign_prefix(sign, with_prefix, prefix));
            tri!(self.write_zeros(min - width));
            self.write_body(head, head_len, zeros, tail, tail_len)
        } else {
            let post = tri!(self.pre_padding(min - width, ALIGN_RIGHT));
            tri!(self.write_sign_prefix(sign, with_prefix, prefix));
            tri!(self.write_body(head, head_len, zeros, tail, tail_len));
            self.write_fill(post)
        }
    }

    fn write_body(&mut self, head: *const u8, head_len: usize, zeros: usize, tail: *const u8, tail_len: usize) -> Result {
        tri!(self.write_bytes(head, head_len));
        tri!(self.write_zeros(zeros));
        self.write_bytes(tail, tail_len)
    }

    fn write_zeros(&mut self, n: usize) -> Result {
        let zeros = "0000000000000000";
        let mut n = n;
        while n >= 16 {
            tri!(self.write_str(zeros));
            n = n - 16;
        }
        let ptr = unsafe { str_ptr(zeros) };
        self.write_bytes(ptr, n)
    }

    fn write_sign_prefix(&mut self, sign: u32, with_prefix: bool, prefix: &str) -> Result {
        if sign != 0 {
            tri!(self.write_scalar(sign));
        }
        if with_prefix {
            tri!(self.write_str(prefix));
        }
        Ok(())
    }

    /// Writes the fill before the content for `padding` columns of padding and returns how
    /// many columns go after it.
    fn pre_padding(&mut self, padding: usize, default_align: u32) -> crate::result::Result<usize, Error> {
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
        tri!(self.write_fill(pre));
        Ok(padding - pre)
    }

    fn write_fill(&mut self, n: usize) -> Result {
        if n == 0 {
            return Ok(());
        }
        let mut buf = [0u8; 4];
        let len = encode_utf8(self.fill as u32, &mut buf);
        let mut i: usize = 0;
        while i < n {
            tri!(self.write_bytes(&buf[0] as *const u8, len));
            i = i + 1;
        }
        Ok(())
    }
}

impl<'a> Write for Formatter<'a> {
    fn write_str(&mut self, s: &str) -> Result {
        Formatter::write_str(self, s)
    }

    fn write_char(&mut self, c: char) -> Result {
        self.write_scalar(c as u32)
    }

    fn write_fmt(&mut self, args: Arguments<'_>) -> Result {
        Formatter::write_fmt(self, args)
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
pub(crate) fn count_chars(ptr: *const u8, len: usize) -> usize {
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
