//! Formatting: `fmt::Arguments` (what `format_args!` builds), the `Formatter` the formatting
//! traits write through, `fmt::Write` for destinations, and the formatting traits (`{}`,
//! `{:?}`, `{:x}`, `{:X}`, `{:o}`, `{:b}`, `{:e}`, `{:E}`) with their impls.

/// `expr?` for `fmt::Result` inside the library, which is compiled before `?` is available
/// to it.
macro_rules! tri {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => return Err(e),
        }
    };
}

mod arguments;
mod builders;
mod char;
mod formatter;
mod impls;
mod num;
mod radix;
mod exp;
mod float;
mod str;

pub mod rt;

pub use arguments::Arguments;
pub use builders::{DebugList, DebugMap, DebugSet, DebugStruct, DebugTuple};
pub use formatter::Formatter;
pub(crate) use formatter::{Opaque, WriteRef};

/// The result of formatting: whether writing to the destination failed.
pub type Result = crate::result::Result<(), Error>;

/// Formatting failed: the destination refused the text. Formatting itself never fails.
#[derive(Clone, Copy, Debug, Default, Eq, Hash, Ord, PartialEq, PartialOrd)]
pub struct Error;

impl Display for Error {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Display::fmt("an error occurred when formatting an argument", f)
    }
}

/// How a placeholder asked its value to be aligned within the width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Alignment {
    Left,
    Right,
    Center,
}

/// A destination for formatted text (strings, buffers, `Formatter`s).
pub trait Write {
    /// Writes a string slice; an error means the destination refused it.
    fn write_str(&mut self, s: &str) -> Result;

    /// Writes one character (its UTF-8 encoding).
    fn write_char(&mut self, c: char) -> Result {
        let mut buf = [0u8; 4];
        let n = formatter::encode_utf8(c as u32, &mut buf);
        self.write_str(unsafe { str_from_raw(&buf[0] as *const u8, n) })
    }

    /// Writes formatted arguments: what `write!` and `writeln!` call.
    fn write_fmt(&mut self, args: Arguments<'_>) -> Result {
        let mut w = self;
        write(&mut w, args)
    }
}

impl<W: Write + ?Sized> Write for &mut W {
    fn write_str(&mut self, s: &str) -> Result {
        (**self).write_str(s)
    }

    fn write_char(&mut self, c: char) -> Result {
        (**self).write_char(c)
    }

    fn write_fmt(&mut self, args: Arguments<'_>) -> Result {
        (**self).write_fmt(args)
    }
}

/// Writes formatted arguments into a destination (Rust's `fmt::write`, which takes a
/// `&mut dyn Write`).
pub fn write<W: Write + ?Sized>(output: &mut W, args: Arguments<'_>) -> Result {
    let mut out = output;
    write_to(&mut Formatter::new(WriteRef::new(&mut out)), args)
}

/// Formats `args` through `f`, each placeholder with its own options.
pub(crate) fn write_to(f: &mut Formatter<'_>, args: Arguments<'_>) -> Result {
    args.write_into(f)
}

extern "rust-intrinsic" {
    fn slice_len<T>(s: &[T]) -> usize;
}

/// The length of a slice (core's slice methods are compiled after `fmt`'s users need it).
pub(crate) fn len_of<T>(s: &[T]) -> usize {
    unsafe { slice_len(s) }
}

#[repr(C)]
struct RawStr {
    ptr: *const u8,
    len: usize,
}

/// The `&str` of `len` bytes of UTF-8 at `ptr`.
pub(crate) unsafe fn str_from_raw<'a>(ptr: *const u8, len: usize) -> &'a str {
    let raw = RawStr { ptr: ptr, len: len };
    *(&raw as *const RawStr as *const &'a str)
}

/// Formatting for the user (`{}`).
#[rustc_on_unimplemented(
    message = "`{Self}` doesn't implement `std::fmt::Display`",
    label = "`{Self}` cannot be formatted with the default formatter",
    note = "in format strings you may be able to use `{{:?}}` (or {{:#?}} for pretty-print) instead"
)]
pub trait Display {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// Formatting for the programmer (`{:?}`, `{:#?}`).
#[rustc_on_unimplemented(
    message = "`{Self}` doesn't implement `Debug`",
    label = "`{Self}` cannot be formatted using `{{:?}}` because it doesn't implement `Debug`",
    note = "add `#[derive(Debug)]` to `{Self}` or manually `impl Debug for {Self}`"
)]
pub trait Debug {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:x}`: lowercase hexadecimal.
pub trait LowerHex {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:X}`: uppercase hexadecimal.
pub trait UpperHex {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:o}`: octal.
pub trait Octal {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:b}`: binary.
pub trait Binary {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:e}`: scientific notation with a lowercase `e`.
pub trait LowerExp {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:E}`: scientific notation with an uppercase `E`.
pub trait UpperExp {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:p}`: the address of a pointer.
pub trait Pointer {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
