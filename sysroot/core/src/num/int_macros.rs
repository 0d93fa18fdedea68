//! The inherent methods and constants of the integer types (`i32::MAX`, `x.pow(2)`,
//! `x.checked_add(y)`, `x.leading_zeros()`...), generated for every width by macros: one
//! set shared by all integers and one each for signed and unsigned types.

macro_rules! int_common {
    ($t:ty, $u:ty, $bits:expr, $min:expr, $max:expr) => {
        pub const MIN: $t = $min;
        pub const MAX: $t = $max;
        pub const BITS: u32 = $bits;

        pub const fn count_ones(self) -> u32 {
            intrinsics::ctpop(self)
        }
        pub const fn count_zeros(self) -> u32 {
            intrinsics::ctpop(!self)
        }
        pub const fn leading_zeros(self) -> u32 {
            intrinsics::ctlz(self)
        }
        pub const fn trailing_zeros(self) -> u32 {
            intrinsics::cttz(self)
        }
        pub const fn leading_ones(self) -> u32 {
            intrinsics::ctlz(!self)
        }
        pub const fn trailing_ones(self) -> u32 {
            intrinsics::cttz(!self)
        }
        pub const fn swap_bytes(self) -> $t {
            intrinsics::bswap(self)
        }
        pub const fn reverse_bits(self) -> $t {
            intrinsics::bitreverse(self)
        }
        pub const fn rotate_left(self, n: u32) -> $t {
            intrinsics::rotate_left(self, n)
        }
        pub const fn rotate_right(self, n: u32) -> $t {
            intrinsics::rotate_right(self, n)
        }

        pub const fn wrapping_add(self, rhs: $t) -> $t {
            intrinsics::wrapping_add(self, rhs)
        }
        pub const fn wrapping_sub(self, rhs: $t) -> $t {
            intrinsics::wrapping_sub(self, rhs)
        }
        pub const fn wrapping_mul(self, rhs: $t) -> $t {
            intrinsics::wrapping_mul(self, rhs)
        }
        pub const fn wrapping_neg(self) -> $t {
            intrinsics::wrapping_sub(0, self)
        }
        pub const fn wrapping_shl(self, rhs: u32) -> $t {
            self << (rhs & ($bits - 1))
        }
        pub const fn wrapping_shr(self, rhs: u32) -> $t {
            self >> (rhs & ($bits - 1))
        }
        pub const fn overflowing_add(self, rhs: $t) -> ($t, bool) {
            intrinsics::add_with_overflow(self, rhs)
        }
        pub const fn overflowing_sub(self, rhs: $t) -> ($t, bool) {
            intrinsics::sub_with_overflow(self, rhs)
        }
        pub const fn overflowing_mul(self, rhs: $t) -> ($t, bool) {
            intrinsics::mul_with_overflow(self, rhs)
        }
        pub const fn checked_add(self, rhs: $t) -> Option<$t> {
            let (v, o) = intrinsics::add_with_overflow(self, rhs);
            if o { None } else { Some(v) }
        }
        pub const fn checked_sub(self, rhs: $t) -> Option<$t> {
            let (v, o) = intrinsics::sub_with_overflow(self, rhs);
            if o { None } else { Some(v) }
        }
        pub const fn checked_mul(self, rhs: $t) -> Option<$t> {
            let (v, o) = intrinsics::mul_with_overflow(self, rhs);
            if o { None } else { Some(v) }
        }
        pub const fn checked_shl(self, rhs: u32) -> Option<$t> {
            if rhs < $bits { Some(self << rhs) } else { None }
        }
        pub const fn checked_shr(self, rhs: u32) -> Option<$t> {
            if rhs < $bits { Some(self >> rhs) } else { None }
        }
        pub const fn saturating_add(self, rhs: $t) -> $t {
            intrinsics::saturating_add(self, rhs)
        }
        pub const fn saturating_sub(self, rhs: $t) -> $t {
            intrinsics::saturating_sub(self, rhs)
        }

        /// `self^exp` by squaring; overflow wraps (the library is built without checks).
        pub const fn wrapping_pow(self, exp: u32) -> $t {
            let mut base = self;
            let mut e = exp;
            let mut acc: $t = 1;
            while e > 0 {
                if e & 1 == 1 {
                    acc = intrinsics::wrapping_mul(acc, base);
                }
                e = e / 2;
                if e > 0 {
                    base = intrinsics::wrapping_mul(base, base);
                }
            }
            acc
        }
        pub const fn checked_pow(self, exp: u32) -> Option<$t> {
            let mut base = self;
            let mut e = exp;
            let mut acc: $t = 1;
            while e > 0 {
                if e & 1 == 1 {
                    let (v, o) = intrinsics::mul_with_overflow(acc, base);
                    if o {
                        return None;
                    }
                    acc = v;
                }
                e = e / 2;
                if e > 0 {
                    let (v, o) = intrinsics::mul_with_overflow(base, base);
                    if o {
                        return None;
                    }
                    base = v;
                }
            }
            Some(acc)
        }
        pub const fn overflowing_pow(self, exp: u32) -> ($t, bool) {
            match self.checked_pow(exp) {
                Some(v) => (v, false),
                None => (self.wrapping_pow(exp), true),
            }
        }
        pub const fn pow(self, exp: u32) -> $t {
            self.wrapping_pow(exp)
        }
        pub const fn checked_div(self, rhs: $t) -> Option<$t> {
            if rhs == 0 {
                return None;
            }
            let (_, o) = self.overflowing_div(rhs);
            if o { None } else { Some(self / rhs) }
        }
        pub const fn checked_rem(self, rhs: $t) -> Option<$t> {
            if rhs == 0 {
                return None;
            }
            let (_, o) = self.overflowing_div(rhs);
            if o { None } else { Some(self % rhs) }
        }
        pub const fn abs_diff(self, other: $t) -> $u {
            if self < other {
                (other as $u).wrapping_sub(self as $u)
            } else {
                (self as $u).wrapping_sub(other as $u)
            }
        }
        #[allow(dead_code)]
        const fn is_power_of_two_bits(self) -> bool {
            self != 0 && intrinsics::ctpop(self) == 1
        }
        pub const fn to_be(self) -> $t {
            if cfg!(target_endian = "big") { self } else { self.swap_bytes() }
        }
        pub const fn to_le(self) -> $t {
            if cfg!(target_endian = "little") { self } else { self.swap_bytes() }
        }
        pub const fn ilog2(self) -> u32 {
            $bits - 1 - intrinsics::ctlz(self)
        }
        pub const fn ilog10(self) -> u32 {
            let mut n = 0;
            let mut v = self;
            while v >= 10 {
                v = v / 10;
                n = n + 1;
            }
            n
        }
        pub const fn ilog(self, base: $t) -> u32 {
            let mut n = 0;
            let mut v = self;
            while v >= base {
                v = v / base;
                n = n + 1;
            }
            n
        }
    };
}

macro_rules! int_impl {
    ($($t:ident $u:ident $bits:expr;)*) => {$(
        impl $t {
            int_common!($t, $u, $bits, (-1 as $t) << ($bits - 1), !((-1 as $t) << ($bits - 1)));

            pub const fn overflowing_div(self, rhs: $t) -> ($t, bool) {
                if self == $t::MIN && rhs == -1 { (self, true) } else { (self / rhs, false) }
            }
            pub const fn overflowing_neg(self) -> ($t, bool) {
                if self == $t::MIN { ($t::MIN, true) } else { (-self, false) }
            }
            pub const fn checked_neg(self) -> Option<$t> {
                if self == $t::MIN { None } else { Some(-self) }
            }
            pub const fn checked_abs(self) -> Option<$t> {
                if self == $t::MIN { None } else { Some(self.abs()) }
            }
            pub const fn wrapping_abs(self) -> $t {
                if self < 0 { self.wrapping_neg() } else { self }
            }
            pub const fn wrapping_div(self, rhs: $t) -> $t {
                self.overflowing_div(rhs).0
            }
            pub const fn wrapping_rem(self, rhs: $t) -> $t {
                if self == $t::MIN && rhs == -1 { 0 } else { self % rhs }
            }
            pub const fn saturating_mul(self, rhs: $t) -> $t {
                match self.checked_mul(rhs) {
                    Some(v) => v,
                    None => if (self < 0) != (rhs < 0) { $t::MIN } else { $t::MAX },
                }
            }
            pub const fn saturating_neg(self) -> $t {
                if self == $t::MIN { $t::MAX } else { -self }
            }
            pub const fn saturating_abs(self) -> $t {
                if self == $t::MIN { $t::MAX } else { self.abs() }
            }
            pub const fn saturating_pow(self, exp: u32) -> $t {
                match self.checked_pow(exp) {
                    Some(v) => v,
                    None => if self < 0 && exp % 2 == 1 { $t::MIN } else { $t::MAX },
                }
            }
            pub const fn abs(self) -> $t {
                if self < 0 { -self } else { self }
            }
            pub const fn unsigned_abs(self) -> $u {
                self.wrapping_abs() as $u
            }
            pub const fn signum(self) -> $t {
                if self < 0 { -1 } else if self == 0 { 0 } else { 1 }
            }
            pub const fn is_positive(self) -> bool {
                self > 0
            }
            pub const fn is_negative(self) -> bool {
                self < 0
            }
            pub const fn rem_euclid(self, rhs: $t) -> $t {
                let r = self % rhs;
                if r < 0 { if rhs < 0 { r - rhs } else { r + rhs } } else { r }
            }
            pub const fn div_euclid(self, rhs: $t) -> $t {
                let q = self / rhs;
                if self % rhs < 0 {
                    return if rhs > 0 { q - 1 } else { q + 1 };
                }
                q
            }
            pub const fn checked_rem_euclid(self, rhs: $t) -> Option<$t> {
                if rhs == 0 || (self == $t::MIN && rhs == -1) { None } else { Some(self.rem_euclid(rhs)) }
            }
            pub const fn checked_div_euclid(self, rhs: $t) -> Option<$t> {
                if rhs == 0 || (self == $t::MIN && rhs == -1) { None } else { Some(self.div_euclid(rhs)) }
            }
        }
    )*};
}

macro_rules! uint_impl {
    ($($t:ident $s:ident $bits:expr;)*) => {$(
        impl $t {
            int_common!($t, $t, $bits, 0, !0);

            pub const fn overflowing_div(self, rhs: $t) -> ($t, bool) {
                (self / rhs, false)
            }
            pub const fn overflowing_neg(self) -> ($t, bool) {
                (self.wrapping_neg(), self != 0)
            }
            pub const fn checked_neg(self) -> Option<$t> {
                if self == 0 { Some(0) } else { None }
            }
            pub const fn wrapping_div(self, rhs: $t) -> $t {
                self / rhs
            }
            pub const fn wrapping_rem(self, rhs: $t) -> $t {
                self % rhs
            }
            pub const fn saturating_mul(self, rhs: $t) -> $t {
                match self.checked_mul(rhs) {
                    Some(v) => v,
                    None => $t::MAX,
                }
            }
            pub const fn saturating_pow(self, exp: u32) -> $t {
                match self.checked_pow(exp) {
                    Some(v) => v,
                    None => $t::MAX,
                }
            }
            pub const fn is_power_of_two(self) -> bool {
                self.is_power_of_two_bits()
            }
            pub const fn next_power_of_two(self) -> $t {
                if self <= 1 {
                    return 1;
                }
                let p = $bits - intrinsics::ctlz(self - 1);
                if p >= $bits { 0 } else { 1 << p }
            }
            pub const fn checked_next_power_of_two(self) -> Option<$t> {
                if self <= 1 {
                    return Some(1);
                }
                let p = $bits - intrinsics::ctlz(self - 1);
                if p >= $bits { None } else { Some(1 << p) }
            }
            pub const fn rem_euclid(self, rhs: $t) -> $t {
                self % rhs
            }
            pub const fn div_euclid(self, rhs: $t) -> $t {
                self / rhs
            }
            pub const fn checked_sub_signed(self, rhs: $s) -> Option<$t> {
                if rhs >= 0 { self.checked_sub(rhs as $t) } else { self.checked_add(rhs.unsigned_abs()) }
            }
            pub const fn checked_add_signed(self, rhs: $s) -> Option<$t> {
                if rhs >= 0 { self.checked_add(rhs as $t) } else { self.checked_sub(rhs.unsigned_abs()) }
            }
            pub const fn wrapping_add_signed(self, rhs: $s) -> $t {
                self.wrapping_add(rhs as $t)
            }
            pub const fn saturating_add_signed(self, rhs: $s) -> $t {
                if rhs >= 0 { self.saturating_add(rhs as $t) } else { self.saturating_sub(rhs.unsigned_abs()) }
            }
            pub const fn isqrt(self) -> $t {
                if self < 2 {
                    return self;
                }
                // Newton's method on integers from an over-estimate.
                let mut x = self;
                let mut y = (x + 1) / 2;
                while y < x {
                    x = y;
                    y = (x + self / x) / 2;
                }
                x
            }
        }
    )*};
}
