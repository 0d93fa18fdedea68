//! `ToOwned`: the owned form of a borrowed value (`str` to `String`, `[T]` to `Vec<T>`,
//! any `Clone` type to itself), what `x.to_owned()` and `Cow` use.

use core::borrow::Borrow;
use crate::string::String;
use crate::vec::Vec;

/// A borrowed value that can be turned into an owned one.
pub trait ToOwned {
    /// The owned type, which borrows back as `Self`.
    type Owned: Borrow<Self>;

    /// An owned copy of the value.
    #[must_use = "cloning is often expensive and is not expected to have side effects"]
    fn to_owned(&self) -> Self::Owned;

    /// Overwrites `target` with an owned copy of the value.
    fn clone_into(&self, target: &mut Self::Owned) {
        *target = self.to_owned();
    }
}

impl<T: Clone> ToOwned for T {
    type Owned = T;
    fn to_owned(&self) -> T {
        self.clone()
    }
}

impl ToOwned for str {
    type Owned = String;
    fn to_owned(&self) -> String {
        let mut s = String::with_capacity(self.len());
        s.push_str(self);
        s
    }
}

impl<T: Clone> ToOwned for [T] {
    type Owned = Vec<T>;
    fn to_owned(&self) -> Vec<T> {
        self.to_vec()
    }
}
