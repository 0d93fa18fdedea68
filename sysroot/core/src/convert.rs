//! Conversions between types: `From` and its reciprocal `Into`.

use crate::marker::Sized;

/// A value-to-value conversion that consumes the input (`String::from("x")`).
pub trait From<T>: Sized {
    fn from(value: T) -> Self;
}

/// The reciprocal of `From`: `x.into()` where `U: From<T>`.
pub trait Into<T>: Sized {
    fn into(self) -> T;
}

impl<T, U: From<T>> Into<U> for T {
    fn into(self) -> U {
        U::from(self)
    }
}

impl<T> From<T> for T {
    fn from(t: T) -> T {
        t
    }
}

/// The error type of conversions that cannot fail: an enum with no values, so a
/// `Result<T, Infallible>` is always `Ok`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Infallible {}
