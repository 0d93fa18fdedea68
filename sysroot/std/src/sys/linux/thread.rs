//! Threads without libc: `clone` onto a stack we map ourselves, futexes, and the thread
//! pointer register holding each thread's control block (see std/src/thread/cb.rs).

use super::arch::{
    set_thread_pointer, syscall1, syscall3, syscall6, thread_pointer, SYS_EXIT, SYS_FUTEX, SYS_MPROTECT, SYS_MUNMAP,
    SYS_NANOSLEEP, SYS_SCHED_GETAFFINITY, SYS_SCHED_YIELD,
};
use core::sync::atomic::{AtomicU32, Ordering};

extern "C" {
    fn __tsrustc_clone(flags: usize, stack: usize, ptid: *mut u32, tls: usize, ctid: *mut u32) -> isize;
}

const CLONE_VM: usize = 0x100;
const CLONE_FS: usize = 0x200;
const CLONE_FILES: usize = 0x400;
const CLONE_SIGHAND: usize = 0x800;
const CLONE_THREAD: usize = 0x10000;
const CLONE_SYSVSEM: usize = 0x40000;
const CLONE_SETTLS: usize = 0x80000;
const CLONE_PARENT_SETTID: usize = 0x100000;
const CLONE_CHILD_CLEARTID: usize = 0x200000;

const FUTEX_WAIT: usize = 0;
const FUTEX_WAIT_PRIVATE: usize = 128;
const FUTEX_WAKE_PRIVATE: usize = 129;
const PAGE: usize = 4096;
const PROT_NONE: usize = 0;
const EINTR: isize = -4;

pub const SUPPORTED: bool = true;

/// A running (or finished) thread: its tid word, which the kernel zeroes and futex-wakes
/// when the thread has exited (CLONE_CHILD_CLEARTID), and the stack mapping to free then.
pub struct Native {
    tid: *mut AtomicU32,
    stack: usize,
    stack_size: usize,
}

/// The current thread's control block address.
pub fn current_cb() -> usize {
    thread_pointer()
}

/// Installs the main thread's control block (once, at start-up).
pub unsafe fn set_main_cb(cb: usize) {
    set_thread_pointer(cb);
}

/// Starts a thread running `entry(arg)` on a fresh stack of at least `stack_size` bytes
/// (with a guard page below it), with `cb` as its thread pointer.
pub unsafe fn spawn(stack_size: usize, cb: usize, entry: extern "C" fn(usize) -> !, arg: usize) -> Result<Native, i32> {
    let size = (stack_size + PAGE - 1) / PAGE * PAGE + PAGE;
    let base = super::map_memory(size) as usize;
    if base == 0 {
        return Err(12);
    }
    syscall3(SYS_MPROTECT, base, PAGE, PROT_NONE);
    // The tid word lives in the control block's allocation (the caller keeps it alive
    // until join); here a separate word at the top of the stack mapping would die with it.
    let tid = crate::boxed::Box::into_raw(crate::boxed::Box::new(AtomicU32::new(0)));
    let top = (base + size - 32) & !15usize;
    *(top as *mut usize) = entry as usize;
    *((top + core::mem::size_of::<usize>()) as *mut usize) = arg;
    let flags = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM | CLONE_SETTLS
        | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID;
    let r = __tsrustc_clone(flags, top, tid as *mut u32, cb, tid as *mut u32);
    if r < 0 {
        syscall3(SYS_MUNMAP, base, size, 0);
        drop(crate::boxed::Box::from_raw(tid));
        return Err(-r as i32);
    }
    Ok(Native { tid, stack: base, stack_size: size })
}

/// Waits until the thread has exited, then frees its stack.
pub fn join(native: Native) {
    unsafe {
        loop {
            let t = (*native.tid).load(Ordering::Acquire);
            if t == 0 {
                break;
            }
            // Not FUTEX_WAIT_PRIVATE: the kernel's wake at thread exit (CLONE_CHILD_CLEARTID)
            // is a shared-futex wake, which private waiters do not see.
            syscall6(SYS_FUTEX, native.tid as usize, FUTEX_WAIT, t as usize, 0, 0, 0);
        }
        syscall3(SYS_MUNMAP, native.stack, native.stack_size, 0);
        drop(crate::boxed::Box::from_raw(native.tid));
    }
}

/// A detached thread: its stack and tid word stay mapped (the thread may still run).
pub fn detach(_native: Native) {}

/// Ends the calling thread only (the process goes on).
pub fn exit_thread() -> ! {
    unsafe {
        syscall1(SYS_EXIT, 0);
    }
    loop {}
}

/// Sleeps while `*word == expected` (or until woken; spurious wakeups happen).
pub fn futex_wait(word: &AtomicU32, expected: u32) {
    unsafe {
        syscall6(SYS_FUTEX, word as *const AtomicU32 as usize, FUTEX_WAIT_PRIVATE, expected as usize, 0, 0, 0);
    }
}

/// As `futex_wait`, giving up after `nanos` nanoseconds.
pub fn futex_wait_timeout(word: &AtomicU32, expected: u32, nanos: u64) {
    let ts: [isize; 2] = [(nanos / 1_000_000_000) as isize, (nanos % 1_000_000_000) as isize];
    unsafe {
        syscall6(SYS_FUTEX, word as *const AtomicU32 as usize, FUTEX_WAIT_PRIVATE, expected as usize, &ts as *const [isize; 2] as usize, 0, 0);
    }
}

/// Wakes up to `count` threads waiting on `word`.
pub fn futex_wake(word: &AtomicU32, count: u32) {
    unsafe {
        syscall3(SYS_FUTEX, word as *const AtomicU32 as usize, FUTEX_WAKE_PRIVATE, count as usize);
    }
}

pub fn sleep(secs: u64, nanos: u32) {
    let mut ts: [isize; 2] = [secs as isize, nanos as isize];
    loop {
        let mut rem: [isize; 2] = [0, 0];
        let r = unsafe { syscall3(SYS_NANOSLEEP, &ts as *const [isize; 2] as usize, &mut rem as *mut [isize; 2] as usize, 0) };
        if r != EINTR {
            return;
        }
        ts = rem;
    }
}

pub fn yield_now() {
    unsafe {
        syscall1(SYS_SCHED_YIELD, 0);
    }
}

/// How many CPUs this process may run on (its affinity mask), at least 1.
pub fn available_parallelism() -> usize {
    let mut mask = [0usize; 16];
    let r = unsafe { syscall3(SYS_SCHED_GETAFFINITY, 0, core::mem::size_of::<[usize; 16]>(), &mut mask as *mut [usize; 16] as usize) };
    if r <= 0 {
        return 1;
    }
    let mut n = 0;
    for w in mask.iter() {
        n += w.count_ones() as usize;
    }
    if n == 0 { 1 } else { n }
}
