//! Formatting: the `Formatter` that `print!` and friends write through, and the formatting
//! traits (`{}`, `{:?}`, `{:x}`, `{:X}`, `{:o}`, `{:b}`, `{:e}`, `{:E}`) implemented for the
//! primitive types.

mod char;
mod formatter;
mod num;
mod radix;
mod exp;
mod str;

pub use formatter::Formatter;

/// Formatting for the user (`{}`).
pub trait Display {
    fn fmt(&self, f: &mut Formatter);
}

/// Formatting for the programmer (`{:?}`, `{:#?}`).
pub trait Debug {
    fn fmt(&self, f: &mut Formatter);
}

/// `{:x}`: lowercase hexadecimal.
pub trait LowerHex {
    fn fmt(&self, f: &mut Formatter);
}

/// `{:X}`: uppercase hexadecimal.
pub trait UpperHex {
    fn fmt(&self, f: &mut Formatter);
}

/// `{:o}`: octal.
pub trait Octal {
    fn fmt(&self, f: &mut Formatter);
}

/// `{:b}`: binary.
pub trait Binary {
    fn fmt(&self, f: &mut Formatter);
}

/// `{:e}`: scientific notation with a lowercase `e`.
pub trait LowerExp {
    fn fmt(&self, f: &mut Formatter);
}

/// `{:E}`: scientific notation with an uppercase `E`.
pub trait UpperExp {
    fn fmt(&self, f: &mut Formatter);
}

impl Display for bool {
    fn fmt(&self, f: &mut Formatter) {
        if *self {
            f.pad("true");
        } else {
            f.pad("false");
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
        f.pad("()");
    }
}
