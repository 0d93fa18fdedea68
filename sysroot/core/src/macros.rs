//! Macros core exports to every crate (std re-exports them into its prelude).

/// Whether `$expression` matches `$pattern` (and the guard holds): `true` or `false`.
#[macro_export]
macro_rules! matches {
    ($expression:expr, $pattern:pat $(if $guard:expr)? $(,)?) => {
        match $expression {
            $pattern $(if $guard)? => true,
            _ => false,
        }
    };
}
