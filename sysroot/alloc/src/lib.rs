//! tsrustc's `alloc`: heap allocation and the collections built on it (`Box`, `Vec`,
//! `String`). It needs only `core` and a global allocator: the `__rust_alloc` family of
//! functions, which `std` defines (or a `#![no_std]` program, with `#[no_mangle]`).
#![no_std]

pub mod alloc;
pub mod borrow;
pub mod boxed;
pub mod collections;
mod error;
pub mod fmt;
pub mod rc;
pub mod slice;
pub mod str;
pub mod string;
#[cfg(target_has_atomic = "ptr")]
pub mod sync;
pub mod vec;
