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
