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
