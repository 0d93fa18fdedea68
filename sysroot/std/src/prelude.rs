//! The names every module of a std crate sees without importing them (resolve looks up
//! `std::prelude::rust_20xx`, then `v1`).

pub mod v1 {
    pub use crate::boxed::Box;
    pub use crate::string::{String, ToString};
    pub use crate::vec::Vec;
    pub use core::marker::{Copy, Sized};
    pub use core::convert::{From, Into};
    pub use core::mem::drop;
    pub use core::ops::Drop;
    pub use core::ops::{Fn, FnMut, FnOnce};
    pub use core::iter::{DoubleEndedIterator, ExactSizeIterator, FromIterator, IntoIterator, Iterator};
    pub use core::clone::Clone;
    pub use core::cmp::{Eq, Ord, PartialEq, PartialOrd};
    pub use core::default::Default;
    pub use core::option::Option::{self, None, Some};
    pub use core::result::Result::{self, Err, Ok};
}
