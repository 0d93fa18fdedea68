//! `container[index]`: the compiler calls `Index::index` (or `IndexMut::index_mut` in a
//! mutable place) for types that are not arrays or slices, and dereferences the result.

/// `container[index]` in a shared place.
#[lang = "index"]
pub trait Index<Idx> {
    /// The type of the element.
    type Output;
    fn index(&self, index: Idx) -> &Self::Output;
}

/// `container[index]` in a mutable place.
#[lang = "index_mut"]
pub trait IndexMut<Idx>: Index<Idx> {
    fn index_mut(&mut self, index: Idx) -> &mut Self::Output;
}
