//! Optional values: `Option<T>` is either `Some(value)` or `None`.
//!
//! The compiler knows the variants by their lang items (`Some`, `None`), which `?`, `for`
//! loops and `while let` desugarings name.

use crate::result::Result::{self, Err, Ok};
use crate::marker::Copy;
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
