//! `fmt::Arguments`: a format string's literal pieces and its type-erased arguments, as
//! `format_args!` builds them, formatted lazily by whoever receives them.

use crate::result::Result::{Err, Ok};
use crate::option::Option::{self, None, Some};

use super::rt::{Argument, Count, Placeholder};
use super::{Debug, Display, Formatter, Result};

/// A precompiled format string and its arguments. `pieces[i]` is written before the `i`th
/// placeholder; placeholders without options format `args[i]` with the defaults, else
/// `fmt` describes each one.
pub struct Arguments<'a> {
    pieces: &'a [&'static str],
    fmt: Option<&'a [Placeholder]>,
    args: &'a [Argument<'a>],
}

impl<'a> Arguments<'a> {
    /// A format string without placeholders.
    pub fn new_const(pieces: &'a [&'static str]) -> Arguments<'a> {
        Arguments { pieces: pieces, fmt: None, args: &[] }
    }

    /// Placeholders without options: piece, argument, piece, argument, ... (a last piece
    /// may follow the last argument).
    pub fn new_v1(pieces: &'a [&'static str], args: &'a [Argument<'a>]) -> Arguments<'a> {
        Arguments { pieces: pieces, fmt: None, args: args }
    }

    /// Placeholders described by `placeholders` (one per placeholder, in order).
    pub fn new_v1_formatted(pieces: &'a [&'static str], args: &'a [Argument<'a>], placeholders: &'a [Placeholder]) -> Arguments<'a> {
        Arguments { pieces: pieces, fmt: Some(placeholders), args: args }
    }

    /// The whole text when there is nothing to format (`format_args!("text")`).
    pub fn as_str(&self) -> Option<&'static str> {
        let n = super::len_of(self.pieces);
        if super::len_of(self.args) != 0 {
            None
        } else if n == 0 {
            Some("")
        } else if n == 1 {
            Some(self.pieces[0])
        } else {
            None
        }
    }

    fn copy(&self) -> Arguments<'a> {
        let fmt = match self.fmt {
            Some(p) => Some(p),
            None => None,
        };
        Arguments { pieces: self.pieces, fmt: fmt, args: self.args }
    }

    /// Writes the pieces and the formatted arguments through `f`.
    pub(crate) fn write_into(&self, f: &mut Formatter<'_>) -> Result {
        let n_pieces = super::len_of(self.pieces);
        let mut i: usize = 0;
        match self.fmt {
            None => {
                let n_args = super::len_of(self.args);
                while i < n_args {
                    if i < n_pieces {
                        tri!(f.write_str(self.pieces[i]));
                    }
                    tri!(self.args[i].fmt(f));
                    i = i + 1;
                }
            }
            Some(specs) => {
                let n_specs = super::len_of(specs);
                while i < n_specs {
                    if i < n_pieces {
                        tri!(f.write_str(self.pieces[i]));
                    }
                    let spec = &specs[i];
                    let width = self.count(&spec.width);
                    let precision = self.count(&spec.precision);
                    f.set_options(spec.fill, spec.align, spec.flags, width, precision);
                    tri!(self.args[spec.position].fmt(f));
                    i = i + 1;
                }
            }
        }
        if i < n_pieces {
            tri!(f.write_str(self.pieces[i]));
        }
        Ok(())
    }

    fn count(&self, c: &Count) -> Option<usize> {
        match *c {
            Count::Is(n) => Some(n),
            Count::Param(i) => self.args[i].as_usize(),
            Count::Implied => None,
        }
    }
}

impl<'a> Clone for Arguments<'a> {
    fn clone(&self) -> Arguments<'a> {
        self.copy()
    }
}

impl<'a> Copy for Arguments<'a> {}

impl<'a> Display for Arguments<'a> {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        super::write_to(&mut Formatter::new(f.buf()), self.copy())
    }
}

impl<'a> Debug for Arguments<'a> {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Display::fmt(self, f)
    }
}
