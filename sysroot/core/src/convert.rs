//! Conversions between types: `From` and its reciprocal `Into`, the fallible `TryFrom` and
//! `TryInto`, and the conversions between the numeric types (`num`).

use crate::marker::Sized;
use crate::result::Result;

mod num;

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

/// A conversion that may fail (`u8::try_from(300i32)` is an error).
pub trait TryFrom<T>: Sized {
    /// What a failed conversion returns.
    type Error;

    fn try_from(value: T) -> Result<Self, Self::Error>;
}

/// The reciprocal of `TryFrom`: `x.try_into()` where `U: TryFrom<T>`.
pub trait TryInto<T>: Sized {
    type Error;

    fn try_into(self) -> Result<T, Self::Error>;
}

impl<T, U: TryFrom<T>> TryInto<U> for T {
    type Error = U::Error;

    fn try_into(self) -> Result<U, U::Error> {
        U::try_from(self)
    }
}

// A conversion that cannot fail (`From`) is also one that may: its error is `Infallible`.
impl<T, U: Into<T>> TryFrom<U> for T {
    type Error = Infallible;

    fn try_from(value: U) -> Result<T, Infallible> {
        Result::Ok(U::into(value))
    }
}

/// A cheap reference-to-reference conversion (`fn open<P: AsRef<str>>(p: P)`).
pub trait AsRef<T: ?Sized> {
    fn as_ref(&self) -> &T;
}

/// A cheap mutable reference-to-reference conversion.
pub trait AsMut<T: ?Sized> {
    fn as_mut(&mut self) -> &mut T;
}

// `AsRef` and `AsMut` lift over references.
impl<T: ?Sized, U: ?Sized> AsRef<U> for &T
where
    T: AsRef<U>,
{
    fn as_ref(&self) -> &U {
        <T as AsRef<U>>::as_ref(*self)
    }
}

impl<T: ?Sized, U: ?Sized> AsRef<U> for &mut T
where
    T: AsRef<U>,
{
    fn as_ref(&self) -> &U {
        <T as AsRef<U>>::as_ref(*self)
    }
}

impl<T: ?Sized, U: ?Sized> AsMut<U> for &mut T
where
    T: AsMut<U>,
{
    fn as_mut(&mut self) -> &mut U {
        (*self).as_mut()
    }
}

impl<T> AsRef<[T]> for [T] {
    fn as_ref(&self) -> &[T] {
        self
    }
}

impl<T> AsMut<[T]> for [T] {
    fn as_mut(&mut self) -> &mut [T] {
        self
    }
}

impl AsRef<str> for str {
    fn as_ref(&self) -> &str {
        self
    }
}

impl AsRef<[u8]> for str {
    fn as_ref(&self) -> &[u8] {
        self.as_bytes()
    }
}

/// The error type of conversions that cannot fail: an enum with no values, so a
/// `Result<T, Infallible>` is always `Ok`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Infallible {}

impl crate::fmt::Display for Infallible {
    fn fmt(&self, _: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        match *self {}
    }
}
