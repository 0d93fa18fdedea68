//! Routines LLVM's generated code calls instead of inline instructions: memory copies and,
//! on 32-bit targets, 64-bit division. Written so that they never call themselves:
//! `#![no_builtins]` stops LLVM from turning their loops back into calls to them.
#![no_std]
#![no_builtins]
#![compiler_builtins]
#![feature(compiler_builtins, no_builtins)]

mod mem;
pub mod int;
pub mod float;
#[cfg(target_pointer_width = "32")]
mod mul;
#[cfg(target_arch = "arm")]
mod arm;
