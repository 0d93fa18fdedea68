//! Hyperbolic functions and their inverses, from exp and ln in double-double.

use super::dd;
use super::exp_log::{exp_dd, ln_dd, LN2};
use super::{fabs, is_nan, INF, NAN};

/// e^|x| and e^-|x| as double-doubles (|x| <= 709).
fn exps(ax: f64) -> (dd::DD, dd::DD) {
    let e = exp_dd(dd::from(ax));
    (e, dd::div(dd::from(1.0), e))
}

pub fn sinh(x: f64) -> f64 {
    if is_nan(x) || fabs(x) == INF {
        return x;
    }
    let ax = fabs(x);
    if ax < 1.0e-9 {
        return x;
    }
    if ax > 710.5 {
        return if x < 0.0 { -INF } else { INF };
    }
    let r = if ax > 709.0 {
        // e^|x| / 2 = e^(|x| - ln 2), without overflowing on the way.
        let e = exp_dd(dd::sub(dd::from(ax), LN2));
        dd::round(e)
    } else {
        let (e, ie) = exps(ax);
        dd::round(dd::mul_d(dd::sub(e, ie), 0.5))
    };
    if x < 0.0 { -r } else { r }
}

pub fn cosh(x: f64) -> f64 {
    if is_nan(x) {
        return x;
    }
    let ax = fabs(x);
    if ax == INF {
        return INF;
    }
    if ax > 710.5 {
        return INF;
    }
    if ax > 709.0 {
        return dd::round(exp_dd(dd::sub(dd::from(ax), LN2)));
    }
    let (e, ie) = exps(ax);
    dd::round(dd::mul_d(dd::add(e, ie), 0.5))
}

pub fn tanh(x: f64) -> f64 {
    if is_nan(x) {
        return x;
    }
    let ax = fabs(x);
    if ax < 1.0e-9 {
        return x;
    }
    if ax > 22.0 {
        return if x < 0.0 { -1.0 } else { 1.0 };
    }
    let (e, ie) = exps(ax);
    let r = dd::round(dd::div(dd::sub(e, ie), dd::add(e, ie)));
    if x < 0.0 { -r } else { r }
}

pub fn asinh(x: f64) -> f64 {
    if is_nan(x) || fabs(x) == INF {
        return x;
    }
    let ax = fabs(x);
    if ax < 1.0e-9 {
        return x;
    }
    let r = if ax > 1.0e150 {
        dd::round(dd::add(ln_dd(dd::from(ax)), LN2))
    } else {
        // ln(|x| + sqrt(x^2 + 1))
        let s = dd::sqrt(dd::add_d(dd::two_prod(ax, ax), 1.0));
        dd::round(ln_dd(dd::add_d(s, ax)))
    };
    if x < 0.0 { -r } else { r }
}

pub fn acosh(x: f64) -> f64 {
    if is_nan(x) || x < 1.0 {
        return NAN;
    }
    if x == INF {
        return x;
    }
    if x > 1.0e150 {
        return dd::round(dd::add(ln_dd(dd::from(x)), LN2));
    }
    let s = dd::sqrt(dd::add_d(dd::two_prod(x, x), -1.0));
    dd::round(ln_dd(dd::add_d(s, x)))
}

pub fn atanh(x: f64) -> f64 {
    if is_nan(x) || fabs(x) > 1.0 {
        return NAN;
    }
    if x == 1.0 {
        return INF;
    }
    if x == -1.0 {
        return -INF;
    }
    if fabs(x) < 1.0e-9 {
        return x;
    }
    let q = dd::div(dd::two_sum(1.0, x), dd::two_sum(1.0, -x));
    dd::round(dd::mul_d(ln_dd(q), 0.5))
}
