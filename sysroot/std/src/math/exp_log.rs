//! exp, log and the functions built on them.

use super::dd::{self, DD};
use super::{bits, fabs, frexp1, is_nan, scalbn, INF, NAN};

pub const LN2: DD = (0.6931471805599453, 2.3190468138462996e-17);
const INV_LN2: DD = (1.4426950408889634, 2.0355273740931033e-17);

/// e^x for a double-double `x` of moderate size (|x| < 746), as a double-double; the
/// binary exponent is returned apart so that callers can round once in range.
pub fn exp_dd_parts(x: DD) -> (DD, i32) {
    let kf = x.0 * 1.4426950408889634;
    let k = if kf >= 0.0 { (kf + 0.5) as i32 } else { (kf - 0.5) as i32 };
    // r = x - k ln2, |r| <= ln2 / 2 + a little.
    let r = dd::sub(x, dd::mul_d(LN2, k as f64));
    // Taylor series by Horner, 1 + r(1 + r/2(1 + r/3(...))).
    let mut n = 27;
    let mut s = dd::from(1.0);
    while n > 0 {
        s = dd::add_d(dd::div(dd::mul(s, r), dd::from(n as f64)), 1.0);
        n = n - 1;
    }
    (s, k)
}

pub fn exp_dd(x: DD) -> DD {
    let (s, k) = exp_dd_parts(x);
    dd::ldexp(s, k)
}

/// Rounds `s * 2^k` once, also when the result is subnormal.
fn finish_exp(s: DD, k: i32) -> f64 {
    if k > 1023 {
        return dd::round(dd::ldexp(s, k - 1)) * 2.0;
    }
    if k < -1021 {
        // Add the parts at the final scale: the sum rounds once at subnormal precision.
        let hi = scalbn(s.0, k);
        let lo_exact = scalbn(s.1, k);
        let t = dd::two_sum(hi, lo_exact);
        return t.0 + t.1;
    }
    dd::round(dd::ldexp(s, k))
}

pub fn exp(x: f64) -> f64 {
    if is_nan(x) {
        return x;
    }
    if x > 709.782712893384 {
        return INF;
    }
    if x < -745.1332191019412 {
        return 0.0;
    }
    if fabs(x) < 1.0e-300 {
        return 1.0 + x;
    }
    let (s, k) = exp_dd_parts(dd::from(x));
    finish_exp(s, k)
}

pub fn exp2(x: f64) -> f64 {
    if is_nan(x) {
        return x;
    }
    if x >= 1024.0 {
        return INF;
    }
    if x < -1075.0 {
        return 0.0;
    }
    // 2^x = 2^n * e^((x - n) ln 2) with an exact split.
    let n = if x >= 0.0 { (x + 0.5) as i32 } else { (x - 0.5) as i32 };
    let f = x - n as f64;
    let (s, k) = exp_dd_parts(dd::mul_d(LN2, f));
    finish_exp(s, k + n)
}

pub fn exp_m1(x: f64) -> f64 {
    if is_nan(x) {
        return x;
    }
    if x > 709.782712893384 {
        return INF;
    }
    if x < -40.0 {
        return -1.0;
    }
    if fabs(x) < 1.0e-17 {
        return x;
    }
    dd::round(dd::add_d(exp_dd(dd::from(x)), -1.0))
}

/// ln of a positive finite double-double.
pub fn ln_dd(x: DD) -> DD {
    let (m, e) = frexp1(x.0);
    let mut m = m;
    let mut e = e;
    if m > 1.4142135623730951 {
        m = m * 0.5;
        e = e + 1;
    }
    // ln(m) = 2 atanh(s), s = (m - 1) / (m + 1); m - 1 is exact.
    let num = dd::from(m - 1.0);
    let den = dd::two_sum(m, 1.0);
    let s = dd::div(num, den);
    let s2 = dd::mul(s, s);
    let mut n: i32 = 45;
    let mut sum = dd::from(0.0);
    while n >= 1 {
        sum = dd::add(dd::mul(sum, s2), dd::div(dd::from(1.0), dd::from(n as f64)));
        n = n - 2;
    }
    let mut r = dd::mul_d(dd::mul(s, sum), 2.0);
    r = dd::add(r, dd::mul_d(LN2, e as f64));
    // The low part of the input: ln(hi + lo) = ln(hi) + lo / hi to double-double precision.
    if x.1 != 0.0 {
        r = dd::add_d(r, x.1 / x.0);
    }
    r
}

/// Special cases shared by the logarithms; `None` means "compute".
fn log_special(x: f64) -> Option<f64> {
    if is_nan(x) {
        return Some(x);
    }
    if x < 0.0 {
        return Some(NAN);
    }
    if x == 0.0 {
        return Some(-INF);
    }
    if x == INF {
        return Some(INF);
    }
    None
}

pub fn ln(x: f64) -> f64 {
    match log_special(x) {
        Some(v) => v,
        None => dd::round(ln_dd(dd::from(x))),
    }
}

pub fn log2(x: f64) -> f64 {
    match log_special(x) {
        Some(v) => v,
        None => {
            let b = bits(x);
            if b & 0x000f_ffff_ffff_ffff == 0 && (b >> 52) != 0 {
                // Powers of two are exact.
                return ((b >> 52) as i32 - 1023) as f64;
            }
            dd::round(dd::mul(ln_dd(dd::from(x)), INV_LN2))
        }
    }
}

/// log10 as glibc computes it (not always correctly rounded, so rounded the same way):
/// `x = 2^k * m` with `m` in [1, 2) (or [0.5, 1) for negative `k`), then
/// `k * log10(2)_lo + ln(m) / ln(10) + k * log10(2)_hi` with log10(2) in two parts.
pub fn log10(x: f64) -> f64 {
    match log_special(x) {
        Some(v) => v,
        None => {
            let mut hx = (bits(x) >> 32) as i64;
            let mut xs = x;
            let mut k: i64 = 0;
            if hx < 0x0010_0000 {
                k = -54;
                xs = x * 18014398509481984.0; // 2^54
                hx = (bits(xs) >> 32) as i64;
            }
            k = k + (hx >> 20) - 1023;
            let i: i64 = if k < 0 { 1 } else { 0 };
            let hm = (hx & 0x000f_ffff) | ((0x3ff - i) << 20);
            let y = (k + i) as f64;
            let m = super::from_bits(((hm as u64) << 32) | (bits(xs) & 0xffff_ffff));
            let z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-01 * ln(m);
            z + y * 3.01029995663611771306e-01
        }
    }
}

pub fn ln_1p(x: f64) -> f64 {
    if is_nan(x) {
        return x;
    }
    if x < -1.0 {
        return NAN;
    }
    if x == -1.0 {
        return -INF;
    }
    if x == INF {
        return INF;
    }
    if fabs(x) < 1.0e-17 {
        return x;
    }
    dd::round(ln_dd(dd::two_sum(1.0, x)))
}

fn is_integer(y: f64) -> bool {
    unsafe { core::intrinsics::truncf64(y) == y }
}

fn is_odd_integer(y: f64) -> bool {
    if !is_integer(y) || fabs(y) >= 9007199254740992.0 {
        return false;
    }
    let h = y * 0.5;
    !is_integer(h)
}

/// x^y with C99's special cases (pow(x, 0) = 1 and pow(1, y) = 1 even for NaN...).
pub fn pow(x: f64, y: f64) -> f64 {
    if y == 0.0 || x == 1.0 {
        return 1.0;
    }
    if is_nan(x) || is_nan(y) {
        return NAN;
    }
    let ay = fabs(y);
    let ax = fabs(x);
    let y_odd = is_odd_integer(y);
    if ay == INF {
        if ax == 1.0 {
            return 1.0;
        }
        return if (ax > 1.0) == (y > 0.0) { INF } else { 0.0 };
    }
    if x == 0.0 {
        let neg = bits(x) >> 63 == 1;
        if y < 0.0 {
            return if neg && y_odd { -INF } else { INF };
        }
        return if neg && y_odd { -0.0 } else { 0.0 };
    }
    if ax == INF {
        let neg = x < 0.0;
        let r = if y < 0.0 { 0.0 } else { INF };
        return if neg && y_odd { -r } else { r };
    }
    let mut negate = false;
    if x < 0.0 {
        if !is_integer(y) {
            return NAN;
        }
        negate = y_odd;
    }
    let t = dd::mul_d(ln_dd(dd::from(ax)), y);
    let r = if t.0 > 709.9 {
        INF
    } else if t.0 < -745.2 {
        0.0
    } else {
        let (s, k) = exp_dd_parts(t);
        finish_exp(s, k)
    };
    if negate { -r } else { r }
}

pub fn cbrt(x: f64) -> f64 {
    if is_nan(x) || x == 0.0 || fabs(x) == INF {
        return x;
    }
    let ax = fabs(x);
    // A first guess from ln, refined by Newton's method in double-double.
    let mut y = exp(ln(ax) / 3.0);
    let a = dd::from(ax);
    let mut i = 0;
    let mut yd = dd::from(y);
    while i < 2 {
        // y <- y - (y^3 - a) / (3 y^2)
        let y2 = dd::mul(yd, yd);
        let f = dd::sub(dd::mul(y2, yd), a);
        yd = dd::sub(yd, dd::div(f, dd::mul_d(y2, 3.0)));
        i = i + 1;
    }
    y = dd::round(yd);
    if x < 0.0 { -y } else { y }
}

/// sqrt(ax^2 + ay^2) for `ax >= ay` in a safe range, as glibc computes it: the rounded
/// square root, then one correction step from the exact residual (Borges' method without
/// FMA), so results agree with glibc's hypot digit for digit.
fn hypot_kernel(ax: f64, ay: f64) -> f64 {
    let mut h = unsafe { core::intrinsics::sqrtf64(ax * ax + ay * ay) };
    let t1;
    let t2;
    if h <= 2.0 * ay {
        let delta = h - ay;
        t1 = ax * (2.0 * delta - ax);
        t2 = (delta - 2.0 * (ax - ay)) * delta;
    } else {
        let delta = h - ax;
        t1 = 2.0 * delta * (ax - 2.0 * ay);
        t2 = (4.0 * delta - ay) * ay + delta * delta;
    }
    h = h - (t1 + t2) / (2.0 * h);
    h
}

pub fn hypot(x: f64, y: f64) -> f64 {
    let x = fabs(x);
    let y = fabs(y);
    if x == INF || y == INF {
        return INF;
    }
    if is_nan(x) || is_nan(y) {
        return NAN;
    }
    let ax = if x < y { y } else { x };
    let ay = if x < y { x } else { y };
    let scale = super::from_bits(0x1a70_0000_0000_0000); // 2^-600
    let eps = super::from_bits(0x3c90_0000_0000_0000); // 2^-54
    if ax > super::from_bits(0x5fe0_0000_0000_0000) {
        // above 2^511
        if ay <= ax * eps {
            return ax + ay;
        }
        return hypot_kernel(ax * scale, ay * scale) / scale;
    }
    if ay < super::from_bits(0x2000_0000_0000_0000) {
        // below 2^-511
        if ax >= ay / eps {
            return ax + ay;
        }
        return hypot_kernel(ax / scale, ay / scale) * scale;
    }
    if ay <= ax * eps {
        return ax + ay;
    }
    hypot_kernel(ax, ay)
}
