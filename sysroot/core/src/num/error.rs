//! The errors of parsing numbers from strings, worded as Rust's.

use crate::fmt;

/// Why an integer could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntErrorKind {
    Empty,
    InvalidDigit,
    PosOverflow,
    NegOverflow,
    Zero,
}

/// `str::parse::<i32>()` and `from_str_radix` failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseIntError {
    pub(crate) kind: IntErrorKind,
}

impl ParseIntError {
    pub fn kind(&self) -> &IntErrorKind {
        &self.kind
    }

    fn description(&self) -> &'static str {
        match self.kind {
            IntErrorKind::Empty => "cannot parse integer from empty string",
            IntErrorKind::InvalidDigit => "invalid digit found in string",
            IntErrorKind::PosOverflow => "number too large to fit in target type",
            IntErrorKind::NegOverflow => "number too small to fit in target type",
            IntErrorKind::Zero => "number would be zero for non-zero type",
        }
    }
}

impl fmt::Display for ParseIntError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.description(), f)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum FloatErrorKind {
    Empty,
    Invalid,
}

/// `str::parse::<f64>()` failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseFloatError {
    kind: FloatErrorKind,
}

impl ParseFloatError {
    pub(crate) fn empty() -> ParseFloatError {
        ParseFloatError { kind: FloatErrorKind::Empty }
    }

    pub(crate) fn invalid() -> ParseFloatError {
        ParseFloatError { kind: FloatErrorKind::Invalid }
    }
}

impl fmt::Display for ParseFloatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self.kind {
            FloatErrorKind::Empty => "cannot parse float from empty string",
            FloatErrorKind::Invalid => "invalid float literal",
        };
        fmt::Display::fmt(s, f)
    }
}

/// A checked conversion between integer types (`u8::try_from(300)`) failed: the value is
/// out of the target type's range.
#[derive(Debug, Copy, Clone)]
pub struct TryFromIntError(pub(crate) ());

// Written out: a derived `==` compares the `()` fields, which tsrustc's codegen cannot do yet.
impl PartialEq for TryFromIntError {
    fn eq(&self, _: &TryFromIntError) -> bool {
        true
    }
}

impl Eq for TryFromIntError {}

impl fmt::Display for TryFromIntError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt("out of range integral type conversion attempted", f)
    }
}

impl crate::convert::From<crate::convert::Infallible> for TryFromIntError {
    fn from(x: crate::convert::Infallible) -> TryFromIntError {
        match x {}
    }
}
