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
