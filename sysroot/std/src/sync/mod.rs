//! Synchronization: atomics (from core) and `Arc` (from alloc, where the target has
//! compare-and-swap).

#[cfg(target_has_atomic = "ptr")]
pub use alloc_crate::sync::{Arc, Weak};
pub use core::sync::atomic;
