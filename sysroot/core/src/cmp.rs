//! Comparison: `PartialEq`/`Eq` (the `==` and `!=` operators), `PartialOrd`/`Ord` (`<`, `<=`,
//! `>`, `>=`), the `Ordering` they produce, and `min`/`max`.
//!
//! The compiler finds the operators' impls through the `eq` and `partial_ord` lang items.

use crate::clone::Clone;
use crate::marker::Sized;
use crate::option::Option::{self, None, Some};
use self::Ordering::{Equal, Greater, Less};

/// Equality that may be partial (`NaN != NaN` for floats): the `==` and `!=` operators.
#[lang = "eq"]
pub trait PartialEq<Rhs: ?Sized = Self> {
    /// `self == other`.
    fn eq(&self, other: &Rhs) -> bool;

    /// `self != other`.
    #[inline]
    fn ne(&self, other: &Rhs) -> bool {
        !self.eq(other)
    }
}

/// Equality that is an equivalence relation (`a == a` always holds).
pub trait Eq: PartialEq {}

/// The result of comparing two values.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
#[repr(i8)]
pub enum Ordering {
    /// The first value is less than the second.
    Less = -1,
    /// The values are equal.
    Equal = 0,
    /// The first value is greater than the second.
    Greater = 1,
}

impl Ordering {
    /// Whether this is `Equal`.
    #[inline]
    pub const fn is_eq(self) -> bool {
        match self {
            Equal => true,
            _ => false,
        }
    }

    /// Whether this is not `Equal`.
    #[inline]
    pub const fn is_ne(self) -> bool {
        !self.is_eq()
    }

    /// Whether this is `Less`.
    #[inline]
    pub const fn is_lt(self) -> bool {
        match self {
            Less => true,
            _ => false,
        }
    }

    /// Whether this is `Greater`.
    #[inline]
    pub const fn is_gt(self) -> bool {
        match self {
            Greater => true,
            _ => false,
        }
    }

    /// Whether this is `Less` or `Equal`.
    #[inline]
    pub const fn is_le(self) -> bool {
        !self.is_gt()
    }

    /// Whether this is `Greater` or `Equal`.
    #[inline]
    pub const fn is_ge(self) -> bool {
        !self.is_lt()
    }

    /// `Less` and `Greater` swapped.
    #[inline]
    pub const fn reverse(self) -> Ordering {
        match self {
            Less => Greater,
            Equal => Equal,
            Greater => Less,
        }
    }

    /// This ordering, or `other` when this one is `Equal` (lexicographic chaining).
    #[inline]
    pub const fn then(self, other: Ordering) -> Ordering {
        match self {
            Equal => other,
            _ => self,
        }
    }

    /// This ordering, or `f()` when this one is `Equal` (`f` is only called then).
    #[inline]
    pub fn then_with<F: FnOnce() -> Ordering>(self, f: F) -> Ordering {
        match self {
            Equal => f(),
            _ => self,
        }
    }
}

/// An order that may be partial (floats: `NaN` compares with nothing): `<`, `<=`, `>`, `>=`.
#[lang = "partial_ord"]
pub trait PartialOrd<Rhs: ?Sized = Self>: PartialEq<Rhs> {
    /// How `self` compares with `other`, if they are comparable.
    fn partial_cmp(&self, other: &Rhs) -> Option<Ordering>;

    /// `self < other`.
    #[inline]
    fn lt(&self, other: &Rhs) -> bool {
        match self.partial_cmp(other) {
            Some(Less) => true,
            _ => false,
        }
    }

    /// `self <= other`.
    #[inline]
    fn le(&self, other: &Rhs) -> bool {
        match self.partial_cmp(other) {
            Some(Less) | Some(Equal) => true,
            _ => false,
        }
    }

    /// `self > other`.
    #[inline]
    fn gt(&self, other: &Rhs) -> bool {
        match self.partial_cmp(other) {
            Some(Greater) => true,
            _ => false,
        }
    }

    /// `self >= other`.
    #[inline]
    fn ge(&self, other: &Rhs) -> bool {
        match self.partial_cmp(other) {
            Some(Greater) | Some(Equal) => true,
            _ => false,
        }
    }
}

/// A total order.
pub trait Ord: Eq + PartialOrd {
    /// How `self` compares with `other`.
    fn cmp(&self, other: &Self) -> Ordering;

    /// The larger of the two (`other` when they are equal).
    #[inline]
    fn max(self, other: Self) -> Self
    where
        Self: Sized,
    {
        match self.cmp(&other) {
            Greater => self,
            _ => other,
        }
    }

    /// The smaller of the two (`self` when they are equal).
    #[inline]
    fn min(self, other: Self) -> Self
    where
        Self: Sized,
    {
        match self.cmp(&other) {
            Greater => other,
            _ => self,
        }
    }

    /// `self` limited to the range `min..=max`; panics if `min > max`.
    fn clamp(self, min: Self, max: Self) -> Self
    where
        Self: Sized,
    {
        if let Greater = min.cmp(&max) {
            crate::panicking::panic_str("assertion failed: min <= max");
        }
        if let Less = self.cmp(&min) {
            min
        } else if let Greater = self.cmp(&max) {
            max
        } else {
            self
        }
    }
}

/// The smaller of two values (`v1` when they are equal).
#[inline]
pub fn min<T: Ord>(v1: T, v2: T) -> T {
    v1.min(v2)
}

/// The larger of two values (`v2` when they are equal).
#[inline]
pub fn max<T: Ord>(v1: T, v2: T) -> T {
    v1.max(v2)
}

/// The smaller of two values by `compare` (`v1` when they are equal).
#[inline]
pub fn min_by<T, F: FnOnce(&T, &T) -> Ordering>(v1: T, v2: T, compare: F) -> T {
    match compare(&v1, &v2) {
        Greater => v2,
        _ => v1,
    }
}

/// The larger of two values by `compare` (`v2` when they are equal).
#[inline]
pub fn max_by<T, F: FnOnce(&T, &T) -> Ordering>(v1: T, v2: T, compare: F) -> T {
    match compare(&v1, &v2) {
        Greater => v1,
        _ => v2,
    }
}

/// The value with the smaller key (`v1` when the keys are equal).
#[inline]
pub fn min_by_key<T, F: FnMut(&T) -> K, K: Ord>(v1: T, v2: T, mut f: F) -> T {
    let k1 = f(&v1);
    let k2 = f(&v2);
    match k1.cmp(&k2) {
        Greater => v2,
        _ => v1,
    }
}

/// The value with the larger key (`v2` when the keys are equal).
#[inline]
pub fn max_by_key<T, F: FnMut(&T) -> K, K: Ord>(v1: T, v2: T, mut f: F) -> T {
    let k1 = f(&v1);
    let k2 = f(&v2);
    match k1.cmp(&k2) {
        Greater => v1,
        _ => v2,
    }
}

// Primitive impls: the operators on primitives are built into the compiler, so each method
// is the operator itself.

macro_rules! eq_by_operator {
    ($($t:ty)*) => {
        $(
            impl PartialEq for $t {
                #[inline]
                fn eq(&self, other: &$t) -> bool {
                    *self == *other
                }
                #[inline]
                fn ne(&self, other: &$t) -> bool {
                    *self != *other
                }
            }
        )*
    };
}

eq_by_operator! {
    bool char f32 f64
    u8 u16 u32 u64 u128 usize
    i8 i16 i32 i64 i128 isize
}

macro_rules! eq_marker {
    ($($t:ty)*) => {
        $(
            impl Eq for $t {}
        )*
    };
}

eq_marker! {
    () bool char
    u8 u16 u32 u64 u128 usize
    i8 i16 i32 i64 i128 isize
}

// Floats have a partial order: `partial_cmp` is `None` when either side is NaN.
macro_rules! partial_ord_by_operator {
    ($($t:ty)*) => {
        $(
            impl PartialOrd for $t {
                #[inline]
                fn partial_cmp(&self, other: &$t) -> Option<Ordering> {
                    if *self < *other {
                        Some(Less)
                    } else if *self > *other {
                        Some(Greater)
                    } else if *self == *other {
                        Some(Equal)
                    } else {
                        None
                    }
                }
                #[inline]
                fn lt(&self, other: &$t) -> bool {
                    *self < *other
                }
                #[inline]
                fn le(&self, other: &$t) -> bool {
                    *self <= *other
                }
                #[inline]
                fn gt(&self, other: &$t) -> bool {
                    *self > *other
                }
                #[inline]
                fn ge(&self, other: &$t) -> bool {
                    *self >= *other
                }
            }
        )*
    };
}

partial_ord_by_operator! { f32 f64 }

// Totally ordered primitives: `cmp` from the operators, `partial_cmp` from `cmp`.
macro_rules! ord_by_operator {
    ($($t:ty)*) => {
        $(
            impl PartialOrd for $t {
                #[inline]
                fn partial_cmp(&self, other: &$t) -> Option<Ordering> {
                    Some(Ord::cmp(self, other))
                }
                #[inline]
                fn lt(&self, other: &$t) -> bool {
                    *self < *other
                }
                #[inline]
                fn le(&self, other: &$t) -> bool {
                    *self <= *other
                }
                #[inline]
                fn gt(&self, other: &$t) -> bool {
                    *self > *other
                }
                #[inline]
                fn ge(&self, other: &$t) -> bool {
                    *self >= *other
                }
            }

            impl Ord for $t {
                #[inline]
                fn cmp(&self, other: &$t) -> Ordering {
                    if *self < *other {
                        Less
                    } else if *self == *other {
                        Equal
                    } else {
                        Greater
                    }
                }
            }
        )*
    };
}

ord_by_operator! {
    bool char
    u8 u16 u32 u64 u128 usize
    i8 i16 i32 i64 i128 isize
}

impl PartialEq for () {
    #[inline]
    fn eq(&self, _other: &()) -> bool {
        true
    }
}

impl PartialOrd for () {
    #[inline]
    fn partial_cmp(&self, _other: &()) -> Option<Ordering> {
        Some(Equal)
    }
}

impl Ord for () {
    #[inline]
    fn cmp(&self, _other: &()) -> Ordering {
        Equal
    }
}

// References compare the values they point to, across types as the referents do
// (`&String == &str` because `String: PartialEq<str>`).

impl<'a, 'b, A: ?Sized, B: ?Sized> PartialEq<&'b B> for &'a A
where
    A: PartialEq<B>,
{
    #[inline]
    fn eq(&self, other: &&'b B) -> bool {
        PartialEq::eq(*self, *other)
    }
    #[inline]
    fn ne(&self, other: &&'b B) -> bool {
        PartialEq::ne(*self, *other)
    }
}

impl<'a, A: ?Sized + Eq> Eq for &'a A {}

impl<'a, 'b, A: ?Sized, B: ?Sized> PartialOrd<&'b B> for &'a A
where
    A: PartialOrd<B>,
{
    #[inline]
    fn partial_cmp(&self, other: &&'b B) -> Option<Ordering> {
        PartialOrd::partial_cmp(*self, *other)
    }
    #[inline]
    fn lt(&self, other: &&'b B) -> bool {
        PartialOrd::lt(*self, *other)
    }
    #[inline]
    fn le(&self, other: &&'b B) -> bool {
        PartialOrd::le(*self, *other)
    }
    #[inline]
    fn gt(&self, other: &&'b B) -> bool {
        PartialOrd::gt(*self, *other)
    }
    #[inline]
    fn ge(&self, other: &&'b B) -> bool {
        PartialOrd::ge(*self, *other)
    }
}

impl<'a, A: ?Sized + Ord> Ord for &'a A {
    #[inline]
    fn cmp(&self, other: &&'a A) -> Ordering {
        Ord::cmp(*self, *other)
    }
}

impl<'a, 'b, A: ?Sized, B: ?Sized> PartialEq<&'b mut B> for &'a mut A
where
    A: PartialEq<B>,
{
    #[inline]
    fn eq(&self, other: &&'b mut B) -> bool {
        PartialEq::eq(*self, *other)
    }
}

impl<'a, A: ?Sized + Eq> Eq for &'a mut A {}

impl<'a, A: ?Sized + PartialOrd> PartialOrd for &'a mut A {
    #[inline]
    fn partial_cmp(&self, other: &&'a mut A) -> Option<Ordering> {
        PartialOrd::partial_cmp(*self, *other)
    }
}

impl<'a, A: ?Sized + Ord> Ord for &'a mut A {
    #[inline]
    fn cmp(&self, other: &&'a mut A) -> Ordering {
        Ord::cmp(*self, *other)
    }
}

impl<'a, 'b, A: ?Sized, B: ?Sized> PartialEq<&'b mut B> for &'a A
where
    A: PartialEq<B>,
{
    #[inline]
    fn eq(&self, other: &&'b mut B) -> bool {
        PartialEq::eq(*self, *other)
    }
}

impl<'a, 'b, A: ?Sized, B: ?Sized> PartialEq<&'b B> for &'a mut A
where
    A: PartialEq<B>,
{
    #[inline]
    fn eq(&self, other: &&'b B) -> bool {
        PartialEq::eq(*self, *other)
    }
}

// Slices compare element by element, then by length (lexicographic order).

impl<A, B> PartialEq<[B]> for [A]
where
    A: PartialEq<B>,
{
    fn eq(&self, other: &[B]) -> bool {
        let mut a = self;
        let mut b = other;
        loop {
            match (a, b) {
                ([], []) => return true,
                ([x, rest_a @ ..], [y, rest_b @ ..]) => {
                    if !PartialEq::eq(x, y) {
                        return false;
                    }
                    a = rest_a;
                    b = rest_b;
                }
                _ => return false,
            }
        }
    }
}

impl<T: Eq> Eq for [T] {}

impl<T: PartialOrd> PartialOrd for [T] {
    fn partial_cmp(&self, other: &[T]) -> Option<Ordering> {
        slice_partial_cmp(self, other)
    }
}

impl<T: Ord> Ord for [T] {
    fn cmp(&self, other: &[T]) -> Ordering {
        slice_cmp(self, other)
    }
}

/// Lexicographic comparison of slices (arrays compare through it too: it needs only the
/// element bound, where a call of the slice impl also proves its `PartialEq` supertrait).
pub(crate) fn slice_partial_cmp<T: PartialOrd>(a: &[T], b: &[T]) -> Option<Ordering> {
    {
        let mut a = a;
        let mut b = b;
        loop {
            match (a, b) {
                ([], []) => return Some(Equal),
                ([], _) => return Some(Less),
                (_, []) => return Some(Greater),
                ([x, rest_a @ ..], [y, rest_b @ ..]) => {
                    match x.partial_cmp(y) {
                        Some(Equal) => {}
                        non_eq => return non_eq,
                    }
                    a = rest_a;
                    b = rest_b;
                }
            }
        }
    }
}

pub(crate) fn slice_cmp<T: Ord>(a: &[T], b: &[T]) -> Ordering {
    {
        let mut a = a;
        let mut b = b;
        loop {
            match (a, b) {
                ([], []) => return Equal,
                ([], _) => return Less,
                (_, []) => return Greater,
                ([x, rest_a @ ..], [y, rest_b @ ..]) => {
                    match x.cmp(y) {
                        Equal => {}
                        non_eq => return non_eq,
                    }
                    a = rest_a;
                    b = rest_b;
                }
            }
        }
    }
}

// Strings compare as their UTF-8 bytes (which orders them by code point).

/// The bytes of a string: `&str` and `&[u8]` are the same (address, length) pair.
fn str_bytes(s: &str) -> &[u8] {
    unsafe { &*(s as *const str as *const [u8]) }
}

impl PartialEq for str {
    #[inline]
    fn eq(&self, other: &str) -> bool {
        str_bytes(self) == str_bytes(other)
    }
}

impl Eq for str {}

impl PartialOrd for str {
    #[inline]
    fn partial_cmp(&self, other: &str) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for str {
    #[inline]
    fn cmp(&self, other: &str) -> Ordering {
        str_bytes(self).cmp(str_bytes(other))
    }
}

// Tuples compare lexicographically: the first unequal pair of fields decides.

macro_rules! tuple_cmp {
    ($(($($T:ident $i:tt),+))+) => {
        $(
            impl<$($T: PartialEq),+> PartialEq for ($($T,)+) {
                #[inline]
                fn eq(&self, other: &($($T,)+)) -> bool {
                    $(self.$i == other.$i)&&+
                }
            }

            impl<$($T: Eq),+> Eq for ($($T,)+) {}

            impl<$($T: PartialOrd),+> PartialOrd for ($($T,)+) {
                fn partial_cmp(&self, other: &($($T,)+)) -> Option<Ordering> {
                    $(
                        match self.$i.partial_cmp(&other.$i) {
                            Some(Equal) => {}
                            non_eq => return non_eq,
                        }
                    )+
                    Some(Equal)
                }
            }

            impl<$($T: Ord),+> Ord for ($($T,)+) {
                fn cmp(&self, other: &($($T,)+)) -> Ordering {
                    $(
                        match self.$i.cmp(&other.$i) {
                            Equal => {}
                            non_eq => return non_eq,
                        }
                    )+
                    Equal
                }
            }
        )+
    };
}

tuple_cmp! {
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
    (A 0, B 1, C 2, D 3, E 4)
    (A 0, B 1, C 2, D 3, E 4, F 5)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11)
}

/// Wraps a value to order it the other way round: `Reverse(a) < Reverse(b)` when `a > b`
/// (a min-heap from `BinaryHeap`, a descending sort key).
#[derive(PartialEq, Eq, Debug, Copy, Clone, Default, Hash)]
#[repr(transparent)]
pub struct Reverse<T>(pub T);

impl<T: PartialOrd> PartialOrd for Reverse<T> {
    #[inline]
    fn partial_cmp(&self, other: &Reverse<T>) -> Option<Ordering> {
        other.0.partial_cmp(&self.0)
    }
    #[inline]
    fn lt(&self, other: &Reverse<T>) -> bool {
        other.0 < self.0
    }
    #[inline]
    fn le(&self, other: &Reverse<T>) -> bool {
        other.0 <= self.0
    }
    #[inline]
    fn gt(&self, other: &Reverse<T>) -> bool {
        other.0 > self.0
    }
    #[inline]
    fn ge(&self, other: &Reverse<T>) -> bool {
        other.0 >= self.0
    }
}

impl<T: Ord> Ord for Reverse<T> {
    #[inline]
    fn cmp(&self, other: &Reverse<T>) -> Ordering {
        other.0.cmp(&self.0)
    }
}
