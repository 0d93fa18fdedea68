//! Error handling: `Result<T, E>` is either a success `Ok(T)` or a failure `Err(E)`.
//!
//! The compiler knows the variants by their lang items (`Ok`, `Err`).

/// The outcome of an operation that can fail.
#[derive(Clone, Copy, PartialEq, PartialOrd, Eq, Ord, Debug, Hash)]
#[must_use = "this `Result` may be an `Err` variant, which should be handled"]
pub enum Result<T, E> {
    /// The success value.
    #[lang = "Ok"]
    Ok(T),
    /// The error value.
    #[lang = "Err"]
    Err(E),
}

impl<T, E> Result<T, E> {
    /// Whether this is an `Ok`.
    pub const fn is_ok(&self) -> bool {
        match *self {
            Ok(_) => true,
            Err(_) => false,
        }
    }

    /// Whether this is an `Err`.
    pub const fn is_err(&self) -> bool {
        !self.is_ok()
    }

    /// The success value, if any.
    pub fn ok(self) -> Option<T> {
        match self {
            Ok(x) => Some(x),
            Err(_) => None,
        }
    }

    /// The error value, if any.
    pub fn err(self) -> Option<E> {
        match self {
            Ok(_) => None,
            Err(e) => Some(e),
        }
    }

    /// A borrowed view: `&Result<T, E>` to `Result<&T, &E>`.
    pub const fn as_ref(&self) -> Result<&T, &E> {
        match *self {
            Ok(ref x) => Ok(x),
            Err(ref e) => Err(e),
        }
    }

    /// A mutably borrowed view: `&mut Result<T, E>` to `Result<&mut T, &mut E>`.
    pub fn as_mut(&mut self) -> Result<&mut T, &mut E> {
        match *self {
            Ok(ref mut x) => Ok(x),
            Err(ref mut e) => Err(e),
        }
    }

    /// `res` if this is `Ok`, otherwise this error.
    pub fn and<U>(self, res: Result<U, E>) -> Result<U, E> {
        match self {
            Ok(_) => res,
            Err(e) => Err(e),
        }
    }

    /// This if it is `Ok`, otherwise `res`.
    pub fn or<F>(self, res: Result<T, F>) -> Result<T, F> {
        match self {
            Ok(v) => Ok(v),
            Err(_) => res,
        }
    }

    /// The success value or `default`.
    pub fn unwrap_or(self, default: T) -> T {
        match self {
            Ok(x) => x,
            Err(_) => default,
        }
    }
}

// The `Debug` bounds sit on the methods, as in Rust, so `s.parse().unwrap()` finds them
// while the error type is still being inferred.
impl<T, E> Result<T, E> {
    /// The success value; panics with the error's `{:?}` otherwise.
    #[track_caller]
    pub fn unwrap(self) -> T
    where
        E: crate::fmt::Debug,
    {
        match self {
            Ok(t) => t,
            Err(e) => unwrap_failed("called `Result::unwrap()` on an `Err` value", &e),
        }
    }

    /// The success value; panics with `msg: {error:?}` otherwise.
    #[track_caller]
    pub fn expect(self, msg: &str) -> T
    where
        E: crate::fmt::Debug,
    {
        match self {
            Ok(t) => t,
            Err(e) => unwrap_failed(msg, &e),
        }
    }
}

impl<T, E> Result<T, E> {
    /// The error value; panics with the success value's `{:?}` otherwise.
    #[track_caller]
    pub fn unwrap_err(self) -> E
    where
        T: crate::fmt::Debug,
    {
        match self {
            Ok(t) => unwrap_failed("called `Result::unwrap_err()` on an `Ok` value", &t),
            Err(e) => e,
        }
    }

    /// The error value; panics with `msg: {value:?}` otherwise.
    #[track_caller]
    pub fn expect_err(self, msg: &str) -> E
    where
        T: crate::fmt::Debug,
    {
        match self {
            Ok(t) => unwrap_failed(msg, &t),
            Err(e) => e,
        }
    }
}

/// `msg: {value:?}`, as Rust's `Result::unwrap` reports, at the caller's location.
#[cold]
#[inline(never)]
#[track_caller]
fn unwrap_failed<V: crate::fmt::Debug>(msg: &str, value: &V) -> ! {
    crate::panicking::panic_with_debug(msg, value, crate::panic::Location::caller())
}

impl<T: Default, E> Result<T, E> {
    /// The success value or `T::default()`.
    pub fn unwrap_or_default(self) -> T {
        match self {
            Ok(x) => x,
            Err(_) => T::default(),
        }
    }
}

impl<T, E> Result<T, E> {
    /// `&Result<T, E>` to `Result<&T::Target, &E>`: `Result<String, E>` gives `Result<&str, &E>`.
    pub fn as_deref(&self) -> Result<&T::Target, &E>
    where
        T: crate::ops::Deref,
    {
        match *self {
            Ok(ref x) => Ok(x.deref()),
            Err(ref e) => Err(e),
        }
    }

    /// `&mut Result<T, E>` to `Result<&mut T::Target, &mut E>`.
    pub fn as_deref_mut(&mut self) -> Result<&mut T::Target, &mut E>
    where
        T: crate::ops::DerefMut,
    {
        match *self {
            Ok(ref mut x) => Ok(x.deref_mut()),
            Err(ref mut e) => Err(e),
        }
    }

    /// An iterator over the success value (one value or none).
    pub fn iter(&self) -> crate::option::Iter<'_, T> {
        self.as_ref().ok().into_iter_ref()
    }

    /// An iterator over the success value, for writing.
    pub fn iter_mut(&mut self) -> crate::option::IterMut<'_, T> {
        self.as_mut().ok().into_iter_mut()
    }
}

impl<T: Copy, E> Result<&T, E> {
    /// Copies the referenced success value.
    pub fn copied(self) -> Result<T, E> {
        match self {
            Ok(&x) => Ok(x),
            Err(e) => Err(e),
        }
    }
}

impl<T: Copy, E> Result<&mut T, E> {
    /// Copies the referenced success value.
    pub fn copied(self) -> Result<T, E> {
        match self {
            Ok(&mut x) => Ok(x),
            Err(e) => Err(e),
        }
    }
}

impl<T: Clone, E> Result<&T, E> {
    /// Clones the referenced success value.
    pub fn cloned(self) -> Result<T, E> {
        match self {
            Ok(x) => Ok(x.clone()),
            Err(e) => Err(e),
        }
    }
}

impl<T: Clone, E> Result<&mut T, E> {
    /// Clones the referenced success value.
    pub fn cloned(self) -> Result<T, E> {
        match self {
            Ok(x) => Ok(x.clone()),
            Err(e) => Err(e),
        }
    }
}

impl<T, E> Result<Result<T, E>, E> {
    /// Removes one level of nesting.
    pub fn flatten(self) -> Result<T, E> {
        match self {
            Ok(inner) => inner,
            Err(e) => Err(e),
        }
    }
}

impl<T, E> Result<Option<T>, E> {
    /// `Result<Option<T>, E>` to `Option<Result<T, E>>`.
    pub fn transpose(self) -> Option<Result<T, E>> {
        match self {
            Ok(Some(x)) => Some(Ok(x)),
            Ok(None) => None,
            Err(e) => Some(Err(e)),
        }
    }
}

// Methods taking closures.
impl<T, E> Result<T, E> {
    /// Whether this is an `Ok` whose value satisfies `f`.
    pub fn is_ok_and<F: FnOnce(T) -> bool>(self, f: F) -> bool {
        match self {
            Ok(x) => f(x),
            Err(_) => false,
        }
    }

    /// Whether this is an `Err` whose error satisfies `f`.
    pub fn is_err_and<F: FnOnce(E) -> bool>(self, f: F) -> bool {
        match self {
            Ok(_) => false,
            Err(e) => f(e),
        }
    }

    /// Applies `op` to the success value.
    pub fn map<U, F: FnOnce(T) -> U>(self, op: F) -> Result<U, E> {
        match self {
            Ok(t) => Ok(op(t)),
            Err(e) => Err(e),
        }
    }

    /// `f` of the success value, or `default`.
    pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U {
        match self {
            Ok(t) => f(t),
            Err(_) => default,
        }
    }

    /// `f` of the success value, or `default` of the error.
    pub fn map_or_else<U, D: FnOnce(E) -> U, F: FnOnce(T) -> U>(self, default: D, f: F) -> U {
        match self {
            Ok(t) => f(t),
            Err(e) => default(e),
        }
    }

    /// Applies `op` to the error.
    pub fn map_err<F, O: FnOnce(E) -> F>(self, op: O) -> Result<T, F> {
        match self {
            Ok(t) => Ok(t),
            Err(e) => Err(op(e)),
        }
    }

    /// Calls `f` with the success value (for side effects) and returns `self`.
    pub fn inspect<F: FnOnce(&T)>(self, f: F) -> Result<T, E> {
        if let Ok(ref t) = self {
            f(t);
        }
        self
    }

    /// Calls `f` with the error (for side effects) and returns `self`.
    pub fn inspect_err<F: FnOnce(&E)>(self, f: F) -> Result<T, E> {
        if let Err(ref e) = self {
            f(e);
        }
        self
    }

    /// This error, or `op` of the success value (which may fail itself).
    pub fn and_then<U, F: FnOnce(T) -> Result<U, E>>(self, op: F) -> Result<U, E> {
        match self {
            Ok(t) => op(t),
            Err(e) => Err(e),
        }
    }

    /// This success value, or `op` of the error.
    pub fn or_else<F, O: FnOnce(E) -> Result<T, F>>(self, op: O) -> Result<T, F> {
        match self {
            Ok(t) => Ok(t),
            Err(e) => op(e),
        }
    }

    /// The success value, or `op` of the error.
    pub fn unwrap_or_else<F: FnOnce(E) -> T>(self, op: F) -> T {
        match self {
            Ok(t) => t,
            Err(e) => op(e),
        }
    }
}

impl<T, E> crate::iter::IntoIterator for Result<T, E> {
    type Item = T;
    type IntoIter = crate::option::IntoIter<T>;
    /// The success value, if any.
    fn into_iter(self) -> crate::option::IntoIter<T> {
        self.ok().into_iter()
    }
}

impl<'a, T, E> crate::iter::IntoIterator for &'a Result<T, E> {
    type Item = &'a T;
    type IntoIter = crate::option::Iter<'a, T>;
    fn into_iter(self) -> crate::option::Iter<'a, T> {
        self.iter()
    }
}

impl<'a, T, E> crate::iter::IntoIterator for &'a mut Result<T, E> {
    type Item = &'a mut T;
    type IntoIter = crate::option::IterMut<'a, T>;
    fn into_iter(self) -> crate::option::IterMut<'a, T> {
        self.iter_mut()
    }
}

impl<A, E, V: crate::iter::FromIterator<A>> crate::iter::FromIterator<Result<A, E>> for Result<V, E> {
    /// `Ok` of the collected values, or the first `Err` (later values are not read).
    fn from_iter<I: crate::iter::IntoIterator<Item = Result<A, E>>>(iter: I) -> Result<V, E> {
        collect_results(iter.into_iter())
    }
}

impl<T, U, E> crate::iter::Sum<Result<U, E>> for Result<T, E>
where
    T: crate::iter::Sum<U>,
{
    fn sum<I: crate::iter::Iterator<Item = Result<U, E>>>(iter: I) -> Result<T, E> {
        let error = crate::cell::Cell::new(None);
        let shunt: ResultShunt<'_, I, U, E> = ResultShunt { iter, error: &error, item: crate::marker::PhantomData };
        let v: T = crate::iter::Sum::sum(shunt);
        match error.take() {
            Some(e) => Err(e),
            None => Ok(v),
        }
    }
}

impl<T, U, E> crate::iter::Product<Result<U, E>> for Result<T, E>
where
    T: crate::iter::Product<U>,
{
    fn product<I: crate::iter::Iterator<Item = Result<U, E>>>(iter: I) -> Result<T, E> {
        let error = crate::cell::Cell::new(None);
        let shunt: ResultShunt<'_, I, U, E> = ResultShunt { iter, error: &error, item: crate::marker::PhantomData };
        let v: T = crate::iter::Product::product(shunt);
        match error.take() {
            Some(e) => Err(e),
            None => Ok(v),
        }
    }
}

/// `Result<V, E>::from_iter` over an iterator (a separate function so that the shunt's
/// item type comes from a bound on a parameter).
fn collect_results<A, E, V: crate::iter::FromIterator<A>, It: crate::iter::Iterator<Item = Result<A, E>>>(iter: It) -> Result<V, E> {
    let error = crate::cell::Cell::new(None);
    let shunt: ResultShunt<'_, It, A, E> = ResultShunt { iter, error: &error, item: crate::marker::PhantomData };
    let v: V = crate::iter::FromIterator::from_iter(shunt);
    match error.take() {
        Some(e) => Err(e),
        None => Ok(v),
    }
}

/// The values inside an iterator of `Result`s, ending at the first `Err` (kept in `error`).
struct ResultShunt<'a, I, A, E> {
    iter: I,
    /// The first error. A `Cell`: the caller takes it while the collection built from the
    /// shunt is alive.
    error: &'a crate::cell::Cell<Option<E>>,
    item: crate::marker::PhantomData<A>,
}

impl<'a, I, A, E> ResultShunt<'a, I, A, E> {
    fn failed(&self) -> bool {
        let e = self.error.take();
        let failed = e.is_some();
        self.error.set(e);
        failed
    }
}

impl<'a, A, E, I: crate::iter::Iterator<Item = Result<A, E>>> crate::iter::Iterator for ResultShunt<'a, I, A, E> {
    type Item = A;

    fn next(&mut self) -> Option<A> {
        if self.failed() {
            return None;
        }
        match self.iter.next() {
            Some(Ok(x)) => Some(x),
            Some(Err(e)) => {
                self.error.set(Some(e));
                None
            }
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.failed() {
            return (0, Some(0));
        }
        let (_, hi) = self.iter.size_hint();
        (0, hi)
    }
}
