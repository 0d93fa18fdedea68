//! `Display`, `Debug`, `LowerExp` and `UpperExp` for `f32` and `f64`, as Rust prints them:
//! shortest round-trip digits by default (`1`, `0.1`, `1e-7` in `{:?}` and `{:e}`), exact
//! digits rounded half to even under a precision, `inf`/`NaN`, `-0`, and the padding rules
//! of numbers (`0` pads after the sign). The digits come from `num::flt2dec`.

use crate::num::flt2dec::{decode, dragon, Decoded, FullDecoded};
use crate::option::Option::{self, None, Some};
use crate::result::Result::{Err, Ok};
use super::{Alignment, Debug, Display, Formatter, LowerExp, Result, UpperExp, Write};

// Kinds of output pieces.
const ZEROS: u32 = 0;
const DIGITS: u32 = 1;
const TEXT: u32 = 2;
const NUM: u32 = 3;

/// One piece of a formatted number: `n` zeros, `n` digits of the buffer from `start`, a
/// literal, or the decimal number `n` (an exponent).
struct Part {
    kind: u32,
    n: usize,
    start: usize,
    text: &'static str,
}

const NO_PART: Part = Part { kind: TEXT, n: 0, start: 0, text: "" };

fn zeros(n: usize) -> Part {
    Part { kind: ZEROS, n: n, start: 0, text: "" }
}

fn digits(start: usize, n: usize) -> Part {
    Part { kind: DIGITS, n: n, start: start, text: "" }
}

fn text(s: &'static str) -> Part {
    Part { kind: TEXT, n: 0, start: 0, text: s }
}

fn num(n: usize) -> Part {
    Part { kind: NUM, n: n, start: 0, text: "" }
}

fn str_len(s: &str) -> usize {
    unsafe { crate::intrinsics::str_len(s) }
}

/// A formatted number: sign, up to six parts, over a digit buffer.
struct Formatted<'b> {
    sign: &'static str,
    parts: [Part; 6],
    count: usize,
    buf: &'b [u8],
}

impl<'b> Formatted<'b> {
    fn new(sign: &'static str, buf: &'b [u8]) -> Formatted<'b> {
        Formatted { sign: sign, parts: [NO_PART, NO_PART, NO_PART, NO_PART, NO_PART, NO_PART], count: 0, buf: buf }
    }

    fn push(&mut self, p: Part) {
        self.parts[self.count] = p;
        self.count = self.count + 1;
    }

    /// Length of the parts in characters (all ASCII), without the sign.
    fn len(&self) -> usize {
        let mut total = 0;
        let mut i = 0;
        while i < self.count {
            let p = &self.parts[i];
            total = total + match p.kind {
                ZEROS => p.n,
                DIGITS => p.n,
                TEXT => str_len(p.text),
                _ => decimal_len(p.n),
            };
            i = i + 1;
        }
        total
    }

    fn write_parts(&self, f: &mut Formatter<'_>) -> Result {
        let mut i = 0;
        while i < self.count {
            let p = &self.parts[i];
            if p.kind == ZEROS {
                let mut left = p.n;
                while left > 0 {
                    let chunk = if left > 32 { 32 } else { left };
                    tri!(f.write_str(ascii(&ZERO_RUN[0], chunk)));
                    left = left - chunk;
                }
            } else if p.kind == DIGITS {
                if p.n > 0 {
                    tri!(f.write_str(ascii(&self.buf[p.start], p.n)));
                }
            } else if p.kind == TEXT {
                tri!(f.write_str(p.text));
            } else {
                let mut tmp = [0u8; 8];
                let mut at = 8;
                let mut v = p.n;
                loop {
                    at = at - 1;
                    tmp[at] = b'0' + (v % 10) as u8;
                    v = v / 10;
                    if v == 0 {
                        break;
                    }
                }
                tri!(f.write_str(ascii(&tmp[at], 8 - at)));
            }
            i = i + 1;
        }
        Ok(())
    }
}

const ZERO_RUN: [u8; 32] = [b'0'; 32];

fn decimal_len(n: usize) -> usize {
    let mut len = 1;
    let mut v = n;
    while v >= 10 {
        v = v / 10;
        len = len + 1;
    }
    len
}

#[repr(C)]
struct RawStr {
    ptr: *const u8,
    len: usize,
}

/// The `&str` of `len` ASCII bytes starting at `first`.
fn ascii<'a>(first: &'a u8, len: usize) -> &'a str {
    let raw = RawStr { ptr: first as *const u8, len: len };
    unsafe { *(&raw as *const RawStr as *const &'a str) }
}

/// Writes `n` fill characters.
fn fill(f: &mut Formatter<'_>, c: char, n: usize) -> Result {
    let mut i = 0;
    while i < n {
        tri!(f.write_char(c));
        i = i + 1;
    }
    Ok(())
}

/// Rust's `pad_formatted_parts`: right-aligned by default; with `0` the sign goes first and
/// zeros fill the rest of the width.
fn pad_formatted(f: &mut Formatter<'_>, fm: &Formatted<'_>) -> Result {
    let width = match f.width() {
        Some(w) => w,
        None => {
            tri!(f.write_str(fm.sign));
            return fm.write_parts(f);
        }
    };
    let mut width = width;
    let mut fill_char = f.fill();
    let mut align = match f.align() {
        Some(Alignment::Left) => 0,
        Some(Alignment::Center) => 2,
        _ => 1,
    };
    let mut sign_in_body = true;
    if f.sign_aware_zero_pad() {
        tri!(f.write_str(fm.sign));
        let sl = str_len(fm.sign);
        width = if width > sl { width - sl } else { 0 };
        fill_char = '0';
        align = 1;
        sign_in_body = false;
    }
    let len = fm.len() + if sign_in_body { str_len(fm.sign) } else { 0 };
    if width <= len {
        if sign_in_body {
            tri!(f.write_str(fm.sign));
        }
        return fm.write_parts(f);
    }
    let pad = width - len;
    let (pre, post) = if align == 0 { (0, pad) } else if align == 2 { (pad / 2, (pad + 1) / 2) } else { (pad, 0) };
    tri!(fill(f, fill_char, pre));
    if sign_in_body {
        tri!(f.write_str(fm.sign));
    }
    tri!(fm.write_parts(f));
    fill(f, fill_char, post)
}

/// The sign to print: `-` for negatives (also `-0`), `+` for the rest under `{:+}`, never
/// one for NaN.
fn sign_of(negative: bool, is_nan: bool, plus: bool) -> &'static str {
    if is_nan {
        ""
    } else if negative {
        "-"
    } else if plus {
        "+"
    } else {
        ""
    }
}

/// Digits `0.buf[..len] * 10^k` laid out without exponent, with at least `frac` digits
/// after the point (`frac == 0`: no point when there is no fraction).
fn fixed_parts(fm: &mut Formatted<'_>, len: usize, k: i32, frac: usize) {
    if k <= 0 {
        let lead = (-k) as usize;
        fm.push(text("0."));
        fm.push(zeros(lead));
        fm.push(digits(0, len));
        if frac > lead + len {
            fm.push(zeros(frac - lead - len));
        }
    } else if (k as usize) < len {
        let int = k as usize;
        fm.push(digits(0, int));
        fm.push(text("."));
        fm.push(digits(int, len - int));
        if frac > len - int {
            fm.push(zeros(frac - (len - int)));
        }
    } else {
        fm.push(digits(0, len));
        fm.push(zeros(k as usize - len));
        if frac > 0 {
            fm.push(text("."));
            fm.push(zeros(frac));
        }
    }
}

/// Digits laid out as `d.ddd` `e` exponent, with at least `min_digits` significant digits.
fn exp_parts(fm: &mut Formatted<'_>, len: usize, k: i32, min_digits: usize, upper: bool) {
    fm.push(digits(0, 1));
    if len > 1 || min_digits > 1 {
        fm.push(text("."));
        fm.push(digits(1, len - 1));
        if min_digits > len {
            fm.push(zeros(min_digits - len));
        }
    }
    let e = k - 1;
    if e < 0 {
        fm.push(text(if upper { "E-" } else { "e-" }));
        fm.push(num((-e) as usize));
    } else {
        fm.push(text(if upper { "E" } else { "e" }));
        fm.push(num(e as usize));
    }
}

/// How a float should come out.
const MODE_DISPLAY: u32 = 0;
const MODE_DEBUG: u32 = 1;
const MODE_EXP: u32 = 2;

fn format_float(f: &mut Formatter<'_>, negative: bool, decoded: FullDecoded, mode: u32, upper: bool) -> Result {
    let plus = f.sign_plus();
    let precision = f.precision();
    let mut buf = [0u8; 1024];
    let is_nan = match decoded {
        FullDecoded::Nan => true,
        _ => false,
    };
    let sign = sign_of(negative, is_nan, plus);
    match decoded {
        FullDecoded::Nan => {
            let mut fm = Formatted::new(sign, &buf);
            fm.push(text("NaN"));
            pad_formatted(f, &fm)
        }
        FullDecoded::Infinite => {
            let mut fm = Formatted::new(sign, &buf);
            fm.push(text("inf"));
            pad_formatted(f, &fm)
        }
        FullDecoded::Zero => {
            let mut fm = Formatted::new(sign, &buf);
            if mode == MODE_EXP {
                let p = match precision {
                    Some(p) => p,
                    None => 0,
                };
                if p > 0 {
                    fm.push(text("0."));
                    fm.push(zeros(p));
                } else {
                    fm.push(text("0"));
                }
                fm.push(text(if upper { "E0" } else { "e0" }));
            } else {
                match precision {
                    Some(p) => {
                        fm.push(text("0"));
                        if p > 0 {
                            fm.push(text("."));
                            fm.push(zeros(p));
                        }
                    }
                    None => fm.push(text(if mode == MODE_DEBUG { "0.0" } else { "0" })),
                }
            }
            pad_formatted(f, &fm)
        }
        FullDecoded::Finite(d) => finite(f, sign, &d, mode, upper, precision, &mut buf),
    }
}

fn finite(f: &mut Formatter<'_>, sign: &'static str, d: &Decoded, mode: u32, upper: bool, precision: Option<usize>, buf: &mut [u8; 1024]) -> Result {
    if mode == MODE_EXP {
        let (len, k, min) = match precision {
            Some(p) => {
                let want = if p + 1 < 1024 { p + 1 } else { 1024 };
                let (len, k) = dragon::format_exact(d, buf, want, -32768);
                (len, k, p + 1)
            }
            None => {
                let (len, k) = dragon::format_shortest(d, buf);
                (len, k, 1)
            }
        };
        let mut fm = Formatted::new(sign, buf);
        exp_parts(&mut fm, len, k, min, upper);
        return pad_formatted(f, &fm);
    }
    match precision {
        Some(p) => {
            let limit = if p > 32767 { -32768 } else { -(p as i32) };
            let (len, k) = dragon::format_exact(d, buf, 1024, limit);
            let mut fm = Formatted::new(sign, buf);
            if len == 0 {
                fm.push(text("0"));
                if p > 0 {
                    fm.push(text("."));
                    fm.push(zeros(p));
                }
            } else {
                fixed_parts(&mut fm, len, k, p);
            }
            pad_formatted(f, &fm)
        }
        None => {
            let (len, k) = dragon::format_shortest(d, buf);
            let mut fm = Formatted::new(sign, buf);
            // `{:?}` switches to the exponent form below 1e-4 and from 1e16 on.
            if mode == MODE_DEBUG && (k < -3 || k > 16) {
                exp_parts(&mut fm, len, k, 1, false);
            } else {
                fixed_parts(&mut fm, len, k, if mode == MODE_DEBUG { 1 } else { 0 });
            }
            pad_formatted(f, &fm)
        }
    }
}

fn fmt_f64(v: &f64, f: &mut Formatter<'_>, mode: u32, upper: bool) -> Result {
    let bits = unsafe { *(v as *const f64 as *const u64) };
    let (negative, decoded) = decode(bits, 52, 11);
    format_float(f, negative, decoded, mode, upper)
}

fn fmt_f32(v: &f32, f: &mut Formatter<'_>, mode: u32, upper: bool) -> Result {
    let bits = unsafe { *(v as *const f32 as *const u32) };
    let (negative, decoded) = decode(bits as u64, 23, 8);
    format_float(f, negative, decoded, mode, upper)
}

impl Display for f64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_f64(self, f, MODE_DISPLAY, false)
    }
}

impl Debug for f64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_f64(self, f, MODE_DEBUG, false)
    }
}

impl LowerExp for f64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_f64(self, f, MODE_EXP, false)
    }
}

impl UpperExp for f64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_f64(self, f, MODE_EXP, true)
    }
}

impl Display for f32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_f32(self, f, MODE_DISPLAY, false)
    }
}

impl Debug for f32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_f32(self, f, MODE_DEBUG, false)
    }
}

impl LowerExp for f32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_f32(self, f, MODE_EXP, false)
    }
}

impl UpperExp for f32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_f32(self, f, MODE_EXP, true)
    }
}
