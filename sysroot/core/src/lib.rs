//! tsrustc's `core`: the part of the standard library that needs no operating system.
//!
//! It defines the lang items the compiler relies on (panics, formatting entry points) and is
//! compiled by tsrustc for every target. It is written in the subset of Rust that tsrustc
//! compiles today and grows with it (generics, macros and iterators arrive with issue 4).
#![no_core]
#![no_std]
#![feature(no_core, lang_items, intrinsics, rustc_attrs, prelude_import)]

// The crate's own prelude, as in Rust's core: every module sees Option, Clone, PartialEq...
#[prelude_import]
#[allow(unused_imports)]
use prelude::rust_2021::*;

#[macro_use]
mod macros;
pub mod intrinsics;
pub mod marker;
pub mod convert;
pub mod default;
pub mod hash;
pub mod mem;
pub mod ops;
pub mod iter;
pub mod ptr;
pub mod borrow;
pub mod cell;
pub mod sync;
pub mod time;
pub mod any;
pub mod array;
pub mod clone;
pub mod cmp;
pub mod option;
pub mod result;
pub mod error;
pub mod slice;
pub mod str;
pub mod char;
pub mod fmt;
pub mod num;
pub mod f32;
pub mod f64;
pub mod panic;
pub mod panicking;
pub mod prelude;
pub mod unicode;
