//! Double-double arithmetic: a value is the unevaluated sum `hi + lo` of two f64 with
//! `|lo| <= ulp(hi) / 2`, about 106 significant bits. The math functions evaluate in it and
//! round once at the end, so their f64 results are correctly rounded except in cases far
//! rarer than any test will meet (which is what glibc's libm delivers too).
//!
//! Only plain f64 `+ - * /` are used (Dekker's and Knuth's error-free transformations),
//! so it works on targets without FMA and through soft-float.

/// `(hi, lo)`: a tuple, so that it is `Copy` without any trait impl.
pub type DD = (f64, f64);

pub fn from(x: f64) -> DD {
    (x, 0.0)
}

/// `a + b` exactly, as a rounded sum and its error.
pub fn two_sum(a: f64, b: f64) -> DD {
    let s = a + b;
    let bb = s - a;
    let err = (a - (s - bb)) + (b - bb);
    (s, err)
}

/// `a + b` exactly when `|a| >= |b|`.
fn fast_two_sum(a: f64, b: f64) -> DD {
    let s = a + b;
    (s, b - (s - a))
}

/// Veltkamp's split of `a` into two 26-bit halves.
fn split(a: f64) -> (f64, f64) {
    let c = 134217729.0 * a; // 2^27 + 1
    let hi = c - (c - a);
    (hi, a - hi)
}

/// `a * b` exactly, as a rounded product and its error.
pub fn two_prod(a: f64, b: f64) -> DD {
    let p = a * b;
    let (ah, al) = split(a);
    let (bh, bl) = split(b);
    let err = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
    (p, err)
}

pub fn add(a: DD, b: DD) -> DD {
    let s = two_sum(a.0, b.0);
    let t = two_sum(a.1, b.1);
    let mut r = fast_two_sum(s.0, s.1 + t.0);
    r = fast_two_sum(r.0, r.1 + t.1);
    r
}

pub fn add_d(a: DD, b: f64) -> DD {
    let s = two_sum(a.0, b);
    fast_two_sum(s.0, s.1 + a.1)
}

pub fn neg(a: DD) -> DD {
    (-a.0, -a.1)
}

pub fn sub(a: DD, b: DD) -> DD {
    add(a, neg(b))
}

pub fn mul(a: DD, b: DD) -> DD {
    let p = two_prod(a.0, b.0);
    fast_two_sum(p.0, p.1 + (a.0 * b.1 + a.1 * b.0))
}

pub fn mul_d(a: DD, b: f64) -> DD {
    let p = two_prod(a.0, b);
    fast_two_sum(p.0, p.1 + a.1 * b)
}

pub fn div(a: DD, b: DD) -> DD {
    let q1 = a.0 / b.0;
    let r = sub(a, mul_d(b, q1));
    let q2 = r.0 / b.0;
    let r2 = sub(r, mul_d(b, q2));
    let q3 = r2.0 / b.0;
    add_d(fast_two_sum(q1, q2), q3)
}

pub fn sqrt(a: DD) -> DD {
    if a.0 <= 0.0 {
        return from(unsafe { core::intrinsics::sqrtf64(a.0) });
    }
    let s = unsafe { core::intrinsics::sqrtf64(a.0) };
    // One Newton step: s + (a - s^2) / (2s).
    let r = sub(a, two_prod(s, s));
    add_d(from(s), r.0 / (2.0 * s))
}

/// The f64 nearest to the double-double value.
pub fn round(a: DD) -> f64 {
    a.0 + a.1
}

/// Multiplies by 2^k exactly (k within the normal range of both parts).
pub fn ldexp(a: DD, k: i32) -> DD {
    (super::scalbn(a.0, k), super::scalbn(a.1, k))
}
