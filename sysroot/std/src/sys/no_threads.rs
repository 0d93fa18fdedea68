//! Platforms without threads (wasm32-wasip1, bare metal): one thread, whose control block
//! is a static; `spawn` fails as std's does there ("operation not supported on this
//! platform"), and waiting on a futex returns at once (nothing else could change it).

use core::sync::atomic::AtomicU32;

pub const SUPPORTED: bool = false;

static mut MAIN_CB: usize = 0;

pub struct Native {
    _private: (),
}

pub fn current_cb() -> usize {
    unsafe { MAIN_CB }
}

pub unsafe fn set_main_cb(cb: usize) {
    MAIN_CB = cb;
}

pub unsafe fn spawn(_stack_size: usize, _cb: usize, _entry: extern "C" fn(usize) -> !, _arg: usize) -> Result<Native, i32> {
    Err(-1)
}

pub fn join(_native: Native) {}

pub fn detach(_native: Native) {}

pub fn exit_thread() -> ! {
    super::exit(101)
}

pub fn futex_wait(_word: &AtomicU32, _expected: u32) {}

pub fn futex_wait_timeout(_word: &AtomicU32, _expected: u32, _nanos: u64) {}

pub fn futex_wake(_word: &AtomicU32, _count: u32) {}

pub fn sleep(secs: u64, nanos: u32) {
    super::sleep(secs, nanos)
}

pub fn yield_now() {}

pub fn available_parallelism() -> usize {
    1
}
