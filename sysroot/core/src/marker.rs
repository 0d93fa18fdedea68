//! Marker traits the compiler knows by their lang items.

/// Types with a size known at compile time.
#[lang = "sized"]
pub trait Sized {}

/// Types whose values are duplicated by copying bits.
#[lang = "copy"]
pub trait Copy {}
