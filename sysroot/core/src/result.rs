//! Error handling: `Result<T, E>` is either a success `Ok(T)` or a failure `Err(E)`.
//!
//! The compiler knows the variants by their lang items (`Ok`, `Err`).

/// The outcome of an operation that can fail.
#[derive(Clone, Copy, PartialEq, PartialOrd, Eq, Ord, Debug, Hash)]
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
