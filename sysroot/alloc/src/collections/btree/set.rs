//! `BTreeSet<T>`: an ordered set, a `BTreeMap<T, ()>`. The set operations are lazy
//! iterators merging the two sets' sorted sequences.

use core::borrow::Borrow;
use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::iter::{DoubleEndedIterator, ExactSizeIterator, Extend, FromIterator, IntoIterator, Iterator};
use core::ops::{BitAnd, BitOr, BitXor, RangeBounds, Sub};

use super::map::{self, BTreeMap};
use crate::vec::Vec;

pub struct BTreeSet<T> {
    map: BTreeMap<T, ()>,
}

impl<T> BTreeSet<T> {
    pub const fn new() -> BTreeSet<T> {
        BTreeSet { map: BTreeMap::new() }
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub fn clear(&mut self) {
        self.map.clear();
    }

    pub fn iter(&self) -> Iter<'_, T> {
        Iter { inner: self.map.keys() }
    }

    pub fn first(&self) -> Option<&T> {
        self.map.first_key_value().map(|(k, _)| k)
    }

    pub fn last(&self) -> Option<&T> {
        self.map.last_key_value().map(|(k, _)| k)
    }

    pub fn pop_first(&mut self) -> Option<T> {
        self.map.pop_first().map(|(k, _)| k)
    }

    pub fn pop_last(&mut self) -> Option<T> {
        self.map.pop_last().map(|(k, _)| k)
    }
}

impl<T: Ord> BTreeSet<T> {
    /// Adds `value`; false (and the set unchanged) if an equal value is already there.
    pub fn insert(&mut self, value: T) -> bool {
        match self.map.entry(value) {
            map::Entry::Occupied(_) => false,
            map::Entry::Vacant(e) => {
                e.insert(());
                true
            }
        }
    }

    /// Adds `value`, replacing and returning an equal value already there.
    pub fn replace(&mut self, value: T) -> Option<T> {
        let old = self.map.remove_entry(&value).map(|(k, _)| k);
        self.map.insert(value, ());
        old
    }

    pub fn contains<Q: ?Sized + Ord>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.map.contains_key(value)
    }

    pub fn get<Q: ?Sized + Ord>(&self, value: &Q) -> Option<&T>
    where
        T: Borrow<Q>,
    {
        self.map.get_key_value(value).map(|(k, _)| k)
    }

    pub fn remove<Q: ?Sized + Ord>(&mut self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.map.remove(value).is_some()
    }

    pub fn take<Q: ?Sized + Ord>(&mut self, value: &Q) -> Option<T>
    where
        T: Borrow<Q>,
    {
        self.map.remove_entry(value).map(|(k, _)| k)
    }

    pub fn range<Q: ?Sized + Ord, R: RangeBounds<Q>>(&self, range: R) -> Range<'_, T>
    where
        T: Borrow<Q>,
    {
        // Q is spelled out: tsrustc does not infer it from the `T: Borrow<Q>` bound in scope.
        Range { inner: self.map.range_of::<Q, R>(range, "BTreeSet") }
    }

    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut keep: F) {
        self.map.retain(|k, _| keep(k));
    }

    pub fn append(&mut self, other: &mut BTreeSet<T>) {
        self.map.append(&mut other.map);
    }

    pub fn split_off<Q: ?Sized + Ord>(&mut self, value: &Q) -> BTreeSet<T>
    where
        T: Borrow<Q>,
    {
        BTreeSet { map: self.map.split_off(value) }
    }

    /// The values in `self` or `other`, in order, each once.
    pub fn union<'a>(&'a self, other: &'a BTreeSet<T>) -> Union<'a, T> {
        Union { a: Merge::new(self.iter(), other.iter()) }
    }

    /// The values in both sets, in order.
    pub fn intersection<'a>(&'a self, other: &'a BTreeSet<T>) -> Intersection<'a, T> {
        Intersection { a: Merge::new(self.iter(), other.iter()) }
    }

    /// The values in `self` but not in `other`, in order.
    pub fn difference<'a>(&'a self, other: &'a BTreeSet<T>) -> Difference<'a, T> {
        Difference { a: Merge::new(self.iter(), other.iter()) }
    }

    /// The values in exactly one of the sets, in order.
    pub fn symmetric_difference<'a>(&'a self, other: &'a BTreeSet<T>) -> SymmetricDifference<'a, T> {
        SymmetricDifference { a: Merge::new(self.iter(), other.iter()) }
    }

    pub fn is_disjoint(&self, other: &BTreeSet<T>) -> bool {
        self.intersection(other).next().is_none()
    }

    pub fn is_subset(&self, other: &BTreeSet<T>) -> bool {
        self.len() <= other.len() && self.difference(other).next().is_none()
    }

    pub fn is_superset(&self, other: &BTreeSet<T>) -> bool {
        other.is_subset(self)
    }
}

/// Two sorted iterators read in step: `step` yields the smaller front value, marking from
/// which side(s) it came.
struct Merge<'a, T> {
    a: Iter<'a, T>,
    b: Iter<'a, T>,
    peek_a: Option<&'a T>,
    peek_b: Option<&'a T>,
}

enum Side<'a, T> {
    A(&'a T),
    B(&'a T),
    Both(&'a T),
}

impl<'a, T: Ord> Merge<'a, T> {
    fn new(mut a: Iter<'a, T>, mut b: Iter<'a, T>) -> Merge<'a, T> {
        let peek_a = a.next();
        let peek_b = b.next();
        Merge { a, b, peek_a, peek_b }
    }

    fn step(&mut self) -> Option<Side<'a, T>> {
        let order = match (self.peek_a, self.peek_b) {
            (None, None) => return None,
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (Some(x), Some(y)) => x.cmp(y),
        };
        match order {
            Ordering::Less => {
                let x = self.peek_a.unwrap();
                self.peek_a = self.a.next();
                Some(Side::A(x))
            }
            Ordering::Greater => {
                let y = self.peek_b.unwrap();
                self.peek_b = self.b.next();
                Some(Side::B(y))
            }
            Ordering::Equal => {
                let x = self.peek_a.unwrap();
                self.peek_a = self.a.next();
                self.peek_b = self.b.next();
                Some(Side::Both(x))
            }
        }
    }

    /// How many values are left on each side.
    fn left(&self) -> (usize, usize) {
        let a = self.a.len() + if self.peek_a.is_some() { 1 } else { 0 };
        let b = self.b.len() + if self.peek_b.is_some() { 1 } else { 0 };
        (a, b)
    }
}

impl<'a, T> Clone for Merge<'a, T> {
    fn clone(&self) -> Merge<'a, T> {
        Merge { a: self.a.clone(), b: self.b.clone(), peek_a: self.peek_a, peek_b: self.peek_b }
    }
}

pub struct Union<'a, T> {
    a: Merge<'a, T>,
}

impl<'a, T: Ord> Iterator for Union<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        match self.a.step()? {
            Side::A(x) | Side::B(x) | Side::Both(x) => Some(x),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (a, b) = self.a.left();
        (if a > b { a } else { b }, Some(a + b))
    }
}

impl<'a, T> Clone for Union<'a, T> {
    fn clone(&self) -> Union<'a, T> {
        Union { a: self.a.clone() }
    }
}

pub struct Intersection<'a, T> {
    a: Merge<'a, T>,
}

impl<'a, T: Ord> Iterator for Intersection<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        loop {
            if let Side::Both(x) = self.a.step()? {
                return Some(x);
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (a, b) = self.a.left();
        (0, Some(if a < b { a } else { b }))
    }
}

impl<'a, T> Clone for Intersection<'a, T> {
    fn clone(&self) -> Intersection<'a, T> {
        Intersection { a: self.a.clone() }
    }
}

pub struct Difference<'a, T> {
    a: Merge<'a, T>,
}

impl<'a, T: Ord> Iterator for Difference<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        loop {
            if self.a.peek_a.is_none() {
                return None;
            }
            if let Side::A(x) = self.a.step()? {
                return Some(x);
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (a, _) = self.a.left();
        (0, Some(a))
    }
}

impl<'a, T> Clone for Difference<'a, T> {
    fn clone(&self) -> Difference<'a, T> {
        Difference { a: self.a.clone() }
    }
}

pub struct SymmetricDifference<'a, T> {
    a: Merge<'a, T>,
}

impl<'a, T: Ord> Iterator for SymmetricDifference<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        loop {
            match self.a.step()? {
                Side::A(x) | Side::B(x) => return Some(x),
                Side::Both(_) => {}
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (a, b) = self.a.left();
        (0, Some(a + b))
    }
}

impl<'a, T> Clone for SymmetricDifference<'a, T> {
    fn clone(&self) -> SymmetricDifference<'a, T> {
        SymmetricDifference { a: self.a.clone() }
    }
}

impl<T: Clone> Clone for BTreeSet<T> {
    fn clone(&self) -> BTreeSet<T> {
        BTreeSet { map: self.map.clone() }
    }
}

impl<T: fmt::Debug> fmt::Debug for BTreeSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = f.debug_set();
        for v in self.iter() {
            s.entry(v);
        }
        s.finish()
    }
}

impl<T: PartialEq> PartialEq for BTreeSet<T> {
    fn eq(&self, other: &BTreeSet<T>) -> bool {
        self.map == other.map
    }
}

impl<T: Eq> Eq for BTreeSet<T> {}

impl<T: PartialOrd> PartialOrd for BTreeSet<T> {
    fn partial_cmp(&self, other: &BTreeSet<T>) -> Option<Ordering> {
        self.map.partial_cmp(&other.map)
    }
}

impl<T: Ord> Ord for BTreeSet<T> {
    fn cmp(&self, other: &BTreeSet<T>) -> Ordering {
        self.map.cmp(&other.map)
    }
}

impl<T: Hash> Hash for BTreeSet<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_usize(self.len());
        for v in self.iter() {
            v.hash(state);
        }
    }
}

impl<T> Default for BTreeSet<T> {
    fn default() -> BTreeSet<T> {
        BTreeSet::new()
    }
}

impl<T: Ord> Extend<T> for BTreeSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for v in iter {
            self.insert(v);
        }
    }
}

impl<'a, T: 'a + Ord + Copy> Extend<&'a T> for BTreeSet<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        for v in iter {
            self.insert(*v);
        }
    }
}

impl<T: Ord> FromIterator<T> for BTreeSet<T> {
    /// Sorts the values and builds the tree from the left; of equal values the last stays.
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> BTreeSet<T> {
        let mut entries = Vec::new();
        for v in iter {
            entries.push((v, ()));
        }
        BTreeSet { map: BTreeMap::from_entries(entries) }
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for BTreeSet<T> {
    /// A set of the array's values.
    fn from(arr: [T; N]) -> BTreeSet<T> {
        let mut set = BTreeSet::new();
        set.extend(arr);
        set
    }
}

impl<'a, 'b, T: Ord + Clone> BitOr<&'b BTreeSet<T>> for &'a BTreeSet<T> {
    type Output = BTreeSet<T>;

    fn bitor(self, rhs: &'b BTreeSet<T>) -> BTreeSet<T> {
        self.union(rhs).cloned().collect()
    }
}

impl<'a, 'b, T: Ord + Clone> BitAnd<&'b BTreeSet<T>> for &'a BTreeSet<T> {
    type Output = BTreeSet<T>;

    fn bitand(self, rhs: &'b BTreeSet<T>) -> BTreeSet<T> {
        self.intersection(rhs).cloned().collect()
    }
}

impl<'a, 'b, T: Ord + Clone> Sub<&'b BTreeSet<T>> for &'a BTreeSet<T> {
    type Output = BTreeSet<T>;

    fn sub(self, rhs: &'b BTreeSet<T>) -> BTreeSet<T> {
        self.difference(rhs).cloned().collect()
    }
}

impl<'a, 'b, T: Ord + Clone> BitXor<&'b BTreeSet<T>> for &'a BTreeSet<T> {
    type Output = BTreeSet<T>;

    fn bitxor(self, rhs: &'b BTreeSet<T>) -> BTreeSet<T> {
        self.symmetric_difference(rhs).cloned().collect()
    }
}

impl<'a, T> IntoIterator for &'a BTreeSet<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<T> IntoIterator for BTreeSet<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;

    fn into_iter(self) -> IntoIter<T> {
        IntoIter { inner: self.map.into_keys() }
    }
}

pub struct Iter<'a, T> {
    inner: map::Keys<'a, T, ()>,
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        self.inner.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> {
        self.inner.next_back()
    }
}

impl<'a, T> ExactSizeIterator for Iter<'a, T> {}

impl<'a, T> Clone for Iter<'a, T> {
    fn clone(&self) -> Iter<'a, T> {
        Iter { inner: self.inner.clone() }
    }
}

pub struct IntoIter<T> {
    inner: map::IntoKeys<T, ()>,
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.inner.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<T> DoubleEndedIterator for IntoIter<T> {
    fn next_back(&mut self) -> Option<T> {
        self.inner.next_back()
    }
}

impl<T> ExactSizeIterator for IntoIter<T> {}

pub struct Range<'a, T> {
    inner: map::Range<'a, T, ()>,
}

impl<'a, T> Iterator for Range<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        self.inner.next().map(|(k, _)| k)
    }
}

impl<'a, T> DoubleEndedIterator for Range<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> {
        self.inner.next_back().map(|(k, _)| k)
    }
}

impl<'a, T> Clone for Range<'a, T> {
    fn clone(&self) -> Range<'a, T> {
        Range { inner: self.inner.clone() }
    }
}
