//! Process control.

/// Terminates the process with `code`, after flushing stdout (destructors do not run).
pub fn exit(code: i32) -> ! {
    crate::stdout::flush();
    crate::sys::exit(code)
}

/// Terminates the process abnormally.
pub fn abort() -> ! {
    crate::stdout::flush();
    unsafe { core::intrinsics::abort() }
}
