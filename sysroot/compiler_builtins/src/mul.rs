//! 128-bit multiplication, which LLVM calls for 64-bit multiplication with overflow checks
//! on 32-bit targets without a wide multiply (wasm32). Built from 32x32->64 products so
//! that it never multiplies 128-bit values itself.

/// The full 128-bit product of two u64 values as (low, high) halves.
fn mul_u64_wide(a: u64, b: u64) -> (u64, u64) {
    let a0 = a & 0xffff_ffff;
    let a1 = a >> 32;
    let b0 = b & 0xffff_ffff;
    let b1 = b >> 32;
    let p00 = a0 * b0;
    let p01 = a0 * b1;
    let p10 = a1 * b0;
    let p11 = a1 * b1;
    let mid = (p00 >> 32) + (p01 & 0xffff_ffff) + (p10 & 0xffff_ffff);
    let lo = (p00 & 0xffff_ffff) | (mid << 32);
    let hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
    (lo, hi)
}

/// Wrapping 128-bit multiplication (libgcc's `__multi3`); the same bits serve signed use.
#[no_mangle]
pub extern "C" fn __multi3(a: u128, b: u128) -> u128 {
    let a_lo = a as u64;
    let a_hi = (a >> 64) as u64;
    let b_lo = b as u64;
    let b_hi = (b >> 64) as u64;
    let (lo, hi) = mul_u64_wide(a_lo, b_lo);
    let hi = hi + a_lo * b_hi + a_hi * b_lo;
    ((hi as u128) << 64) | (lo as u128)
}
