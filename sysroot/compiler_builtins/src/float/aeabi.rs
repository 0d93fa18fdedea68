//! The ARM run-time ABI's names for the soft-float routines. They take and return floats in
//! core registers (the base standard), so here the bit patterns are integers.

use super::{arith, cmp, conv};

const D: u32 = 52;
const F: u32 = 23;

#[no_mangle] pub extern "C" fn __aeabi_dadd(a: u64, b: u64) -> u64 { arith::add(a, b, D) }
#[no_mangle] pub extern "C" fn __aeabi_dsub(a: u64, b: u64) -> u64 { arith::sub(a, b, D) }
#[no_mangle] pub extern "C" fn __aeabi_drsub(a: u64, b: u64) -> u64 { arith::sub(b, a, D) }
#[no_mangle] pub extern "C" fn __aeabi_dmul(a: u64, b: u64) -> u64 { arith::mul(a, b, D) }
#[no_mangle] pub extern "C" fn __aeabi_ddiv(a: u64, b: u64) -> u64 { arith::div(a, b, D) }
#[no_mangle] pub extern "C" fn __aeabi_fadd(a: u32, b: u32) -> u32 { arith::add(a as u64, b as u64, F) as u32 }
#[no_mangle] pub extern "C" fn __aeabi_fsub(a: u32, b: u32) -> u32 { arith::sub(a as u64, b as u64, F) as u32 }
#[no_mangle] pub extern "C" fn __aeabi_frsub(a: u32, b: u32) -> u32 { arith::sub(b as u64, a as u64, F) as u32 }
#[no_mangle] pub extern "C" fn __aeabi_fmul(a: u32, b: u32) -> u32 { arith::mul(a as u64, b as u64, F) as u32 }
#[no_mangle] pub extern "C" fn __aeabi_fdiv(a: u32, b: u32) -> u32 { arith::div(a as u64, b as u64, F) as u32 }

fn holds(c: i32, lt: bool, eq: bool, gt: bool) -> i32 {
    let r = if c == cmp::UNORDERED { false } else if c < 0 { lt } else if c == 0 { eq } else { gt };
    if r { 1 } else { 0 }
}
#[no_mangle] pub extern "C" fn __aeabi_dcmpeq(a: u64, b: u64) -> i32 { holds(cmp::cmp(a, b, D), false, true, false) }
#[no_mangle] pub extern "C" fn __aeabi_dcmplt(a: u64, b: u64) -> i32 { holds(cmp::cmp(a, b, D), true, false, false) }
#[no_mangle] pub extern "C" fn __aeabi_dcmple(a: u64, b: u64) -> i32 { holds(cmp::cmp(a, b, D), true, true, false) }
#[no_mangle] pub extern "C" fn __aeabi_dcmpge(a: u64, b: u64) -> i32 { holds(cmp::cmp(a, b, D), false, true, true) }
#[no_mangle] pub extern "C" fn __aeabi_dcmpgt(a: u64, b: u64) -> i32 { holds(cmp::cmp(a, b, D), false, false, true) }
#[no_mangle] pub extern "C" fn __aeabi_dcmpun(a: u64, b: u64) -> i32 { if cmp::cmp(a, b, D) == cmp::UNORDERED { 1 } else { 0 } }
#[no_mangle] pub extern "C" fn __aeabi_fcmpeq(a: u32, b: u32) -> i32 { holds(cmp::cmp(a as u64, b as u64, F), false, true, false) }
#[no_mangle] pub extern "C" fn __aeabi_fcmplt(a: u32, b: u32) -> i32 { holds(cmp::cmp(a as u64, b as u64, F), true, false, false) }
#[no_mangle] pub extern "C" fn __aeabi_fcmple(a: u32, b: u32) -> i32 { holds(cmp::cmp(a as u64, b as u64, F), true, true, false) }
#[no_mangle] pub extern "C" fn __aeabi_fcmpge(a: u32, b: u32) -> i32 { holds(cmp::cmp(a as u64, b as u64, F), false, true, true) }
#[no_mangle] pub extern "C" fn __aeabi_fcmpgt(a: u32, b: u32) -> i32 { holds(cmp::cmp(a as u64, b as u64, F), false, false, true) }
#[no_mangle] pub extern "C" fn __aeabi_fcmpun(a: u32, b: u32) -> i32 { if cmp::cmp(a as u64, b as u64, F) == cmp::UNORDERED { 1 } else { 0 } }

#[no_mangle] pub extern "C" fn __aeabi_f2d(a: u32) -> u64 { conv::convert(a as u64, F, D) }
#[no_mangle] pub extern "C" fn __aeabi_d2f(a: u64) -> u32 { conv::convert(a, D, F) as u32 }
#[no_mangle] pub extern "C" fn __aeabi_d2iz(a: u64) -> i32 { conv::to_signed(a, D, 32) as i32 }
#[no_mangle] pub extern "C" fn __aeabi_d2uiz(a: u64) -> u32 { conv::to_unsigned(a, D, 32) as u32 }
#[no_mangle] pub extern "C" fn __aeabi_d2lz(a: u64) -> i64 { conv::to_signed(a, D, 64) }
#[no_mangle] pub extern "C" fn __aeabi_d2ulz(a: u64) -> u64 { conv::to_unsigned(a, D, 64) }
#[no_mangle] pub extern "C" fn __aeabi_f2iz(a: u32) -> i32 { conv::to_signed(a as u64, F, 32) as i32 }
#[no_mangle] pub extern "C" fn __aeabi_f2uiz(a: u32) -> u32 { conv::to_unsigned(a as u64, F, 32) as u32 }
#[no_mangle] pub extern "C" fn __aeabi_f2lz(a: u32) -> i64 { conv::to_signed(a as u64, F, 64) }
#[no_mangle] pub extern "C" fn __aeabi_f2ulz(a: u32) -> u64 { conv::to_unsigned(a as u64, F, 64) }
#[no_mangle] pub extern "C" fn __aeabi_i2d(a: i32) -> u64 { conv::from_i64(a as i64, D) }
#[no_mangle] pub extern "C" fn __aeabi_ui2d(a: u32) -> u64 { conv::from_int(false, 0, a as u64, D) }
#[no_mangle] pub extern "C" fn __aeabi_l2d(a: i64) -> u64 { conv::from_i64(a, D) }
#[no_mangle] pub extern "C" fn __aeabi_ul2d(a: u64) -> u64 { conv::from_int(false, 0, a, D) }
#[no_mangle] pub extern "C" fn __aeabi_i2f(a: i32) -> u32 { conv::from_i64(a as i64, F) as u32 }
#[no_mangle] pub extern "C" fn __aeabi_ui2f(a: u32) -> u32 { conv::from_int(false, 0, a as u64, F) as u32 }
#[no_mangle] pub extern "C" fn __aeabi_l2f(a: i64) -> u32 { conv::from_i64(a, F) as u32 }
#[no_mangle] pub extern "C" fn __aeabi_ul2f(a: u64) -> u32 { conv::from_int(false, 0, a, F) as u32 }
