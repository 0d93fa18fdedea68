//! Marker traits the compiler knows by their lang items.

/// Types with a size known at compile time.
#[lang = "sized"]
pub trait Sized {}

/// Types whose values are duplicated by copying bits.
#[lang = "copy"]
pub trait Copy {}

/// Types that can be unsized to `T`: `[U; N]: Unsize<[U]>`, and `U: Unsize<dyn Trait>` when
/// `U: Trait`. The compiler implements it; `CoerceUnsized` impls are bounded by it.
#[lang = "unsize"]
pub trait Unsize<T: ?Sized> {}
