//! Formatting: the `Formatter` that `print!` and friends write through, and the
//! `Display`/`Debug` traits implemented for the primitive types.
//!
//! A `Formatter` writes into a sink function with a context word, so the same code serves
//! stdout, stderr and (later) strings, without needing trait objects.

mod char;
mod num;
mod str;

/// Where formatted text goes: `sink(ctx, ptr, len)` receives each chunk of UTF-8.
pub struct Formatter {
    sink: fn(usize, *const u8, usize),
    ctx: usize,
}

impl Formatter {
    pub fn new(sink: fn(usize, *const u8, usize), ctx: usize) -> Formatter {
        Formatter { sink: sink, ctx: ctx }
    }

    pub fn write_str(&mut self, s: &str) {
        let ptr = unsafe { crate::intrinsics::str_ptr(s) };
        let len = unsafe { crate::intrinsics::str_len(s) };
        if len != 0 {
            (self.sink)(self.ctx, ptr, len);
        }
    }

    pub fn write_bytes(&mut self, ptr: *const u8, len: usize) {
        if len != 0 {
            (self.sink)(self.ctx, ptr, len);
        }
    }
}

/// Formatting for the user (`{}`).
pub trait Display {
    fn fmt(&self, f: &mut Formatter);
}

/// Formatting for the programmer (`{:?}`).
pub trait Debug {
    fn fmt(&self, f: &mut Formatter);
}

impl Display for bool {
    fn fmt(&self, f: &mut Formatter) {
        if *self {
            f.write_str("true");
        } else {
            f.write_str("false");
        }
    }
}

impl Debug for bool {
    fn fmt(&self, f: &mut Formatter) {
        Display::fmt(self, f);
    }
}

impl Debug for () {
    fn fmt(&self, f: &mut Formatter) {
        f.write_str("()");
    }
}
