//! RISC-V 64 Linux: `ecall` with the number in a7 and arguments in a0..a2.

pub const SYS_READ: usize = 63;
pub const SYS_WRITE: usize = 64;
pub const SYS_EXIT_GROUP: usize = 94;
pub const SYS_MMAP: usize = 222;
pub const SYS_OPENAT: usize = 56;
pub const SYS_CLOSE: usize = 57;

pub unsafe fn syscall1(n: usize, a1: usize) -> isize {
    let ret: isize;
    core::arch::asm!("ecall", inlateout("a0") a1 as isize => ret, in("a7") n, options(nostack));
    ret
}

pub unsafe fn syscall3(n: usize, a1: usize, a2: usize, a3: usize) -> isize {
    let ret: isize;
    core::arch::asm!("ecall", inlateout("a0") a1 as isize => ret, in("a1") a2, in("a2") a3, in("a7") n,
        options(nostack));
    ret
}

pub unsafe fn syscall6(n: usize, a1: usize, a2: usize, a3: usize, a4: usize, a5: usize, a6: usize) -> isize {
    let ret: isize;
    core::arch::asm!("ecall", inlateout("a0") a1 as isize => ret, in("a1") a2, in("a2") a3, in("a3") a4,
        in("a4") a5, in("a5") a6, in("a7") n, options(nostack));
    ret
}

core::arch::global_asm!(
    ".globl _start",
    "_start:",
    "mv a0, sp",
    "andi sp, sp, -16",
    "call __tsrustc_start",
    "unimp",
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
    unsafe { core::arch::asm!("mv {}, tp", out(reg) tp, options(nostack, nomem, preserves_flags)) };
    tp
}

pub unsafe fn set_thread_pointer(tp: usize) {
    core::arch::asm!("mv tp, {}", in(reg) tp, options(nostack, preserves_flags));
}

// `__tsrustc_clone(flags, stack, ptid, tls, ctid)`, the kernel's argument order. The child
// starts on `stack` holding the entry function and its argument, and never returns.
core::arch::global_asm!(
    ".globl __tsrustc_clone",
    "__tsrustc_clone:",
    "li a7, 220",
    "ecall",
    "bnez a0, 2f",
    "ld t0, 0(sp)",
    "ld a0, 8(sp)",
    "jalr t0",
    "unimp",
    "2:",
    "ret",
);
