//! Synchronization: atomics (from core).

pub use core::sync::atomic;
