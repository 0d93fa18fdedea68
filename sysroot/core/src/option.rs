//! Optional values: `Option<T>` is either `Some(value)` or `None`.
//!
//! The compiler knows the variants by their lang items (`Some`, `None`), which `?`, `for`
//! loops and `while let` desugarings name.

use crate::result::Result::{self, Err, Ok};
use crate::marker::Copy;
use crate::ops::{Deref, DerefMut};
use self::Option::{None, Some};

/// An optional value.
#[derive(Clone, Copy, PartialEq, PartialOrd, Eq, Ord, Debug, Hash)]
pub enum Option<T> {
    /// No value.
    #[lang = "None"]
    None,
    /// Some value of type `T`.
    #[lang = "Some"]
    Some(T),
}

impl<T> Option<T> {
    /// Whether this is a `Some`.
    pub const fn is_some(&self) -> bool {
        match *self {
            Some(_) => true,
            None => false,
        }
    }

    /// Whether this is a `None`.
    pub const fn is_none(&self) -> bool {
        !self.is_some()
    }

    /// A borrowed view: `&Option<T>` to `Option<&T>`.
    pub const fn as_ref(&self) -> Option<&T> {
        match *self {
            Some(ref x) => Some(x),
            None => None,
        }
    }

    /// A mutably borrowed view: `&mut Option<T>` to `Option<&mut T>`.
    pub fn as_mut(&mut self) -> Option<&mut T> {
        match *self {
            Some(ref mut x) => Some(x),
            None => None,
        }
    }

    /// The contained value; panics with `msg` on `None`.
    #[track_caller]
    pub fn expect(self, msg: &str) -> T {
        match self {
            Some(x) => x,
            None => crate::panicking::panic_str(msg),
        }
    }

    /// The contained value; panics on `None`.
    #[track_caller]
    pub fn unwrap(self) -> T {
        match self {
            Some(x) => x,
            None => crate::panicking::panic_str("called `Option::unwrap()` on a `None` value"),
        }
    }

    /// The contained value or `default`.
    pub fn unwrap_or(self, default: T) -> T {
        match self {
            Some(x) => x,
            None => default,
        }
    }

    /// The contained value, which the caller promises is there.
    ///
    /// # Safety
    /// Calling this on `None` is undefined behavior.
    pub unsafe fn unwrap_unchecked(self) -> T {
        match self {
            Some(x) => x,
            None => crate::intrinsics::unreachable(),
        }
    }

    /// `Ok(v)` for `Some(v)`, `Err(err)` for `None`.
    pub fn ok_or<E>(self, err: E) -> Result<T, E> {
        match self {
            Some(x) => Ok(x),
            None => Err(err),
        }
    }

    /// `None` if this is `None`, otherwise `optb`.
    pub fn and<U>(self, optb: Option<U>) -> Option<U> {
        match self {
            Some(_) => optb,
            None => None,
        }
    }

    /// This if it is `Some`, otherwise `optb`.
    pub fn or(self, optb: Option<T>) -> Option<T> {
        match self {
            Some(x) => Some(x),
            None => optb,
        }
    }

    /// `Some` if exactly one of this and `optb` is `Some`.
    pub fn xor(self, optb: Option<T>) -> Option<T> {
        match (self, optb) {
            (Some(a), None) => Some(a),
            (None, Some(b)) => Some(b),
            _ => None,
        }
    }

    /// Stores `value` and returns a reference to it.
    pub fn insert(&mut self, value: T) -> &mut T {
        *self = Some(value);
        match *self {
            Some(ref mut x) => x,
            None => unsafe { crate::intrinsics::unreachable() },
        }
    }

    /// The contained value, first storing `value` if this is `None`.
    pub fn get_or_insert(&mut self, value: T) -> &mut T {
        if let None = *self {
            *self = Some(value);
        }
        match *self {
            Some(ref mut x) => x,
            None => unsafe { crate::intrinsics::unreachable() },
        }
    }

    /// Moves the value out, leaving `None`.
    pub fn take(&mut self) -> Option<T> {
        crate::mem::replace(self, None)
    }

    /// Stores `value`, returning the old contents.
    pub fn replace(&mut self, value: T) -> Option<T> {
        crate::mem::replace(self, Some(value))
    }

    /// The contained value, first storing `T::default()` if this is `None`.
    pub fn get_or_insert_default(&mut self) -> &mut T
    where
        T: Default,
    {
        if let None = *self {
            *self = Some(T::default());
        }
        match *self {
            Some(ref mut x) => x,
            None => unsafe { crate::intrinsics::unreachable() },
        }
    }

    /// The contained value as a one-element slice, or an empty slice.
    pub fn as_slice(&self) -> &[T] {
        match *self {
            Some(ref x) => crate::slice::from_ref(x),
            None => &[],
        }
    }

    /// `&Option<T>` to `Option<&T::Target>`: `Option<String>` gives `Option<&str>`.
    pub fn as_deref(&self) -> Option<&T::Target>
    where
        T: Deref,
    {
        match *self {
            Some(ref x) => Some(x.deref()),
            None => None,
        }
    }

    /// `&mut Option<T>` to `Option<&mut T::Target>`.
    pub fn as_deref_mut(&mut self) -> Option<&mut T::Target>
    where
        T: DerefMut,
    {
        match *self {
            Some(ref mut x) => Some(x.deref_mut()),
            None => None,
        }
    }

    /// An iterator over the contained value (one value or none).
    pub fn iter(&self) -> Iter<'_, T> {
        Iter { inner: self.as_ref() }
    }

    /// An iterator over the contained value, for writing.
    pub fn iter_mut(&mut self) -> IterMut<'_, T> {
        IterMut { inner: self.as_mut() }
    }

    /// `Some((a, b))` if both are `Some`.
    pub fn zip<U>(self, other: Option<U>) -> Option<(T, U)> {
        match (self, other) {
            (Some(a), Some(b)) => Some((a, b)),
            _ => None,
        }
    }
}

impl<T, U> Option<(T, U)> {
    /// `Some((a, b))` to `(Some(a), Some(b))`.
    pub fn unzip(self) -> (Option<T>, Option<U>) {
        match self {
            Some((a, b)) => (Some(a), Some(b)),
            None => (None, None),
        }
    }
}

impl<T: Copy> Option<&T> {
    /// Copies the referenced value.
    pub fn copied(self) -> Option<T> {
        match self {
            Some(&x) => Some(x),
            None => None,
        }
    }
}

impl<T: Copy> Option<&mut T> {
    /// Copies the referenced value.
    pub fn copied(self) -> Option<T> {
        match self {
            Some(&mut x) => Some(x),
            None => None,
        }
    }
}

impl<T, E> Option<Result<T, E>> {
    /// `Option<Result<T, E>>` to `Result<Option<T>, E>`.
    pub fn transpose(self) -> Result<Option<T>, E> {
        match self {
            Some(Ok(x)) => Ok(Some(x)),
            Some(Err(e)) => Err(e),
            None => Ok(None),
        }
    }
}

impl<T> Option<Option<T>> {
    /// Removes one level of nesting.
    pub fn flatten(self) -> Option<T> {
        match self {
            Some(inner) => inner,
            None => None,
        }
    }
}

impl<T: Default> Option<T> {
    /// The contained value or `T::default()`.
    pub fn unwrap_or_default(self) -> T {
        match self {
            Some(x) => x,
            None => T::default(),
        }
    }
}

impl<T: Clone> Option<&T> {
    /// Clones the referenced value.
    pub fn cloned(self) -> Option<T> {
        match self {
            Some(x) => Some(x.clone()),
            None => None,
        }
    }
}

impl<T: Clone> Option<&mut T> {
    /// Clones the referenced value.
    pub fn cloned(self) -> Option<T> {
        match self {
            Some(x) => Some(x.clone()),
            None => None,
        }
    }
}

// Methods taking closures.
impl<T> Option<T> {
    /// Whether this is a `None` or a `Some` whose value satisfies `f`.
    pub fn is_none_or<F: FnOnce(T) -> bool>(self, f: F) -> bool {
        match self {
            Some(x) => f(x),
            None => true,
        }
    }

    /// Whether this is a `Some` whose value satisfies `f`.
    pub fn is_some_and<F: FnOnce(T) -> bool>(self, f: F) -> bool {
        match self {
            Some(x) => f(x),
            None => false,
        }
    }

    /// The contained value, or the one `f` computes.
    pub fn unwrap_or_else<F: FnOnce() -> T>(self, f: F) -> T {
        match self {
            Some(x) => x,
            None => f(),
        }
    }

    /// Applies `f` to the contained value.
    pub fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Option<U> {
        match self {
            Some(x) => Some(f(x)),
            None => None,
        }
    }

    /// `f` of the contained value, or `default`.
    pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U {
        match self {
            Some(x) => f(x),
            None => default,
        }
    }

    /// `f` of the contained value, or what `default` computes.
    pub fn map_or_else<U, D: FnOnce() -> U, F: FnOnce(T) -> U>(self, default: D, f: F) -> U {
        match self {
            Some(x) => f(x),
            None => default(),
        }
    }

    /// `Ok(v)` for `Some(v)`, `Err(err())` for `None`.
    pub fn ok_or_else<E, F: FnOnce() -> E>(self, err: F) -> Result<T, E> {
        match self {
            Some(x) => Ok(x),
            None => Err(err()),
        }
    }

    /// Calls `f` with the contained value (for side effects) and returns `self`.
    pub fn inspect<F: FnOnce(&T)>(self, f: F) -> Option<T> {
        if let Some(ref x) = self {
            f(x);
        }
        self
    }

    /// `None`, or `f` of the contained value (which may itself be `None`).
    pub fn and_then<U, F: FnOnce(T) -> Option<U>>(self, f: F) -> Option<U> {
        match self {
            Some(x) => f(x),
            None => None,
        }
    }

    /// `Some` only if the contained value satisfies `predicate`.
    pub fn filter<P: FnOnce(&T) -> bool>(self, predicate: P) -> Option<T> {
        if let Some(x) = self {
            if predicate(&x) {
                return Some(x);
            }
        }
        None
    }

    /// This if it is `Some`, otherwise what `f` returns.
    pub fn or_else<F: FnOnce() -> Option<T>>(self, f: F) -> Option<T> {
        match self {
            Some(x) => Some(x),
            None => f(),
        }
    }

    /// The contained value, first storing `f()` if this is `None`.
    pub fn get_or_insert_with<F: FnOnce() -> T>(&mut self, f: F) -> &mut T {
        if let None = *self {
            *self = Some(f());
        }
        match *self {
            Some(ref mut x) => x,
            None => unsafe { crate::intrinsics::unreachable() },
        }
    }

    /// Takes the value out if it satisfies `predicate`, leaving `None`.
    pub fn take_if<P: FnOnce(&mut T) -> bool>(&mut self, predicate: P) -> Option<T> {
        let hit = match *self {
            Some(ref mut x) => predicate(x),
            None => false,
        };
        if hit { self.take() } else { None }
    }
}

impl<T> crate::convert::From<T> for Option<T> {
    /// `Some(value)`: lets `fn f(x: impl Into<Option<u32>>)` take `5` as well as `None`.
    fn from(value: T) -> Option<T> {
        Some(value)
    }
}

/// The iterator `Option::into_iter` returns: the value if there is one.
#[derive(Clone, Debug)]
pub struct IntoIter<T> {
    inner: Option<T>,
}

/// The iterator `Option::iter` returns.
#[derive(Debug)]
pub struct Iter<'a, T> {
    inner: Option<&'a T>,
}

/// The iterator `Option::iter_mut` returns.
#[derive(Debug)]
pub struct IterMut<'a, T> {
    inner: Option<&'a mut T>,
}

// One value at most, so every end is the same end.
macro_rules! option_iter_impls {
    ($name:ident, [$($lt:lifetime)?], $item:ty) => {
        impl<$($lt,)? T> crate::iter::Iterator for $name<$($lt,)? T> {
            type Item = $item;
            #[inline]
            fn next(&mut self) -> Option<$item> {
                self.inner.take()
            }
            fn size_hint(&self) -> (usize, Option<usize>) {
                let n = if self.inner.is_some() { 1 } else { 0 };
                (n, Some(n))
            }
        }

        impl<$($lt,)? T> crate::iter::DoubleEndedIterator for $name<$($lt,)? T> {
            #[inline]
            fn next_back(&mut self) -> Option<$item> {
                self.inner.take()
            }
        }

        impl<$($lt,)? T> crate::iter::ExactSizeIterator for $name<$($lt,)? T> {}
    };
}

option_iter_impls!(IntoIter, [], T);
option_iter_impls!(Iter, ['a], &'a T);
option_iter_impls!(IterMut, ['a], &'a mut T);

impl<'a, T> Option<&'a T> {
    /// The iterator over this borrowed value (what `Result::iter` returns).
    pub(crate) fn into_iter_ref(self) -> Iter<'a, T> {
        Iter { inner: self }
    }
}

impl<'a, T> Option<&'a mut T> {
    pub(crate) fn into_iter_mut(self) -> IterMut<'a, T> {
        IterMut { inner: self }
    }
}

impl<'a, T> Clone for Iter<'a, T> {
    fn clone(&self) -> Iter<'a, T> {
        Iter { inner: self.inner }
    }
}

impl<T> crate::iter::IntoIterator for Option<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T> {
        IntoIter { inner: self }
    }
}

impl<'a, T> crate::iter::IntoIterator for &'a Option<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<'a, T> crate::iter::IntoIterator for &'a mut Option<T> {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;
    fn into_iter(self) -> IterMut<'a, T> {
        self.iter_mut()
    }
}

impl<'a, T> crate::convert::From<&'a Option<T>> for Option<&'a T> {
    fn from(o: &'a Option<T>) -> Option<&'a T> {
        o.as_ref()
    }
}

impl<A, V: crate::iter::FromIterator<A>> crate::iter::FromIterator<Option<A>> for Option<V> {
    /// `Some` of the collected values, or `None` at the first `None` (later values are
    /// not read).
    fn from_iter<I: crate::iter::IntoIterator<Item = Option<A>>>(iter: I) -> Option<V> {
        collect_options(iter.into_iter())
    }
}

impl<T, U> crate::iter::Sum<Option<U>> for Option<T>
where
    T: crate::iter::Sum<U>,
{
    fn sum<I: crate::iter::Iterator<Item = Option<U>>>(iter: I) -> Option<T> {
        let failed = crate::cell::Cell::new(false);
        let shunt: OptionShunt<'_, I, U> = OptionShunt { iter, failed: &failed, item: crate::marker::PhantomData };
        let v: T = crate::iter::Sum::sum(shunt);
        if failed.get() { None } else { Some(v) }
    }
}

impl<T, U> crate::iter::Product<Option<U>> for Option<T>
where
    T: crate::iter::Product<U>,
{
    fn product<I: crate::iter::Iterator<Item = Option<U>>>(iter: I) -> Option<T> {
        let failed = crate::cell::Cell::new(false);
        let shunt: OptionShunt<'_, I, U> = OptionShunt { iter, failed: &failed, item: crate::marker::PhantomData };
        let v: T = crate::iter::Product::product(shunt);
        if failed.get() { None } else { Some(v) }
    }
}

/// `Option<V>::from_iter` over an iterator (a separate function so that the shunt's item
/// type comes from a bound on a parameter).
fn collect_options<A, V: crate::iter::FromIterator<A>, It: crate::iter::Iterator<Item = Option<A>>>(iter: It) -> Option<V> {
    let failed = crate::cell::Cell::new(false);
    let shunt: OptionShunt<'_, It, A> = OptionShunt { iter, failed: &failed, item: crate::marker::PhantomData };
    let v: V = crate::iter::FromIterator::from_iter(shunt);
    if failed.get() { None } else { Some(v) }
}

/// The values inside an iterator of `Option`s, ending at the first `None` (and noting it).
struct OptionShunt<'a, I, A> {
    iter: I,
    /// Set at the first `None`. A `Cell`: the caller reads it while the collection built
    /// from the shunt is alive.
    failed: &'a crate::cell::Cell<bool>,
    item: crate::marker::PhantomData<A>,
}

impl<'a, A, I: crate::iter::Iterator<Item = Option<A>>> crate::iter::Iterator for OptionShunt<'a, I, A> {
    type Item = A;

    fn next(&mut self) -> Option<A> {
        if self.failed.get() {
            return None;
        }
        match self.iter.next() {
            Some(Some(x)) => Some(x),
            Some(None) => {
                self.failed.set(true);
                None
            }
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.failed.get() {
            return (0, Some(0));
        }
        let (_, hi) = self.iter.size_hint();
        (0, hi)
    }
}
