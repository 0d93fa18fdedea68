//! `f64`: its constants (`f64::MAX`, `f64::consts::PI`...) and the methods that need no
//! math library (std adds `sqrt`, `sin`, `powf`...).

use crate::fmt::rt::Argument;
use crate::fmt::Arguments;
use crate::intrinsics;
use crate::panic::Location;

/// Mathematical constants, correctly rounded.
pub mod consts {
    pub const PI: f64 = 3.14159265358979323846264338327950288_f64;
    pub const TAU: f64 = 6.28318530717958647692528676655900577_f64;
    pub const FRAC_PI_2: f64 = 1.57079632679489661923132169163975144_f64;
    pub const FRAC_PI_3: f64 = 1.04719755119659774615421446109316763_f64;
    pub const FRAC_PI_4: f64 = 0.785398163397448309615660845819875721_f64;
    pub const FRAC_PI_6: f64 = 0.52359877559829887307710723054658381_f64;
    pub const FRAC_PI_8: f64 = 0.39269908169872415480783042290993786_f64;
    pub const FRAC_1_PI: f64 = 0.318309886183790671537767526745028724_f64;
    pub const FRAC_2_PI: f64 = 0.636619772367581343075535053490057448_f64;
    pub const FRAC_2_SQRT_PI: f64 = 1.12837916709551257389615890312154517_f64;
    pub const SQRT_2: f64 = 1.41421356237309504880168872420969808_f64;
    pub const FRAC_1_SQRT_2: f64 = 0.707106781186547524400844362104849039_f64;
    pub const E: f64 = 2.71828182845904523536028747135266250_f64;
    pub const LOG2_10: f64 = 3.32192809488736234787031942948939018_f64;
    pub const LOG2_E: f64 = 1.44269504088896340735992468100189214_f64;
    pub const LOG10_2: f64 = 0.301029995663981195213738894724493027_f64;
    pub const LOG10_E: f64 = 0.434294481903251827651128918916605082_f64;
    pub const LN_2: f64 = 0.693147180559945309417232121458176568_f64;
    pub const LN_10: f64 = 2.30258509299404568401799145468436421_f64;
}

pub const RADIX: u32 = 2;
pub const MANTISSA_DIGITS: u32 = 53;
pub const DIGITS: u32 = 15;
pub const EPSILON: f64 = 2.2204460492503131e-16_f64;
pub const MIN: f64 = -1.7976931348623157e+308_f64;
pub const MIN_POSITIVE: f64 = 2.2250738585072014e-308_f64;
pub const MAX: f64 = 1.7976931348623157e+308_f64;
pub const MIN_EXP: i32 = -1021;
pub const MAX_EXP: i32 = 1024;
pub const MIN_10_EXP: i32 = -307;
pub const MAX_10_EXP: i32 = 308;
pub const NAN: f64 = 0.0_f64 / 0.0_f64;
pub const INFINITY: f64 = 1.0_f64 / 0.0_f64;
pub const NEG_INFINITY: f64 = -1.0_f64 / 0.0_f64;

const SIGN_MASK: u64 = 0x8000_0000_0000_0000;
const EXP_MASK: u64 = 0x7ff0_0000_0000_0000;
const MAN_MASK: u64 = 0x000f_ffff_ffff_ffff;

impl f64 {
    pub const RADIX: u32 = RADIX;
    pub const MANTISSA_DIGITS: u32 = MANTISSA_DIGITS;
    pub const DIGITS: u32 = DIGITS;
    pub const EPSILON: f64 = EPSILON;
    pub const MIN: f64 = MIN;
    pub const MIN_POSITIVE: f64 = MIN_POSITIVE;
    pub const MAX: f64 = MAX;
    pub const MIN_EXP: i32 = MIN_EXP;
    pub const MAX_EXP: i32 = MAX_EXP;
    pub const MIN_10_EXP: i32 = MIN_10_EXP;
    pub const MAX_10_EXP: i32 = MAX_10_EXP;
    pub const NAN: f64 = NAN;
    pub const INFINITY: f64 = INFINITY;
    pub const NEG_INFINITY: f64 = NEG_INFINITY;

    pub const fn to_bits(self) -> u64 {
        unsafe { intrinsics::transmute::<f64, u64>(self) }
    }

    pub const fn from_bits(v: u64) -> f64 {
        unsafe { intrinsics::transmute::<u64, f64>(v) }
    }

    pub const fn is_nan(self) -> bool {
        self != self
    }

    pub fn is_infinite(self) -> bool {
        self.to_bits() & !SIGN_MASK == EXP_MASK
    }

    pub fn is_finite(self) -> bool {
        self.to_bits() & EXP_MASK != EXP_MASK
    }

    pub fn is_subnormal(self) -> bool {
        let b = self.to_bits();
        b & EXP_MASK == 0 && b & MAN_MASK != 0
    }

    pub fn is_normal(self) -> bool {
        let e = self.to_bits() & EXP_MASK;
        e != 0 && e != EXP_MASK
    }

    pub fn is_sign_positive(self) -> bool {
        !self.is_sign_negative()
    }

    pub fn is_sign_negative(self) -> bool {
        self.to_bits() & SIGN_MASK != 0
    }

    pub fn abs(self) -> f64 {
        unsafe { intrinsics::fabsf64(self) }
    }

    /// 1.0 for positive values and +0.0, -1.0 for negative ones and -0.0, NaN for NaN.
    pub fn signum(self) -> f64 {
        if self.is_nan() { NAN } else { unsafe { intrinsics::copysignf64(1.0, self) } }
    }

    pub fn copysign(self, sign: f64) -> f64 {
        unsafe { intrinsics::copysignf64(self, sign) }
    }

    pub fn recip(self) -> f64 {
        1.0 / self
    }

    pub fn to_degrees(self) -> f64 {
        // The constant is 180/pi rounded once, so whole multiples of pi convert exactly.
        self * 57.2957795130823208767981548141051703_f64
    }

    pub fn to_radians(self) -> f64 {
        self * (consts::PI / 180.0)
    }

    /// The larger of two values, ignoring a NaN.
    pub fn max(self, other: f64) -> f64 {
        unsafe { intrinsics::maxnumf64(self, other) }
    }

    /// The smaller of two values, ignoring a NaN.
    pub fn min(self, other: f64) -> f64 {
        unsafe { intrinsics::minnumf64(self, other) }
    }

    /// IEEE 754 totalOrder: -NaN < -inf < ... < -0 < +0 < ... < inf < NaN.
    pub fn total_cmp(&self, other: &f64) -> crate::cmp::Ordering {
        let left = self.to_bits() as i64;
        let right = other.to_bits() as i64;
        // Flip the magnitude bits of negatives so integer order is the total order.
        let left = left ^ ((((left >> 63) as u64) >> 1) as i64);
        let right = right ^ ((((right >> 63) as u64) >> 1) as i64);
        crate::cmp::Ord::cmp(&left, &right)
    }

    pub fn clamp(self, min: f64, max: f64) -> f64 {
        if !(min <= max) {
            clamp_failed(min, max);
        }
        let mut x = self;
        if x < min {
            x = min;
        }
        if x > max {
            x = max;
        }
        x
    }
}

#[cold]
#[inline(never)]
fn clamp_failed(min: f64, max: f64) -> ! {
    let pieces = ["min > max, or either was NaN. min = ", ", max = "];
    let args = [Argument::new_debug(&min), Argument::new_debug(&max)];
    crate::panicking::panic_fmt(Arguments::new_v1(&pieces, &args), &Location::internal_constructor(file!(), line!(), column!()))
}
