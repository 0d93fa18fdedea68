//! Line-buffered stdout, like std's `LineWriter<StdoutRaw>`: text is kept until a newline
//! (or a full buffer), then written with one system call; the rest is flushed at exit.

const CAPACITY: usize = 1024;

/// Stdout's lock, reentrant as std's: one `print!` writes all its pieces before another
/// thread's, and a `Display` impl may print while its caller holds the lock.
pub struct StdoutGuard {
    #[allow(dead_code)]
    outer: bool,
}

#[cfg(target_has_atomic = "ptr")]
static OWNER: core::sync::atomic::AtomicUsize = core::sync::atomic::AtomicUsize::new(0);

#[cfg(target_has_atomic = "ptr")]
pub fn lock() -> StdoutGuard {
    use core::sync::atomic::Ordering;
    let me = crate::sys::thread::current_cb() | 1;
    if OWNER.load(Ordering::Relaxed) == me {
        return StdoutGuard { outer: false };
    }
    while OWNER.compare_exchange_weak(0, me, Ordering::Acquire, Ordering::Relaxed).is_err() {
        crate::sys::thread::yield_now();
    }
    StdoutGuard { outer: true }
}

#[cfg(target_has_atomic = "ptr")]
impl Drop for StdoutGuard {
    fn drop(&mut self) {
        if self.outer {
            OWNER.store(0, core::sync::atomic::Ordering::Release);
        }
    }
}

#[cfg(not(target_has_atomic = "ptr"))]
pub fn lock() -> StdoutGuard {
    StdoutGuard { outer: true }
}

static mut BUF: [u8; 1024] = [0u8; 1024];
static mut LEN: usize = 0;

/// Writes text to stderr, which is not buffered.
pub fn write_stderr(s: &str) {
    write_stderr_bytes(unsafe { core::intrinsics::str_ptr(s) }, unsafe { core::intrinsics::str_len(s) });
}

/// Writes bytes to stderr, which is not buffered.
pub fn write_stderr_bytes(ptr: *const u8, len: usize) {
    flush_before_stderr();
    crate::sys::write_all(2, ptr, len);
}

/// Writes text to stdout through the line buffer.
pub fn write_stdout(s: &str) {
    write_stdout_bytes(unsafe { core::intrinsics::str_ptr(s) }, unsafe { core::intrinsics::str_len(s) });
}

/// Writes bytes to stdout through the line buffer.
pub fn write_stdout_bytes(ptr: *const u8, len: usize) {
    let _g = lock();
    unsafe {
        let mut last_newline: usize = len;
        let mut i: usize = 0;
        while i < len {
            if *((ptr as usize + i) as *const u8) == b'\n' {
                last_newline = i;
            }
            i = i + 1;
        }
        if last_newline == len {
            buffer(ptr, len);
        } else {
            // Everything up to and including the last newline goes out now.
            let head = last_newline + 1;
            if LEN + head <= CAPACITY {
                buffer(ptr, head);
                flush();
            } else {
                flush();
                crate::sys::write_all(1, ptr, head);
            }
            buffer((ptr as usize + head) as *const u8, len - head);
        }
    }
}

unsafe fn buffer(ptr: *const u8, len: usize) {
    if LEN + len > CAPACITY {
        flush();
    }
    if len > CAPACITY {
        crate::sys::write_all(1, ptr, len);
        return;
    }
    let mut i: usize = 0;
    while i < len {
        BUF[LEN + i] = *((ptr as usize + i) as *const u8);
        i = i + 1;
    }
    LEN = LEN + len;
}

/// Writes out whatever is buffered.
pub fn flush() {
    let _g = lock();
    unsafe {
        if LEN > 0 {
            crate::sys::write_all(1, &BUF[0] as *const u8, LEN);
            LEN = 0;
        }
    }
}

/// Rust's stderr is unbuffered and does not flush stdout; kept as a hook so the order of
/// the two streams can be adjusted in one place.
pub fn flush_before_stderr() {}
