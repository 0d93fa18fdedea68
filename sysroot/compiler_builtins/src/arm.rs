//! ARM EABI division helpers: `__aeabi_uldivmod` and `__aeabi_ldivmod` return the quotient
//! in r0:r1 and the remainder in r2:r3, a convention Rust functions cannot express, so they
//! are thin assembly wrappers around the portable routines.

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
);
