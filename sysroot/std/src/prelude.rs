//! The names every module of a std crate sees without importing them (resolve looks up
//! `std::prelude::rust_20xx`, then `v1`): core's prelude plus `Box`, `String`, `ToOwned`,
//! `ToString` and `Vec`; 2021 adds `TryFrom`, `TryInto` and `FromIterator`, as in Rust.

pub mod v1 {
    pub use core::prelude::v1::*;
    pub use crate::borrow::ToOwned;
    pub use crate::boxed::Box;
    pub use crate::string::{String, ToString};
    pub use crate::vec::Vec;
}

pub mod rust_2015 {
    pub use super::v1::*;
}

pub mod rust_2018 {
    pub use super::v1::*;
}

pub mod rust_2021 {
    pub use super::v1::*;
    pub use core::prelude::rust_2021::*;
}

pub mod rust_2024 {
    pub use super::rust_2021::*;
}
