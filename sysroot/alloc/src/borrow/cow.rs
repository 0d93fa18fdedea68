//! `Cow`: a clone-on-write smart pointer, either borrowing a value or owning its `ToOwned`
//! form (`Cow<str>` is a `&str` or a `String`).

use core::borrow::Borrow;
use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::ops::{Add, AddAssign, Deref};
use crate::string::String;
use crate::vec::Vec;
use super::ToOwned;

/// A borrowed value, or its owned form once it has been written to.
pub enum Cow<'a, B: ?Sized + ToOwned + 'a> {
    /// Borrowed data.
    Borrowed(&'a B),
    /// Owned data.
    Owned(<B as ToOwned>::Owned),
}

pub use self::Cow::{Borrowed, Owned};

impl<'a, B: ?Sized + ToOwned> Cow<'a, B> {
    /// The owned data for writing, first cloning borrowed data into an owned value.
    pub fn to_mut(&mut self) -> &mut <B as ToOwned>::Owned {
        if let Borrowed(borrowed) = *self {
            *self = Owned(borrowed.to_owned());
        }
        match *self {
            Borrowed(_) => unreachable!(),
            Owned(ref mut owned) => owned,
        }
    }

    /// The owned data, cloning it if it is borrowed.
    pub fn into_owned(self) -> <B as ToOwned>::Owned {
        match self {
            Borrowed(borrowed) => borrowed.to_owned(),
            Owned(owned) => owned,
        }
    }

    fn view(&self) -> &B {
        match *self {
            Borrowed(borrowed) => borrowed,
            Owned(ref owned) => owned.borrow(),
        }
    }
}

impl<'a, B: ?Sized + ToOwned> Deref for Cow<'a, B> {
    type Target = B;
    fn deref(&self) -> &B {
        self.view()
    }
}

impl<'a, B: ?Sized + ToOwned> Clone for Cow<'a, B> {
    fn clone(&self) -> Cow<'a, B> {
        match *self {
            Borrowed(b) => Borrowed(b),
            Owned(ref o) => {
                let b: &B = o.borrow();
                Owned(b.to_owned())
            }
        }
    }
}

impl<'a, B: ?Sized + ToOwned> Borrow<B> for Cow<'a, B> {
    fn borrow(&self) -> &B {
        self.view()
    }
}

impl<'a, T: ?Sized + ToOwned> AsRef<T> for Cow<'a, T> {
    fn as_ref(&self) -> &T {
        self.view()
    }
}

// Formatting goes through the borrowed form, which the owned form borrows as: the same
// text as rustc's impls (which format the owned value itself).
impl<'a, B: ?Sized + ToOwned + fmt::Display> fmt::Display for Cow<'a, B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.view(), f)
    }
}

impl<'a, B: ?Sized + ToOwned + fmt::Debug> fmt::Debug for Cow<'a, B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.view(), f)
    }
}

impl<'a, 'b, B: ?Sized, C: ?Sized> PartialEq<Cow<'b, C>> for Cow<'a, B>
where
    B: PartialEq<C> + ToOwned,
    C: ToOwned,
{
    #[inline]
    fn eq(&self, other: &Cow<'b, C>) -> bool {
        PartialEq::eq(self.view(), other.view())
    }
}

impl<'a, B: ?Sized + Eq + ToOwned> Eq for Cow<'a, B> {}

impl<'a, B: ?Sized + PartialOrd + ToOwned> PartialOrd for Cow<'a, B> {
    #[inline]
    fn partial_cmp(&self, other: &Cow<'a, B>) -> Option<Ordering> {
        PartialOrd::partial_cmp(self.view(), other.view())
    }
}

impl<'a, B: ?Sized + Ord + ToOwned> Ord for Cow<'a, B> {
    #[inline]
    fn cmp(&self, other: &Cow<'a, B>) -> Ordering {
        Ord::cmp(self.view(), other.view())
    }
}

impl<'a, B: ?Sized + Hash + ToOwned> Hash for Cow<'a, B> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        Hash::hash(self.view(), state)
    }
}

// Conversions into and out of `Cow<str>` and `Cow<[T]>`.

impl<'a> From<&'a str> for Cow<'a, str> {
    fn from(s: &'a str) -> Cow<'a, str> {
        Borrowed(s)
    }
}

impl<'a> From<String> for Cow<'a, str> {
    fn from(s: String) -> Cow<'a, str> {
        Owned(s)
    }
}

impl<'a> From<&'a String> for Cow<'a, str> {
    fn from(s: &'a String) -> Cow<'a, str> {
        Borrowed(s.as_str())
    }
}

impl<'a> From<Cow<'a, str>> for String {
    fn from(s: Cow<'a, str>) -> String {
        s.into_owned()
    }
}

impl<'a, T: Clone> From<&'a [T]> for Cow<'a, [T]> {
    fn from(s: &'a [T]) -> Cow<'a, [T]> {
        Borrowed(s)
    }
}

impl<'a, T: Clone> From<Vec<T>> for Cow<'a, [T]> {
    fn from(v: Vec<T>) -> Cow<'a, [T]> {
        Owned(v)
    }
}

impl<'a, T: Clone> From<&'a Vec<T>> for Cow<'a, [T]> {
    fn from(v: &'a Vec<T>) -> Cow<'a, [T]> {
        Borrowed(v.as_slice())
    }
}

impl<'a> Add<&'a str> for Cow<'a, str> {
    type Output = Cow<'a, str>;
    fn add(mut self, rhs: &'a str) -> Cow<'a, str> {
        self += rhs;
        self
    }
}

impl<'a> AddAssign<&'a str> for Cow<'a, str> {
    fn add_assign(&mut self, rhs: &'a str) {
        if self.view().is_empty() {
            *self = Borrowed(rhs);
        } else if !rhs.is_empty() {
            self.to_mut().push_str(rhs);
        }
    }
}

impl<'a> FromIterator<char> for Cow<'a, str> {
    fn from_iter<I: IntoIterator<Item = char>>(it: I) -> Cow<'a, str> {
        Owned(FromIterator::from_iter(it))
    }
}

impl<'a, T: Clone> FromIterator<T> for Cow<'a, [T]> {
    fn from_iter<I: IntoIterator<Item = T>>(it: I) -> Cow<'a, [T]> {
        Owned(FromIterator::from_iter(it))
    }
}
