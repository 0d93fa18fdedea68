//! The names every module sees without importing them (`core::prelude::v1`, used by
//! `#![no_std]` crates; std's prelude re-exports it). It grows with the library.

pub mod v1 {
    pub use crate::marker::{Copy, Sized};
    pub use crate::convert::{From, Into};
    pub use crate::mem::drop;
    pub use crate::ops::Drop;
    pub use crate::ops::{Fn, FnMut, FnOnce};
    pub use crate::iter::{DoubleEndedIterator, ExactSizeIterator, FromIterator, IntoIterator, Iterator};
    pub use crate::clone::Clone;
    pub use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
    pub use crate::default::Default;
    pub use crate::option::Option::{self, None, Some};
    pub use crate::result::Result::{self, Err, Ok};
}
