//! Synchronization: atomics (from core) and `Arc` (from alloc, where the target has
//! compare-and-swap).

#[cfg(target_has_atomic = "ptr")]
pub use alloc_crate::sync::{Arc, Weak};
pub use core::sync::atomic;

/// Called for each mutex a panicking thread holds (see thread::exit_after_panic).
#[cfg(target_has_atomic = "ptr")]
pub(crate) fn poison_and_release(_word: usize) {}
