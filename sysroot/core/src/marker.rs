//! Marker traits the compiler knows by their lang items.

/// Types with a size known at compile time.
#[lang = "sized"]
pub trait Sized {}

/// Types whose values are duplicated by copying bits.
#[lang = "copy"]
pub trait Copy {}

/// Types whose values can be moved to another thread. An auto trait: tsrustc's typeck does
/// not derive it structurally yet and takes it to hold for every type (see
/// src/middle/builtin-impls.ts), so programs rustc accepts compile; `unsafe impl Send` is
/// accepted and changes nothing.
#[lang = "send"]
pub unsafe auto trait Send {}

/// Types whose shared references can be sent to another thread (`&T: Send`). An auto
/// trait, held by every type for now, as `Send`.
#[lang = "sync"]
pub unsafe auto trait Sync {}

/// Types that can be unsized to `T`: `[U; N]: Unsize<[U]>`, and `U: Unsize<dyn Trait>` when
/// `U: Trait`. The compiler implements it; `CoerceUnsized` impls are bounded by it.
#[lang = "unsize"]
pub trait Unsize<T: ?Sized> {}

/// A field of size zero that makes a type act as though it held a `T` (for lifetimes and
/// type parameters only raw pointers use otherwise).
#[lang = "phantom_data"]
pub struct PhantomData<T: ?Sized>;

impl<T: ?Sized> Copy for PhantomData<T> {}

impl<T: ?Sized> crate::clone::Clone for PhantomData<T> {
    #[inline]
    fn clone(&self) -> PhantomData<T> {
        PhantomData
    }
}

impl<T: ?Sized> crate::default::Default for PhantomData<T> {
    #[inline]
    fn default() -> PhantomData<T> {
        PhantomData
    }
}

impl<T: ?Sized> crate::cmp::PartialEq for PhantomData<T> {
    #[inline]
    fn eq(&self, _other: &PhantomData<T>) -> bool {
        true
    }
}

impl<T: ?Sized> crate::cmp::Eq for PhantomData<T> {}

impl<T: ?Sized> crate::cmp::PartialOrd for PhantomData<T> {
    #[inline]
    fn partial_cmp(&self, _other: &PhantomData<T>) -> Option<crate::cmp::Ordering> {
        Some(crate::cmp::Ordering::Equal)
    }
}

impl<T: ?Sized> crate::cmp::Ord for PhantomData<T> {
    #[inline]
    fn cmp(&self, _other: &PhantomData<T>) -> crate::cmp::Ordering {
        crate::cmp::Ordering::Equal
    }
}

impl<T: ?Sized> crate::hash::Hash for PhantomData<T> {
    #[inline]
    fn hash<H: crate::hash::Hasher>(&self, _state: &mut H) {}
}
