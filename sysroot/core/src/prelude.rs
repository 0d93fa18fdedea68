//! The names every module sees without importing them (`core::prelude::rust_20xx`, used by
//! `#![no_std]` crates; std's prelude re-exports it), as Rust's: `v1` for editions 2015 and
//! 2018, and 2021 adds `TryFrom`, `TryInto` and `FromIterator`. It grows with the library.

pub mod v1 {
    pub use crate::marker::{Copy, Send, Sized, Sync};
    pub use crate::convert::{AsMut, AsRef, From, Into};
    pub use crate::mem::drop;
    pub use crate::ops::Drop;
    pub use crate::ops::{Fn, FnMut, FnOnce};
    pub use crate::iter::{DoubleEndedIterator, ExactSizeIterator, Extend, IntoIterator, Iterator};
    pub use crate::clone::Clone;
    pub use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
    pub use crate::default::Default;
    pub use crate::option::Option::{self, None, Some};
    pub use crate::result::Result::{self, Err, Ok};
}

pub mod rust_2015 {
    pub use super::v1::*;
}

pub mod rust_2018 {
    pub use super::v1::*;
}

pub mod rust_2021 {
    pub use super::v1::*;
    pub use crate::convert::{TryFrom, TryInto};
    pub use crate::iter::FromIterator;
}

pub mod rust_2024 {
    pub use super::rust_2021::*;
}
