//! What `format_args!` expands to: the type-erased arguments and, when a placeholder has
//! options, the placeholder descriptions. Not for use outside the macro's expansion.

use crate::result::Result::Ok;
use crate::option::Option::{self, None, Some};

use super::{Binary, Debug, Display, Formatter, LowerExp, LowerHex, Octal, Opaque, Pointer, Result, UpperExp, UpperHex};
use crate::panic::Location;

/// A placeholder with options: which argument, and how to lay it out.
pub struct Placeholder {
    pub position: usize,
    pub fill: char,
    /// 0 left, 1 right, 2 center, 3 none (rustc's `rt::Alignment` order).
    pub align: u32,
    /// Sign, `#`, `0` and debug-hex bits (see formatter.rs).
    pub flags: u32,
    pub precision: Count,
    pub width: Count,
}

impl Placeholder {
    pub fn new(position: usize, fill: char, align: u32, flags: u32, precision: Count, width: Count) -> Placeholder {
        Placeholder { position: position, fill: fill, align: align, flags: flags, precision: precision, width: width }
    }
}

/// A width or precision: a literal, an argument (`{:1$}`, `{:.*}`), or none.
pub enum Count {
    Is(usize),
    Param(usize),
    Implied,
}

pub(crate) enum ArgumentKind<'a> {
    /// A value and the formatting trait's `fmt` for its type, both erased.
    Value(&'a Opaque, fn(&Opaque, &mut Formatter<'_>) -> Result),
    /// A width or precision argument.
    Count(usize),
}

/// One argument of `format_args!`, with its type erased.
#[lang = "format_argument"]
pub struct Argument<'a> {
    pub(crate) kind: ArgumentKind<'a>,
}

impl<'a> Argument<'a> {
    fn new<T>(x: &'a T, f: fn(&T, &mut Formatter<'_>) -> Result) -> Argument<'a> {
        // The same function, called with the erased reference it was made for.
        let erased = unsafe { *(&f as *const fn(&T, &mut Formatter<'_>) -> Result as *const fn(&Opaque, &mut Formatter<'_>) -> Result) };
        let value = unsafe { &*(x as *const T as *const Opaque) };
        Argument { kind: ArgumentKind::Value(value, erased) }
    }

    pub fn new_display<T: Display>(x: &'a T) -> Argument<'a> {
        Argument::new(x, <T as Display>::fmt)
    }

    pub fn new_debug<T: Debug>(x: &'a T) -> Argument<'a> {
        Argument::new(x, <T as Debug>::fmt)
    }

    pub fn new_lower_hex<T: LowerHex>(x: &'a T) -> Argument<'a> {
        Argument::new(x, <T as LowerHex>::fmt)
    }

    pub fn new_upper_hex<T: UpperHex>(x: &'a T) -> Argument<'a> {
        Argument::new(x, <T as UpperHex>::fmt)
    }

    pub fn new_octal<T: Octal>(x: &'a T) -> Argument<'a> {
        Argument::new(x, <T as Octal>::fmt)
    }

    pub fn new_binary<T: Binary>(x: &'a T) -> Argument<'a> {
        Argument::new(x, <T as Binary>::fmt)
    }

    pub fn new_lower_exp<T: LowerExp>(x: &'a T) -> Argument<'a> {
        Argument::new(x, <T as LowerExp>::fmt)
    }

    pub fn new_upper_exp<T: UpperExp>(x: &'a T) -> Argument<'a> {
        Argument::new(x, <T as UpperExp>::fmt)
    }

    pub fn new_pointer<T: Pointer>(x: &'a T) -> Argument<'a> {
        Argument::new(x, <T as Pointer>::fmt)
    }

    /// A width or precision taken from an argument: like Rust's, limited to `u16`, with a
    /// panic at the macro call beyond it.
    pub fn from_usize(x: &usize, location: &Location<'_>) -> Argument<'a> {
        if *x > 65535 {
            let pieces = ["Formatting argument out of range"];
            crate::panicking::panic_fmt(super::Arguments::new_const(&pieces), location);
        }
        Argument { kind: ArgumentKind::Count(*x) }
    }

    pub(crate) fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        match self.kind {
            ArgumentKind::Value(value, formatter) => formatter(value, f),
            // format_args! never names a count argument as a value.
            ArgumentKind::Count(_) => Ok(()),
        }
    }

    pub(crate) fn as_usize(&self) -> Option<usize> {
        match self.kind {
            ArgumentKind::Value(_, _) => None,
            ArgumentKind::Count(n) => Some(n),
        }
    }
}
