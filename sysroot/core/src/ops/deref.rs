//! `*value` for types that are not references or raw pointers (smart pointers), and the
//! autoderef that method calls and field accesses do through them.

/// `*value` in a shared place.
#[lang = "deref"]
pub trait Deref {
    /// The type `*value` has.
    #[lang = "deref_target"]
    type Target;
    fn deref(&self) -> &Self::Target;
}

/// `*value` in a mutable place.
#[lang = "deref_mut"]
pub trait DerefMut: Deref {
    fn deref_mut(&mut self) -> &mut Self::Target;
}
