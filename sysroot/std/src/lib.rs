//! tsrustc's `std`: `core` plus what needs an operating system (or, on bare metal, a debug
//! host): printing, process exit, the program entry point and the panic handler.
//!
//! Linux targets talk to the kernel by raw system calls, so executables are static and need
//! no libc; wasm32-wasip1 uses WASI; bare-metal Arm targets use semihosting, which a debugger
//! or QEMU services (see docs/sysroot.md for how a real board would route output instead).
#![no_std]

pub use core::clone;
pub use core::cmp;
pub use core::default;
pub use core::fmt;
pub use core::mem;
pub use core::ops;
pub use core::ptr;
pub use core::option;
pub use core::result;
pub use core::matches;

pub mod io;
pub mod prelude;
pub mod process;
mod heap;
mod panicking;
mod rt;
mod stdout;
mod sys;
