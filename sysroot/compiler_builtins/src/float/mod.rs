//! Soft-float routines under the names LLVM calls when a target has no instruction for an
//! operation: libgcc's (`__adddf3`...) everywhere, and the ARM run-time ABI's (`__aeabi_dadd`...)
//! on Arm. f64 on single-precision FPUs (thumbv7em-none-eabihf), everything on targets without
//! an FPU (thumbv6m, riscv32imac), and the 128-bit conversions on all targets.
//!
//! The `__aeabi_*` helpers use the base procedure call standard (floats in core registers)
//! even on hard-float targets, so they are declared with the bit patterns as integers, which
//! travel in exactly those registers under the C ABI.

mod soft;
mod arith;
mod cmp;
mod conv;
pub mod libm;
mod fma;
#[cfg(target_arch = "arm")]
mod aeabi;

use soft::{f32_from_bits, f32_to_bits, f64_from_bits, f64_to_bits};

const D: u32 = 52;
const F: u32 = 23;

fn d(x: f64) -> u64 { f64_to_bits(x) }
fn f(x: f32) -> u64 { f32_to_bits(x) as u64 }
fn to_d(b: u64) -> f64 { f64_from_bits(b) }
fn to_f(b: u64) -> f32 { f32_from_bits(b as u32) }

fn u128_of(hi: u64, lo: u64) -> u128 { ((hi as u128) << 64) | (lo as u128) }

// ---- arithmetic ----
#[no_mangle] pub extern "C" fn __adddf3(a: f64, b: f64) -> f64 { to_d(arith::add(d(a), d(b), D)) }
#[no_mangle] pub extern "C" fn __subdf3(a: f64, b: f64) -> f64 { to_d(arith::sub(d(a), d(b), D)) }
#[no_mangle] pub extern "C" fn __muldf3(a: f64, b: f64) -> f64 { to_d(arith::mul(d(a), d(b), D)) }
#[no_mangle] pub extern "C" fn __divdf3(a: f64, b: f64) -> f64 { to_d(arith::div(d(a), d(b), D)) }
#[no_mangle] pub extern "C" fn __addsf3(a: f32, b: f32) -> f32 { to_f(arith::add(f(a), f(b), F)) }
#[no_mangle] pub extern "C" fn __subsf3(a: f32, b: f32) -> f32 { to_f(arith::sub(f(a), f(b), F)) }
#[no_mangle] pub extern "C" fn __mulsf3(a: f32, b: f32) -> f32 { to_f(arith::mul(f(a), f(b), F)) }
#[no_mangle] pub extern "C" fn __divsf3(a: f32, b: f32) -> f32 { to_f(arith::div(f(a), f(b), F)) }

// ---- comparisons (libgcc's contract: the sign of the result answers the predicate) ----
fn cmp_or(c: i32, unordered: i32) -> i32 { if c == cmp::UNORDERED { unordered } else { c } }
#[no_mangle] pub extern "C" fn __eqdf2(a: f64, b: f64) -> i32 { cmp_or(cmp::cmp(d(a), d(b), D), 1) }
#[no_mangle] pub extern "C" fn __nedf2(a: f64, b: f64) -> i32 { cmp_or(cmp::cmp(d(a), d(b), D), 1) }
#[no_mangle] pub extern "C" fn __ltdf2(a: f64, b: f64) -> i32 { cmp_or(cmp::cmp(d(a), d(b), D), 1) }
#[no_mangle] pub extern "C" fn __ledf2(a: f64, b: f64) -> i32 { cmp_or(cmp::cmp(d(a), d(b), D), 1) }
#[no_mangle] pub extern "C" fn __gtdf2(a: f64, b: f64) -> i32 { cmp_or(cmp::cmp(d(a), d(b), D), -1) }
#[no_mangle] pub extern "C" fn __gedf2(a: f64, b: f64) -> i32 { cmp_or(cmp::cmp(d(a), d(b), D), -1) }
#[no_mangle] pub extern "C" fn __unorddf2(a: f64, b: f64) -> i32 { if cmp::cmp(d(a), d(b), D) == cmp::UNORDERED { 1 } else { 0 } }
#[no_mangle] pub extern "C" fn __eqsf2(a: f32, b: f32) -> i32 { cmp_or(cmp::cmp(f(a), f(b), F), 1) }
#[no_mangle] pub extern "C" fn __nesf2(a: f32, b: f32) -> i32 { cmp_or(cmp::cmp(f(a), f(b), F), 1) }
#[no_mangle] pub extern "C" fn __ltsf2(a: f32, b: f32) -> i32 { cmp_or(cmp::cmp(f(a), f(b), F), 1) }
#[no_mangle] pub extern "C" fn __lesf2(a: f32, b: f32) -> i32 { cmp_or(cmp::cmp(f(a), f(b), F), 1) }
#[no_mangle] pub extern "C" fn __gtsf2(a: f32, b: f32) -> i32 { cmp_or(cmp::cmp(f(a), f(b), F), -1) }
#[no_mangle] pub extern "C" fn __gesf2(a: f32, b: f32) -> i32 { cmp_or(cmp::cmp(f(a), f(b), F), -1) }
#[no_mangle] pub extern "C" fn __unordsf2(a: f32, b: f32) -> i32 { if cmp::cmp(f(a), f(b), F) == cmp::UNORDERED { 1 } else { 0 } }

// ---- conversions ----
#[no_mangle] pub extern "C" fn __extendsfdf2(a: f32) -> f64 { to_d(conv::convert(f(a), F, D)) }
#[no_mangle] pub extern "C" fn __truncdfsf2(a: f64) -> f32 { to_f(conv::convert(d(a), D, F)) }

#[no_mangle] pub extern "C" fn __fixdfsi(a: f64) -> i32 { conv::to_signed(d(a), D, 32) as i32 }
#[no_mangle] pub extern "C" fn __fixdfdi(a: f64) -> i64 { conv::to_signed(d(a), D, 64) }
#[no_mangle] pub extern "C" fn __fixunsdfsi(a: f64) -> u32 { conv::to_unsigned(d(a), D, 32) as u32 }
#[no_mangle] pub extern "C" fn __fixunsdfdi(a: f64) -> u64 { conv::to_unsigned(d(a), D, 64) }
#[no_mangle] pub extern "C" fn __fixsfsi(a: f32) -> i32 { conv::to_signed(f(a), F, 32) as i32 }
#[no_mangle] pub extern "C" fn __fixsfdi(a: f32) -> i64 { conv::to_signed(f(a), F, 64) }
#[no_mangle] pub extern "C" fn __fixunssfsi(a: f32) -> u32 { conv::to_unsigned(f(a), F, 32) as u32 }
#[no_mangle] pub extern "C" fn __fixunssfdi(a: f32) -> u64 { conv::to_unsigned(f(a), F, 64) }
#[no_mangle] pub extern "C" fn __fixdfti(a: f64) -> i128 { let (h, l) = conv::to_i128(d(a), D); u128_of(h, l) as i128 }
#[no_mangle] pub extern "C" fn __fixunsdfti(a: f64) -> u128 { let (h, l) = conv::to_u128(d(a), D); u128_of(h, l) }
#[no_mangle] pub extern "C" fn __fixsfti(a: f32) -> i128 { let (h, l) = conv::to_i128(f(a), F); u128_of(h, l) as i128 }
#[no_mangle] pub extern "C" fn __fixunssfti(a: f32) -> u128 { let (h, l) = conv::to_u128(f(a), F); u128_of(h, l) }

#[no_mangle] pub extern "C" fn __floatsidf(a: i32) -> f64 { to_d(conv::from_i64(a as i64, D)) }
#[no_mangle] pub extern "C" fn __floatdidf(a: i64) -> f64 { to_d(conv::from_i64(a, D)) }
#[no_mangle] pub extern "C" fn __floatunsidf(a: u32) -> f64 { to_d(conv::from_int(false, 0, a as u64, D)) }
#[no_mangle] pub extern "C" fn __floatundidf(a: u64) -> f64 { to_d(conv::from_int(false, 0, a, D)) }
#[no_mangle] pub extern "C" fn __floatsisf(a: i32) -> f32 { to_f(conv::from_i64(a as i64, F)) }
#[no_mangle] pub extern "C" fn __floatdisf(a: i64) -> f32 { to_f(conv::from_i64(a, F)) }
#[no_mangle] pub extern "C" fn __floatunsisf(a: u32) -> f32 { to_f(conv::from_int(false, 0, a as u64, F)) }
#[no_mangle] pub extern "C" fn __floatundisf(a: u64) -> f32 { to_f(conv::from_int(false, 0, a, F)) }

/// The sign and magnitude halves of an i128.
fn i128_parts(a: i128) -> (bool, u64, u64) {
    let neg = a < 0;
    let mut v = a as u128;
    if neg {
        v = !v + 1;
    }
    (neg, (v >> 64) as u64, v as u64)
}
#[no_mangle] pub extern "C" fn __floattidf(a: i128) -> f64 { let (n, h, l) = i128_parts(a); to_d(conv::from_int(n, h, l, D)) }
#[no_mangle] pub extern "C" fn __floattisf(a: i128) -> f32 { let (n, h, l) = i128_parts(a); to_f(conv::from_int(n, h, l, F)) }
#[no_mangle] pub extern "C" fn __floatuntidf(a: u128) -> f64 { to_d(conv::from_int(false, (a >> 64) as u64, a as u64, D)) }
#[no_mangle] pub extern "C" fn __floatuntisf(a: u128) -> f32 { to_f(conv::from_int(false, (a >> 64) as u64, a as u64, F)) }
