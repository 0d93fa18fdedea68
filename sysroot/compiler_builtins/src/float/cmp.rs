//! Comparisons on bit patterns: -1, 0, 1, or `UNORDERED` when either side is NaN.

use super::soft::{sign_bit, unpack, NAN};

pub const UNORDERED: i32 = 2;

pub fn cmp(a: u64, b: u64, sig: u32) -> i32 {
    if unpack(a, sig).class == NAN || unpack(b, sig).class == NAN {
        return UNORDERED;
    }
    let s = sign_bit(sig);
    let abs_a = a & !s;
    let abs_b = b & !s;
    if abs_a == 0 && abs_b == 0 {
        return 0; // +0 == -0
    }
    let na = a & s != 0;
    let nb = b & s != 0;
    if na != nb {
        return if na { -1 } else { 1 };
    }
    let c = if abs_a < abs_b { -1 } else if abs_a > abs_b { 1 } else { 0 };
    if na { -c } else { c }
}
