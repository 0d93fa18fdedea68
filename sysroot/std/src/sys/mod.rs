//! The platform layer: the only part of std that differs between targets.

#[cfg(target_os = "linux")]
mod linux;
#[cfg(target_os = "linux")]
pub use linux::{exit, map_memory, read, write_all};

#[cfg(target_os = "wasi")]
mod wasi;
#[cfg(target_os = "wasi")]
pub use wasi::{exit, map_memory, read, write_all};

#[cfg(all(target_os = "none", target_arch = "arm"))]
mod semihosting_arm;
#[cfg(all(target_os = "none", target_arch = "arm"))]
pub use semihosting_arm::{exit, map_memory, read, write_all};
