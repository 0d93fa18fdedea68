//! Circular functions and their inverses.

use super::dd::{self, DD};
use super::{fabs, is_nan, INF, NAN};

const PI: DD = (3.141592653589793, 1.2246467991473532e-16);
const PIO2: DD = (1.5707963267948966, 6.123233995736766e-17);
const PIO2_1: f64 = 1.5707963267948966;
const PIO2_2: f64 = 6.123233995736766e-17;
const PIO2_3: f64 = -1.4973849048591698e-33;

/// `x = n * pi/2 + r` with `|r| <= pi/4` (a little more for huge `x`), `r` in double-double.
/// Three-part pi/2 keeps `r` accurate while `n` fits in about 2^30.
fn reduce(x: f64) -> (DD, i32) {
    if fabs(x) <= 0.7853981633974483 {
        return (dd::from(x), 0);
    }
    let nf = x * 0.6366197723675814;
    let nf = if nf >= 0.0 { unsafe { core::intrinsics::truncf64(nf + 0.5) } } else { unsafe { core::intrinsics::truncf64(nf - 0.5) } };
    let t1 = dd::two_prod(nf, PIO2_1);
    let t2 = dd::two_prod(nf, PIO2_2);
    let t3 = nf * PIO2_3;
    let mut r = dd::sub(dd::from(x), t1);
    r = dd::sub(r, t2);
    r = dd::add_d(r, -t3);
    let n = (nf - 4.0 * unsafe { core::intrinsics::truncf64(nf * 0.25) }) as i32;
    ((r.0, r.1), (n + 4) % 4)
}

/// sin(r) for |r| <= about pi/4, by Taylor series.
fn sin_dd(r: DD) -> DD {
    let r2 = dd::mul(r, r);
    let mut n: i32 = 29;
    let mut s = dd::from(1.0);
    // sin r = r (1 - r^2/(2*3) (1 - r^2/(4*5) (...)))
    while n > 1 {
        let k = (n * (n - 1)) as f64;
        s = dd::add_d(dd::neg(dd::div(dd::mul(s, r2), dd::from(k))), 1.0);
        n = n - 2;
    }
    dd::mul(s, r)
}

/// cos(r) for |r| <= about pi/4.
fn cos_dd(r: DD) -> DD {
    let r2 = dd::mul(r, r);
    let mut n: i32 = 30;
    let mut s = dd::from(1.0);
    while n > 0 {
        let k = (n * (n - 1)) as f64;
        s = dd::add_d(dd::neg(dd::div(dd::mul(s, r2), dd::from(k))), 1.0);
        n = n - 2;
    }
    s
}

pub fn sin(x: f64) -> f64 {
    if is_nan(x) || fabs(x) == INF {
        return NAN;
    }
    if fabs(x) < 1.0e-9 {
        return x;
    }
    let (r, n) = reduce(x);
    let v = match n {
        0 => sin_dd(r),
        1 => cos_dd(r),
        2 => dd::neg(sin_dd(r)),
        _ => dd::neg(cos_dd(r)),
    };
    dd::round(v)
}

pub fn cos(x: f64) -> f64 {
    if is_nan(x) || fabs(x) == INF {
        return NAN;
    }
    let (r, n) = reduce(x);
    let v = match n {
        0 => cos_dd(r),
        1 => dd::neg(sin_dd(r)),
        2 => dd::neg(cos_dd(r)),
        _ => sin_dd(r),
    };
    dd::round(v)
}

pub fn tan(x: f64) -> f64 {
    if is_nan(x) || fabs(x) == INF {
        return NAN;
    }
    if fabs(x) < 1.0e-9 {
        return x;
    }
    let (r, n) = reduce(x);
    let s = sin_dd(r);
    let c = cos_dd(r);
    let v = if n % 2 == 0 { dd::div(s, c) } else { dd::neg(dd::div(c, s)) };
    dd::round(v)
}

/// atan of a double-double with |t| <= 1, by halving the angle twice and a series.
fn atan_small(t: DD) -> DD {
    let mut t = t;
    let mut i = 0;
    // atan(t) = 2 atan(t / (1 + sqrt(1 + t^2)))
    while i < 3 {
        let q = dd::sqrt(dd::add_d(dd::mul(t, t), 1.0));
        t = dd::div(t, dd::add_d(q, 1.0));
        i = i + 1;
    }
    let t2 = dd::mul(t, t);
    let mut n: i32 = 41;
    let mut s = dd::from(0.0);
    // atan t = t (1 - t^2/3 + t^4/5 - ...)
    while n >= 1 {
        let term = dd::div(dd::from(1.0), dd::from(n as f64));
        let sign = if (n / 2) % 2 == 0 { 1.0 } else { -1.0 };
        s = dd::add(dd::mul(s, t2), dd::mul_d(term, sign));
        n = n - 2;
    }
    dd::mul_d(dd::mul(s, t), 8.0)
}

/// atan of any finite double-double.
fn atan_dd(x: DD) -> DD {
    if fabs(x.0) <= 1.0 {
        return atan_small(x);
    }
    // atan x = ±pi/2 - atan(1/x)
    let inv = dd::div(dd::from(1.0), x);
    let a = atan_small(inv);
    if x.0 > 0.0 { dd::sub(PIO2, a) } else { dd::sub(dd::neg(PIO2), a) }
}

pub fn atan(x: f64) -> f64 {
    if is_nan(x) {
        return x;
    }
    if x == INF {
        return PIO2.0;
    }
    if x == -INF {
        return -PIO2.0;
    }
    if fabs(x) < 1.0e-9 {
        return x;
    }
    dd::round(atan_dd(dd::from(x)))
}

fn sign_neg(x: f64) -> bool {
    super::bits(x) >> 63 == 1
}

pub fn atan2(y: f64, x: f64) -> f64 {
    if is_nan(x) || is_nan(y) {
        return NAN;
    }
    let yneg = sign_neg(y);
    let xneg = sign_neg(x);
    if y == 0.0 {
        // ±0 for x > 0 or +0, ±pi for x < 0 or -0.
        if xneg {
            return if yneg { -PI.0 } else { PI.0 };
        }
        return y;
    }
    if x == 0.0 {
        return if yneg { -PIO2.0 } else { PIO2.0 };
    }
    if fabs(x) == INF {
        if fabs(y) == INF {
            let v = if xneg { 3.0 * PIO2.0 / 2.0 } else { PIO2.0 / 2.0 };
            return if yneg { -v } else { v };
        }
        let v = if xneg { PI.0 } else { 0.0 };
        return if yneg { -v } else { v };
    }
    if fabs(y) == INF {
        return if yneg { -PIO2.0 } else { PIO2.0 };
    }
    let q = dd::div(dd::from(y), dd::from(x));
    if !xneg && fabs(q.0) < 1.0e-300 {
        return q.0;
    }
    let mut a = atan_dd(q);
    if xneg {
        a = if yneg { dd::sub(a, PI) } else { dd::add(a, PI) };
    }
    dd::round(a)
}

pub fn asin(x: f64) -> f64 {
    if is_nan(x) || fabs(x) > 1.0 {
        return NAN;
    }
    if fabs(x) < 1.0e-9 {
        return x;
    }
    if fabs(x) == 1.0 {
        return if x > 0.0 { PIO2.0 } else { -PIO2.0 };
    }
    // asin x = atan(x / sqrt((1 - x)(1 + x)))
    let c = dd::sqrt(dd::mul(dd::two_sum(1.0, -x), dd::two_sum(1.0, x)));
    dd::round(atan_dd(dd::div(dd::from(x), c)))
}

pub fn acos(x: f64) -> f64 {
    if is_nan(x) || fabs(x) > 1.0 {
        return NAN;
    }
    if x == 1.0 {
        return 0.0;
    }
    if x == -1.0 {
        return PI.0;
    }
    // acos x = pi/2 - asin x
    let c = dd::sqrt(dd::mul(dd::two_sum(1.0, -x), dd::two_sum(1.0, x)));
    let asin = atan_dd(dd::div(dd::from(x), c));
    dd::round(dd::sub(PIO2, asin))
}
