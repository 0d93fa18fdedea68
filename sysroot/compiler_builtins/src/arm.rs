//! ARM EABI division helpers. `__aeabi_uidiv`/`__aeabi_idiv` are plain calls; the divmod
//! forms return the quotient and remainder together in registers (r0, r1 for 32 bits;
//! r0:r1, r2:r3 for 64 bits), a convention Rust functions cannot express, so they are thin
//! assembly wrappers around the portable routines in `int.rs`.

#[no_mangle]
pub unsafe extern "C" fn __aeabi_uidiv(n: u32, d: u32) -> u32 {
    crate::int::__udivmodsi4(n, d, 0 as *mut u32)
}

#[no_mangle]
pub unsafe extern "C" fn __aeabi_idiv(a: i32, b: i32) -> i32 {
    crate::int::__divmodsi4(a, b, 0 as *mut i32)
}

core::arch::global_asm!(
    ".syntax unified",
    ".globl __aeabi_uldivmod",
    ".type __aeabi_uldivmod, %function",
    ".p2align 2",
    "__aeabi_uldivmod:",
    "push {{r4, lr}}",
    "sub sp, sp, #16",
    "add r4, sp, #8",
    "str r4, [sp]",
    "bl __udivmoddi4",
    "ldr r2, [sp, #8]",
    "ldr r3, [sp, #12]",
    "add sp, sp, #16",
    "pop {{r4, pc}}",
    ".globl __aeabi_ldivmod",
    ".type __aeabi_ldivmod, %function",
    ".p2align 2",
    "__aeabi_ldivmod:",
    "push {{r4, lr}}",
    "sub sp, sp, #16",
    "add r4, sp, #8",
    "str r4, [sp]",
    "bl __divmoddi4",
    "ldr r2, [sp, #8]",
    "ldr r3, [sp, #12]",
    "add sp, sp, #16",
    "pop {{r4, pc}}",
    ".globl __aeabi_uidivmod",
    ".type __aeabi_uidivmod, %function",
    ".p2align 2",
    "__aeabi_uidivmod:",
    "push {{r0, r1, r2, lr}}",
    "add r2, sp, #8",
    "bl __udivmodsi4",
    "ldr r1, [sp, #8]",
    "add sp, sp, #12",
    "pop {{pc}}",
    ".globl __aeabi_idivmod",
    ".type __aeabi_idivmod, %function",
    ".p2align 2",
    "__aeabi_idivmod:",
    "push {{r0, r1, r2, lr}}",
    "add r2, sp, #8",
    "bl __divmodsi4",
    "ldr r1, [sp, #8]",
    "add sp, sp, #12",
    "pop {{pc}}",
);
