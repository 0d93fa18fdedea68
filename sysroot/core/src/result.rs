//! Error handling: `Result<T, E>` is either a success `Ok(T)` or a failure `Err(E)`.
//!
//! The compiler knows the variants by their lang items (`Ok`, `Err`).

/// The outcome of an operation that can fail.
pub enum Result<T, E> {
    /// The success value.
    #[lang = "Ok"]
    Ok(T),
    /// The error value.
    #[lang = "Err"]
    Err(E),
}
