//! 32-bit Arm Linux (EABI): `svc #0` with the number in r7 and arguments in r0..r2.

pub const SYS_READ: usize = 3;
pub const SYS_WRITE: usize = 4;
pub const SYS_EXIT_GROUP: usize = 248;
/// `mmap2`: the offset is in 4096-byte pages.
pub const SYS_MMAP: usize = 192;
pub const SYS_OPENAT: usize = 322;
pub const SYS_CLOSE: usize = 6;

pub unsafe fn syscall1(n: usize, a1: usize) -> isize {
    let ret: isize;
    core::arch::asm!("svc #0", inlateout("r0") a1 as isize => ret, in("r7") n, options(nostack));
    ret
}

pub unsafe fn syscall3(n: usize, a1: usize, a2: usize, a3: usize) -> isize {
    let ret: isize;
    core::arch::asm!("svc #0", inlateout("r0") a1 as isize => ret, in("r1") a2, in("r2") a3, in("r7") n,
        options(nostack));
    ret
}

pub unsafe fn syscall6(n: usize, a1: usize, a2: usize, a3: usize, a4: usize, a5: usize, a6: usize) -> isize {
    let ret: isize;
    core::arch::asm!("svc #0", inlateout("r0") a1 as isize => ret, in("r1") a2, in("r2") a3, in("r3") a4,
        in("r4") a5, in("r5") a6, in("r7") n, options(nostack));
    ret
}

// AAPCS wants an 8-byte aligned stack at public interfaces.
core::arch::global_asm!(
    ".globl _start",
    "_start:",
    "mov fp, #0",
    "mov r0, sp",
    "bic sp, sp, #7",
    "bl __tsrustc_start",
    "udf #0",
);

// Threads (sys/linux/thread.rs).
pub const SYS_EXIT: usize = 1;
pub const SYS_FUTEX: usize = 240;
pub const SYS_NANOSLEEP: usize = 162;
pub const SYS_MUNMAP: usize = 91;
pub const SYS_MPROTECT: usize = 125;
pub const SYS_SCHED_YIELD: usize = 158;
pub const SYS_SCHED_GETAFFINITY: usize = 242;
const ARM_SET_TLS: usize = 0xf0005;

/// TPIDRURO, which the kernel sets from `set_tls` (and from clone's tls argument).
#[inline]
pub fn thread_pointer() -> usize {
    let tp: usize;
    unsafe { core::arch::asm!("mrc p15, 0, {}, c13, c0, 3", out(reg) tp, options(nostack, nomem, preserves_flags)) };
    tp
}

pub unsafe fn set_thread_pointer(tp: usize) {
    syscall1(ARM_SET_TLS, tp);
}

// `__tsrustc_clone(flags, stack, ptid, tls, ctid)`, the kernel's argument order (ctid is
// the fifth argument, on the caller's stack). The child starts on `stack` holding the entry
// function and its argument, and never returns.
core::arch::global_asm!(
    ".globl __tsrustc_clone",
    "__tsrustc_clone:",
    "push {{r4, r7}}",
    "ldr r4, [sp, #8]",
    "mov r7, #120",
    "svc #0",
    "cmp r0, #0",
    "beq 2f",
    "pop {{r4, r7}}",
    "bx lr",
    "2:",
    "mov fp, #0",
    "ldr r1, [sp]",
    "ldr r0, [sp, #4]",
    "blx r1",
    "udf #0",
);
