//! tsrustc's `std`: `core` plus what needs an operating system (or, on bare metal, a debug
//! host): printing, process exit, the program entry point and the panic handler.
//!
//! Linux targets talk to the kernel by raw system calls, so executables are static and need
//! no libc; wasm32-wasip1 uses WASI; bare-metal Arm targets use semihosting, which a debugger
//! or QEMU services (see docs/sysroot.md for how a real board would route output instead).
#![no_std]

extern crate alloc as alloc_crate;

pub use alloc_crate::alloc;
pub use alloc_crate::boxed;
pub use alloc_crate::rc;
pub use alloc_crate::str;
pub use alloc_crate::string;
pub use alloc_crate::vec;
pub use core::any;
pub use core::array;
pub use core::clone;
pub use core::cmp;
pub use core::convert;
pub use core::default;
pub use core::marker;
pub use core::error;
pub use alloc_crate::borrow;
pub use core::cell;
pub use alloc_crate::fmt;
pub use core::mem;
pub use core::ops;
pub use core::iter;
pub use core::ptr;
pub use core::option;
pub use core::result;
pub use core::char;
pub use core::num;
pub use core::matches;

pub mod collections;
pub mod env;
pub mod f32;
pub mod hash;
pub mod f64;
pub mod fs;
#[macro_use]
mod macros;
pub mod io;
mod math;
pub mod prelude;
pub mod process;
mod heap;
pub mod panic;
mod panicking;
pub mod path;
pub mod rt;
pub mod sync;
#[cfg(target_has_atomic = "ptr")]
pub mod thread;
pub mod time;
mod stdout;
mod sys;
