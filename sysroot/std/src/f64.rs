//! `f64` methods that need a math library (Rust puts them in std), over `crate::math`, and
//! a re-export of core's `f64` module (`std::f64::consts::PI`, `std::f64::EPSILON`).

pub use core::f64::*;

use crate::math;
use core::intrinsics;

impl f64 {
    pub fn floor(self) -> f64 {
        unsafe { intrinsics::floorf64(self) }
    }

    pub fn ceil(self) -> f64 {
        unsafe { intrinsics::ceilf64(self) }
    }

    /// Rounds half-way cases away from zero.
    pub fn round(self) -> f64 {
        unsafe { intrinsics::roundf64(self) }
    }

    /// Rounds half-way cases to the even neighbour.
    pub fn round_ties_even(self) -> f64 {
        let r = self.round();
        if (self - self.trunc()).abs() == 0.5 { 2.0 * (self * 0.5).round() } else { r }
    }

    pub fn trunc(self) -> f64 {
        unsafe { intrinsics::truncf64(self) }
    }

    pub fn fract(self) -> f64 {
        self - self.trunc()
    }

    pub fn mul_add(self, a: f64, b: f64) -> f64 {
        unsafe { intrinsics::fmaf64(self, a, b) }
    }

    pub fn div_euclid(self, rhs: f64) -> f64 {
        let q = (self / rhs).trunc();
        if self % rhs < 0.0 {
            return if rhs > 0.0 { q - 1.0 } else { q + 1.0 };
        }
        q
    }

    pub fn rem_euclid(self, rhs: f64) -> f64 {
        let r = self % rhs;
        if r < 0.0 { r + rhs.abs() } else { r }
    }

    /// `self^n` by repeated squaring, as LLVM's `powi` (compiler-rt's `__powidf2`) computes it.
    pub fn powi(self, n: i32) -> f64 {
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

    pub fn powf(self, n: f64) -> f64 {
        math::pow(self, n)
    }

    pub fn sqrt(self) -> f64 {
        unsafe { intrinsics::sqrtf64(self) }
    }

    pub fn exp(self) -> f64 {
        math::exp(self)
    }

    pub fn exp2(self) -> f64 {
        math::exp2(self)
    }

    pub fn exp_m1(self) -> f64 {
        math::exp_m1(self)
    }

    pub fn ln(self) -> f64 {
        math::ln(self)
    }

    pub fn log(self, base: f64) -> f64 {
        self.ln() / base.ln()
    }

    pub fn log2(self) -> f64 {
        math::log2(self)
    }

    pub fn log10(self) -> f64 {
        math::log10(self)
    }

    pub fn ln_1p(self) -> f64 {
        math::ln_1p(self)
    }

    pub fn cbrt(self) -> f64 {
        math::cbrt(self)
    }

    pub fn hypot(self, other: f64) -> f64 {
        math::hypot(self, other)
    }

    pub fn sin(self) -> f64 {
        math::sin(self)
    }

    pub fn cos(self) -> f64 {
        math::cos(self)
    }

    pub fn tan(self) -> f64 {
        math::tan(self)
    }

    pub fn sin_cos(self) -> (f64, f64) {
        (self.sin(), self.cos())
    }

    pub fn asin(self) -> f64 {
        math::asin(self)
    }

    pub fn acos(self) -> f64 {
        math::acos(self)
    }

    pub fn atan(self) -> f64 {
        math::atan(self)
    }

    pub fn atan2(self, other: f64) -> f64 {
        math::atan2(self, other)
    }

    pub fn sinh(self) -> f64 {
        math::sinh(self)
    }

    pub fn cosh(self) -> f64 {
        math::cosh(self)
    }

    pub fn tanh(self) -> f64 {
        math::tanh(self)
    }

    pub fn asinh(self) -> f64 {
        math::asinh(self)
    }

    pub fn acosh(self) -> f64 {
        math::acosh(self)
    }

    pub fn atanh(self) -> f64 {
        math::atanh(self)
    }
}
