//! The traits behind the `?` operator. `expr?` is, as rustc lowers it,
//!
//! ```text
//! match Try::branch(expr) {
//!     ControlFlow::Continue(v) => v,
//!     ControlFlow::Break(r) => return FromResidual::from_residual(r),
//! }
//! ```
//!
//! with every name a lang item. `Option` and `Result` implement them below.

use crate::convert::{From, Infallible};
use crate::ops::ControlFlow;

/// Types `?` works on: they split into an output (go on) or a residual (return early).
#[lang = "Try"]
pub trait Try: FromResidual<Self::Residual> {
    /// What `?` produces when it goes on.
    type Output;
    /// What `?` hands to the function's return type when it exits early.
    type Residual;

    /// Wraps an output back into this type (`try` blocks' final value).
    #[lang = "from_output"]
    fn from_output(output: Self::Output) -> Self;

    /// Goes on with the output, or breaks with the residual.
    #[lang = "branch"]
    fn branch(self) -> ControlFlow<Self::Residual, Self::Output>;
}

/// Types a function may return for `?` to exit with residual `R`.
#[lang = "FromResidual"]
pub trait FromResidual<R> {
    /// Builds the early return value from the residual.
    #[lang = "from_residual"]
    fn from_residual(residual: R) -> Self;
}

impl<T> Try for Option<T> {
    type Output = T;
    type Residual = Option<Infallible>;

    #[inline]
    fn from_output(output: T) -> Option<T> {
        Some(output)
    }

    #[inline]
    fn branch(self) -> ControlFlow<Option<Infallible>, T> {
        match self {
            Some(v) => ControlFlow::Continue(v),
            None => ControlFlow::Break(None),
        }
    }
}

impl<T> FromResidual<Option<Infallible>> for Option<T> {
    #[inline]
    fn from_residual(_residual: Option<Infallible>) -> Option<T> {
        None
    }
}

impl<T, E> Try for Result<T, E> {
    type Output = T;
    type Residual = Result<Infallible, E>;

    #[inline]
    fn from_output(output: T) -> Result<T, E> {
        Ok(output)
    }

    #[inline]
    fn branch(self) -> ControlFlow<Result<Infallible, E>, T> {
        match self {
            Ok(v) => ControlFlow::Continue(v),
            Err(e) => ControlFlow::Break(Err(e)),
        }
    }
}

/// `?` on a `Result<_, E>` in a function returning `Result<_, F>` converts the error with
/// `From` (`impl From<io::Error> for MyError` makes `?` on io results work).
impl<T, E, F: From<E>> FromResidual<Result<Infallible, E>> for Result<T, F> {
    #[inline]
    fn from_residual(residual: Result<Infallible, E>) -> Result<T, F> {
        match residual {
            Err(e) => Err(From::from(e)),
            // Unreachable (Infallible has no values); kept for compilers without empty-type patterns.
            #[allow(unreachable_patterns)]
            Ok(never) => match never {},
        }
    }
}
