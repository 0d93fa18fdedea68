//! `Error`: the trait of error values, printable for users (`Display`) and programmers
//! (`Debug`), optionally caused by another error. `Box<dyn Error>` (in alloc) holds any of them.

use crate::fmt::{Debug, Display};
use crate::option::Option::{self, None};

/// An error value.
pub trait Error: Debug + Display {
    /// The lower-level error that caused this one, if any.
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        None
    }

    /// Deprecated in Rust: use `Display`.
    fn description(&self) -> &str {
        "description() is deprecated; use Display"
    }
}

impl Error for crate::num::ParseIntError {}
impl Error for crate::num::ParseFloatError {}
impl Error for crate::num::TryFromIntError {}
impl Error for crate::fmt::Error {}
impl Error for crate::convert::Infallible {}
