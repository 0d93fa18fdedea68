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

// Threads (sys/linux/thread.rs).
pub const SYS_EXIT: usize = 60;
pub const SYS_FUTEX: usize = 202;
pub const SYS_NANOSLEEP: usize = 35;
pub const SYS_MUNMAP: usize = 11;
pub const SYS_MPROTECT: usize = 10;
pub const SYS_SCHED_YIELD: usize = 24;
pub const SYS_SCHED_GETAFFINITY: usize = 204;
const SYS_ARCH_PRCTL: usize = 158;
const ARCH_SET_FS: usize = 0x1002;

/// The thread pointer: the fs base, whose first word points to itself (the control block
/// starts with its own address), so one load reads it.
#[inline]
pub fn thread_pointer() -> usize {
    let tp: usize;
    unsafe { core::arch::asm!("mov {}, qword ptr fs:[0]", out(reg) tp, options(nostack, readonly, preserves_flags)) };
    tp
}

pub unsafe fn set_thread_pointer(tp: usize) {
    syscall3(SYS_ARCH_PRCTL, ARCH_SET_FS, tp, 0);
}

// `__tsrustc_clone(flags, stack, ptid, tls, ctid)`: the kernel's x86_64 clone takes ctid
// before tls. The child starts on `stack`, where the parent put the entry function and its
// argument, calls it and never returns (the entry ends the thread).
core::arch::global_asm!(
    ".globl __tsrustc_clone",
    "__tsrustc_clone:",
    "mov r10, r8",
    "mov r8, rcx",
    "mov eax, 56",
    "syscall",
    "test rax, rax",
    "jnz 2f",
    "xor ebp, ebp",
    "mov rax, qword ptr [rsp]",
    "mov rdi, qword ptr [rsp + 8]",
    "and rsp, -16",
    "call rax",
    "ud2",
    "2:",
    "ret",
);
