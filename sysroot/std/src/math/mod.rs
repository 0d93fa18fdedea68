//! The math library behind `f64::sin`, `f64::exp`... (Rust's std calls the platform's libm;
//! ours is written here). Each function reduces its argument, evaluates in double-double
//! (`dd`) and rounds once, so results are the correctly rounded f64 in all but vanishingly
//! rare cases, which matches what glibc's libm prints for rustc-built programs. f32
//! functions evaluate in f64 and round.

pub mod dd;
mod exp_log;
mod trig;
mod hyper;

pub use exp_log::{cbrt, exp, exp2, exp_m1, hypot, ln, ln_1p, log10, log2, pow};
pub use hyper::{acosh, asinh, atanh, cosh, sinh, tanh};
pub use trig::{acos, asin, atan, atan2, cos, sin, tan};

pub fn bits(x: f64) -> u64 {
    unsafe { core::intrinsics::transmute::<f64, u64>(x) }
}

pub fn from_bits(b: u64) -> f64 {
    unsafe { core::intrinsics::transmute::<u64, f64>(b) }
}

pub fn is_nan(x: f64) -> bool {
    x != x
}

pub fn fabs(x: f64) -> f64 {
    from_bits(bits(x) & 0x7fff_ffff_ffff_ffff)
}

pub const INF: f64 = 1.0 / 0.0;
pub const NAN: f64 = 0.0 / 0.0;

/// `x * 2^n`, exact unless the result overflows or is subnormal.
pub fn scalbn(x: f64, n: i32) -> f64 {
    let mut y = x;
    let mut n = n;
    while n > 1023 {
        y = y * from_bits(0x7fe0_0000_0000_0000); // 2^1023
        n = n - 1023;
        if n > 1023 {
            return y * from_bits(0x7fe0_0000_0000_0000);
        }
    }
    while n < -1022 {
        // 2^-969 keeps the intermediate normal, so only the last step rounds.
        y = y * from_bits(0x0360_0000_0000_0000);
        n = n + 969;
        if n < -1022 {
            return y * from_bits(0x0360_0000_0000_0000);
        }
    }
    y * from_bits(((0x3ff + n) as u64) << 52)
}

/// `(m, e)` with `x = m * 2^e`, `m` in [1, 2), for finite positive `x`.
pub fn frexp1(x: f64) -> (f64, i32) {
    let mut b = bits(x);
    let mut e = ((b >> 52) & 0x7ff) as i32;
    let mut adj = 0;
    if e == 0 {
        // Subnormal: scale into the normal range first.
        b = bits(x * from_bits(0x4350_0000_0000_0000)); // 2^54
        e = ((b >> 52) & 0x7ff) as i32;
        adj = 54;
    }
    let m = from_bits((b & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000);
    (m, e - 1023 - adj)
}
