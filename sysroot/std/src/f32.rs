//! `f32` methods that need a math library (Rust puts them in std): evaluated in f64 by
//! `crate::math` and rounded; and a re-export of core's `f32` module.

pub use core::f32::*;

use crate::math;
use core::intrinsics;

impl f32 {
    pub fn floor(self) -> f32 {
        unsafe { intrinsics::floorf32(self) }
    }

    pub fn ceil(self) -> f32 {
        unsafe { intrinsics::ceilf32(self) }
    }

    /// Rounds half-way cases away from zero.
    pub fn round(self) -> f32 {
        unsafe { intrinsics::roundf32(self) }
    }

    /// Rounds half-way cases to the even neighbour.
    pub fn round_ties_even(self) -> f32 {
        let r = self.round();
        if (self - self.trunc()).abs() == 0.5 { 2.0 * (self * 0.5).round() } else { r }
    }

    pub fn trunc(self) -> f32 {
        unsafe { intrinsics::truncf32(self) }
    }

    pub fn fract(self) -> f32 {
        self - self.trunc()
    }

    pub fn mul_add(self, a: f32, b: f32) -> f32 {
        unsafe { intrinsics::fmaf32(self, a, b) }
    }

    pub fn div_euclid(self, rhs: f32) -> f32 {
        let q = (self / rhs).trunc();
        if self % rhs < 0.0 {
            return if rhs > 0.0 { q - 1.0 } else { q + 1.0 };
        }
        q
    }

    pub fn rem_euclid(self, rhs: f32) -> f32 {
        let r = self % rhs;
        if r < 0.0 { r + rhs.abs() } else { r }
    }

    /// `self^n` by repeated squaring, as LLVM's `powi` (compiler-rt's `__powisf2`) computes it.
    pub fn powi(self, n: i32) -> f32 {
        let recip = n < 0;
        let mut b = n;
        let mut a = self;
        let mut r = 1.0;
        loop {
            if b & 1 != 0 {
                r = r * a;
            }
            b = b / 2;
            if b == 0 {
                break;
            }
            a = a * a;
        }
        if recip { 1.0 / r } else { r }
    }

    pub fn powf(self, n: f32) -> f32 {
        math::pow(self as f64, n as f64) as f32
    }

    pub fn sqrt(self) -> f32 {
        unsafe { intrinsics::sqrtf32(self) }
    }

    pub fn exp(self) -> f32 {
        math::exp(self as f64) as f32
    }

    pub fn exp2(self) -> f32 {
        math::exp2(self as f64) as f32
    }

    pub fn exp_m1(self) -> f32 {
        math::exp_m1(self as f64) as f32
    }

    pub fn ln(self) -> f32 {
        math::ln(self as f64) as f32
    }

    pub fn log(self, base: f32) -> f32 {
        self.ln() / base.ln()
    }

    pub fn log2(self) -> f32 {
        math::log2(self as f64) as f32
    }

    pub fn log10(self) -> f32 {
        math::log10(self as f64) as f32
    }

    pub fn ln_1p(self) -> f32 {
        math::ln_1p(self as f64) as f32
    }

    pub fn cbrt(self) -> f32 {
        math::cbrt(self as f64) as f32
    }

    pub fn hypot(self, other: f32) -> f32 {
        math::hypot(self as f64, other as f64) as f32
    }

    pub fn sin(self) -> f32 {
        math::sin(self as f64) as f32
    }

    pub fn cos(self) -> f32 {
        math::cos(self as f64) as f32
    }

    pub fn tan(self) -> f32 {
        math::tan(self as f64) as f32
    }

    pub fn sin_cos(self) -> (f32, f32) {
        (self.sin(), self.cos())
    }

    pub fn asin(self) -> f32 {
        math::asin(self as f64) as f32
    }

    pub fn acos(self) -> f32 {
        math::acos(self as f64) as f32
    }

    pub fn atan(self) -> f32 {
        math::atan(self as f64) as f32
    }

    pub fn atan2(self, other: f32) -> f32 {
        math::atan2(self as f64, other as f64) as f32
    }

    pub fn sinh(self) -> f32 {
        math::sinh(self as f64) as f32
    }

    pub fn cosh(self) -> f32 {
        math::cosh(self as f64) as f32
    }

    pub fn tanh(self) -> f32 {
        math::tanh(self as f64) as f32
    }

    pub fn asinh(self) -> f32 {
        math::asinh(self as f64) as f32
    }

    pub fn acosh(self) -> f32 {
        math::acosh(self as f64) as f32
    }

    pub fn atanh(self) -> f32 {
        math::atanh(self as f64) as f32
    }
}
