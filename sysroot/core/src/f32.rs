//! `f32`: its constants (`f32::MAX`, `f32::consts::PI`...) and the methods that need no
//! math library (std adds `sqrt`, `sin`, `powf`...).

use crate::fmt::rt::Argument;
use crate::fmt::Arguments;
use crate::intrinsics;
use crate::panic::Location;

/// Mathematical constants, correctly rounded.
pub mod consts {
    pub const PI: f32 = 3.14159265358979323846264338327950288_f32;
    pub const TAU: f32 = 6.28318530717958647692528676655900577_f32;
    pub const FRAC_PI_2: f32 = 1.57079632679489661923132169163975144_f32;
    pub const FRAC_PI_3: f32 = 1.04719755119659774615421446109316763_f32;
    pub const FRAC_PI_4: f32 = 0.785398163397448309615660845819875721_f32;
    pub const FRAC_PI_6: f32 = 0.52359877559829887307710723054658381_f32;
    pub const FRAC_PI_8: f32 = 0.39269908169872415480783042290993786_f32;
    pub const FRAC_1_PI: f32 = 0.318309886183790671537767526745028724_f32;
    pub const FRAC_2_PI: f32 = 0.636619772367581343075535053490057448_f32;
    pub const FRAC_2_SQRT_PI: f32 = 1.12837916709551257389615890312154517_f32;
    pub const SQRT_2: f32 = 1.41421356237309504880168872420969808_f32;
    pub const FRAC_1_SQRT_2: f32 = 0.707106781186547524400844362104849039_f32;
    pub const E: f32 = 2.71828182845904523536028747135266250_f32;
    pub const LOG2_10: f32 = 3.32192809488736234787031942948939018_f32;
    pub const LOG2_E: f32 = 1.44269504088896340735992468100189214_f32;
    pub const LOG10_2: f32 = 0.301029995663981195213738894724493027_f32;
    pub const LOG10_E: f32 = 0.434294481903251827651128918916605082_f32;
    pub const LN_2: f32 = 0.693147180559945309417232121458176568_f32;
    pub const LN_10: f32 = 2.30258509299404568401799145468436421_f32;
}

pub const RADIX: u32 = 2;
pub const MANTISSA_DIGITS: u32 = 24;
pub const DIGITS: u32 = 6;
pub const EPSILON: f32 = 1.19209290e-07_f32;
pub const MIN: f32 = -3.40282347e+38_f32;
pub const MIN_POSITIVE: f32 = 1.17549435e-38_f32;
pub const MAX: f32 = 3.40282347e+38_f32;
pub const MIN_EXP: i32 = -125;
pub const MAX_EXP: i32 = 128;
pub const MIN_10_EXP: i32 = -37;
pub const MAX_10_EXP: i32 = 38;
pub const NAN: f32 = 0.0_f32 / 0.0_f32;
pub const INFINITY: f32 = 1.0_f32 / 0.0_f32;
pub const NEG_INFINITY: f32 = -1.0_f32 / 0.0_f32;

const SIGN_MASK: u32 = 0x8000_0000;
const EXP_MASK: u32 = 0x7f80_0000;
const MAN_MASK: u32 = 0x007f_ffff;

impl f32 {
    pub const RADIX: u32 = RADIX;
    pub const MANTISSA_DIGITS: u32 = MANTISSA_DIGITS;
    pub const DIGITS: u32 = DIGITS;
    pub const EPSILON: f32 = EPSILON;
    pub const MIN: f32 = MIN;
    pub const MIN_POSITIVE: f32 = MIN_POSITIVE;
    pub const MAX: f32 = MAX;
    pub const MIN_EXP: i32 = MIN_EXP;
    pub const MAX_EXP: i32 = MAX_EXP;
    pub const MIN_10_EXP: i32 = MIN_10_EXP;
    pub const MAX_10_EXP: i32 = MAX_10_EXP;
    pub const NAN: f32 = NAN;
    pub const INFINITY: f32 = INFINITY;
    pub const NEG_INFINITY: f32 = NEG_INFINITY;

    pub const fn to_bits(self) -> u32 {
        unsafe { intrinsics::transmute::<f32, u32>(self) }
    }

    pub const fn from_bits(v: u32) -> f32 {
        unsafe { intrinsics::transmute::<u32, f32>(v) }
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

    pub fn abs(self) -> f32 {
        unsafe { intrinsics::fabsf32(self) }
    }

    /// 1.0 for positive values and +0.0, -1.0 for negative ones and -0.0, NaN for NaN.
    pub fn signum(self) -> f32 {
        if self.is_nan() { NAN } else { unsafe { intrinsics::copysignf32(1.0, self) } }
    }

    pub fn copysign(self, sign: f32) -> f32 {
        unsafe { intrinsics::copysignf32(self, sign) }
    }

    pub fn recip(self) -> f32 {
        1.0 / self
    }

    pub fn to_degrees(self) -> f32 {
        // The constant is 180/pi rounded once, so whole multiples of pi convert exactly.
        self * 57.2957795130823208767981548141051703_f32
    }

    pub fn to_radians(self) -> f32 {
        self * (consts::PI / 180.0)
    }

    /// The larger of two values, ignoring a NaN.
    pub fn max(self, other: f32) -> f32 {
        unsafe { intrinsics::maxnumf32(self, other) }
    }

    /// The smaller of two values, ignoring a NaN.
    pub fn min(self, other: f32) -> f32 {
        unsafe { intrinsics::minnumf32(self, other) }
    }

    /// IEEE 754 totalOrder: -NaN < -inf < ... < -0 < +0 < ... < inf < NaN.
    pub fn total_cmp(&self, other: &f32) -> crate::cmp::Ordering {
        let left = self.to_bits() as i32;
        let right = other.to_bits() as i32;
        // Flip the magnitude bits of negatives so integer order is the total order.
        let left = left ^ ((((left >> 31) as u32) >> 1) as i32);
        let right = right ^ ((((right >> 31) as u32) >> 1) as i32);
        crate::cmp::Ord::cmp(&left, &right)
    }

    pub fn clamp(self, min: f32, max: f32) -> f32 {
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
fn clamp_failed(min: f32, max: f32) -> ! {
    let pieces = ["min > max, or either was NaN. min = ", ", max = "];
    let args = [Argument::new_debug(&min), Argument::new_debug(&max)];
    crate::panicking::panic_fmt(Arguments::new_v1(&pieces, &args), &Location::internal_constructor(file!(), line!(), column!()))
}
