//! The platform layer: the only part of std that differs between targets.

#[cfg(target_os = "linux")]
mod linux;
#[cfg(target_os = "linux")]
pub use linux::thread;
#[cfg(target_os = "linux")]
pub use linux::{args, close, env_entries, error_kind, error_string, exit, map_memory, open, read, write, write_all};

#[cfg(not(target_os = "linux"))]
pub mod no_threads;
#[cfg(not(target_os = "linux"))]
pub use no_threads as thread;
#[cfg(not(target_os = "linux"))]
use self::{wasi_or_bare::sleep};

#[cfg(target_os = "wasi")]
mod wasi;
#[cfg(target_os = "wasi")]
use wasi as wasi_or_bare;
#[cfg(target_os = "wasi")]
pub use wasi::{args, close, env_entries, error_kind, error_string, exit, map_memory, open, read, write, write_all};

#[cfg(all(target_os = "none", target_arch = "arm"))]
mod semihosting_arm;
#[cfg(all(target_os = "none", target_arch = "arm"))]
use semihosting_arm as wasi_or_bare;
#[cfg(all(target_os = "none", target_arch = "arm"))]
pub use semihosting_arm::{args, close, env_entries, error_kind, error_string, exit, map_memory, open, read, write, write_all};

use crate::string::String;
use crate::vec::Vec;

/// The bytes of a NUL-terminated C string, as a `String` (invalid UTF-8 replaced lossily
/// is not needed yet: arguments and environment entries are taken as they are).
#[allow(dead_code)]
unsafe fn c_string(p: *const u8) -> String {
    let mut len = 0;
    while *p.add(len) != 0 {
        len = len + 1;
    }
    let bytes = core::slice::from_raw_parts(p, len);
    String::from(core::str::from_utf8_unchecked(bytes))
}

/// `path` with a NUL appended, for the kernel; a path holding a NUL is refused, as Rust's
/// std refuses it.
#[allow(dead_code)]
fn nul_terminated(path: &[u8]) -> Result<Vec<u8>, crate::io::Error> {
    let mut out = Vec::with_capacity(path.len() + 1);
    for &b in path {
        if b == 0 {
            return Err(crate::io::Error::nul_in_path());
        }
        out.push(b);
    }
    out.push(0);
    Ok(out)
}
