//! x86_64 Linux: `syscall` with the number in rax and arguments in rdi, rsi, rdx.

pub const SYS_READ: usize = 0;
pub const SYS_WRITE: usize = 1;
pub const SYS_EXIT_GROUP: usize = 231;
pub const SYS_MMAP: usize = 9;
pub const SYS_OPENAT: usize = 257;
pub const SYS_CLOSE: usize = 3;

pub unsafe fn syscall1(n: usize, a1: usize) -> isize {
    let ret: isize;
    core::arch::asm!("syscall", inlateout("rax") n as isize => ret, in("rdi") a1,
        lateout("rcx") _, lateout("r11") _, options(nostack));
    ret
}

pub unsafe fn syscall3(n: usize, a1: usize, a2: usize, a3: usize) -> isize {
    let ret: isize;
    core::arch::asm!("syscall", inlateout("rax") n as isize => ret, in("rdi") a1, in("rsi") a2, in("rdx") a3,
        lateout("rcx") _, lateout("r11") _, options(nostack));
    ret
}

pub unsafe fn syscall6(n: usize, a1: usize, a2: usize, a3: usize, a4: usize, a5: usize, a6: usize) -> isize {
    let ret: isize;
    core::arch::asm!("syscall", inlateout("rax") n as isize => ret, in("rdi") a1, in("rsi") a2, in("rdx") a3,
        in("r10") a4, in("r8") a5, in("r9") a6, lateout("rcx") _, lateout("r11") _, options(nostack));
    ret
}

// The kernel starts us with argc at [rsp] and rsp 16-byte aligned; a call must see
// rsp = 8 mod 16 at the callee's entry, which `call` gives us after the `and`.
core::arch::global_asm!(
    ".globl _start",
    "_start:",
    "xor ebp, ebp",
    "mov rdi, rsp",
    "and rsp, -16",
    "call __tsrustc_start",
    "ud2",
);
