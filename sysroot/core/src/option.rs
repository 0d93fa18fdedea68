//! Optional values: `Option<T>` is either `Some(value)` or `None`.
//!
//! The compiler knows the variants by their lang items (`Some`, `None`), which `?`, `for`
//! loops and `while let` desugarings name.

/// An optional value.
pub enum Option<T> {
    /// No value.
    #[lang = "None"]
    None,
    /// Some value of type `T`.
    #[lang = "Some"]
    Some(T),
}
