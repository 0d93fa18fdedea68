//! Unsizing coercions of pointer-like types: `Box<T>` to `Box<dyn Trait>`, `&[T; N]` to
//! `&[T]`. A type opts in with a `CoerceUnsized` impl bounded by `T: Unsize<U>`; the
//! compiler coerces where such an impl applies.

use crate::marker::Unsize;

/// `Self` can be coerced to `T` by unsizing the value it points to.
#[lang = "coerce_unsized"]
pub trait CoerceUnsized<T: ?Sized> {}

impl<'a, T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<&'a U> for &'a T {}
impl<'a, T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<&'a mut U> for &'a mut T {}
impl<'a, T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<*const U> for &'a T {}
impl<'a, T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<*mut U> for &'a mut T {}
impl<T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<*const U> for *const T {}
impl<T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<*mut U> for *mut T {}
