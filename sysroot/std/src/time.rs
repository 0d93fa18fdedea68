//! Time: `Duration` (from core).

pub use core::time::Duration;
