//! AArch64 Linux: `svc #0` with the number in x8 and arguments in x0..x2.

pub const SYS_READ: usize = 63;
pub const SYS_WRITE: usize = 64;
pub const SYS_EXIT_GROUP: usize = 94;
pub const SYS_MMAP: usize = 222;
pub const SYS_OPENAT: usize = 56;
pub const SYS_CLOSE: usize = 57;

pub unsafe fn syscall1(n: usize, a1: usize) -> isize {
    let ret: isize;
    core::arch::asm!("svc #0", inlateout("x0") a1 as isize => ret, in("x8") n, options(nostack));
    ret
}

pub unsafe fn syscall3(n: usize, a1: usize, a2: usize, a3: usize) -> isize {
    let ret: isize;
    core::arch::asm!("svc #0", inlateout("x0") a1 as isize => ret, in("x1") a2, in("x2") a3, in("x8") n,
        options(nostack));
    ret
}

pub unsafe fn syscall6(n: usize, a1: usize, a2: usize, a3: usize, a4: usize, a5: usize, a6: usize) -> isize {
    let ret: isize;
    core::arch::asm!("svc #0", inlateout("x0") a1 as isize => ret, in("x1") a2, in("x2") a3, in("x3") a4,
        in("x4") a5, in("x5") a6, in("x8") n, options(nostack));
    ret
}

core::arch::global_asm!(
    ".globl _start",
    "_start:",
    "mov x29, #0",
    "mov x30, #0",
    "mov x0, sp",
    "bl __tsrustc_start",
    "brk #1",
);

// Threads (sys/linux/thread.rs).
pub const SYS_EXIT: usize = 93;
pub const SYS_FUTEX: usize = 98;
pub const SYS_NANOSLEEP: usize = 101;
pub const SYS_MUNMAP: usize = 215;
pub const SYS_MPROTECT: usize = 226;
pub const SYS_SCHED_YIELD: usize = 124;
pub const SYS_SCHED_GETAFFINITY: usize = 123;

#[inline]
pub fn thread_pointer() -> usize {
    let tp: usize;
    unsafe { core::arch::asm!("mrs {}, tpidr_el0", out(reg) tp, options(nostack, nomem, preserves_flags)) };
    tp
}

pub unsafe fn set_thread_pointer(tp: usize) {
    core::arch::asm!("msr tpidr_el0, {}", in(reg) tp, options(nostack, preserves_flags));
}

// `__tsrustc_clone(flags, stack, ptid, tls, ctid)`, the kernel's argument order. The child
// starts on `stack` holding the entry function and its argument, and never returns.
core::arch::global_asm!(
    ".globl __tsrustc_clone",
    "__tsrustc_clone:",
    "mov x8, #220",
    "svc #0",
    "cbnz x0, 2f",
    "mov x29, #0",
    "mov x30, #0",
    "ldp x9, x0, [sp]",
    "blr x9",
    "brk #1",
    "2:",
    "ret",
);
