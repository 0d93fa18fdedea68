//! The `Drop` trait: code that runs when a value goes out of scope.

/// Custom code run by the compiler's drop glue before the fields of a value are dropped.
/// The compiler calls `drop` exactly once per value; user code cannot call it directly.
#[lang = "drop"]
pub trait Drop {
    fn drop(&mut self);
}
