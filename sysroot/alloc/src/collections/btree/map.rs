//! `BTreeMap<K, V>`: an ordered map in a B-tree (see `node.rs` for the layout). Iteration
//! yields the entries in key order from both ends; `range` walks a slice of the keys.

use core::borrow::Borrow;
use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::iter::{DoubleEndedIterator, ExactSizeIterator, Extend, FromIterator, IntoIterator, Iterator};
use core::marker::PhantomData;
use core::mem;
use core::ops::{Index, RangeBounds};
use core::ptr;

use super::navigate::{first_edge, free_path, last_edge, next_back_kv, next_back_kv_freeing, next_kv, next_kv_freeing, Edge, Kv};
use super::node::{self, clone_subtree, drop_subtree, key, val, Node, Root};
use super::search::{range_edges, search, Search};
use crate::vec::Vec;

pub use super::entry::{Entry, OccupiedEntry, VacantEntry};

pub struct BTreeMap<K, V> {
    pub(super) root: Root<K, V>,
    pub(super) length: usize,
}

impl<K, V> BTreeMap<K, V> {
    pub const fn new() -> BTreeMap<K, V> {
        BTreeMap { root: Root::empty(), length: 0 }
    }

    pub fn len(&self) -> usize {
        self.length
    }

    pub fn is_empty(&self) -> bool {
        self.length == 0
    }

    pub fn clear(&mut self) {
        drop(mem::replace(self, BTreeMap::new()));
    }

    fn full_range(&self) -> (Edge<K, V>, Edge<K, V>) {
        unsafe { (first_edge(&self.root), last_edge(&self.root)) }
    }

    pub fn iter(&self) -> Iter<'_, K, V> {
        let (front, back) = self.full_range();
        Iter { front, back, length: self.length, marker: PhantomData }
    }

    pub fn iter_mut(&mut self) -> IterMut<'_, K, V> {
        let (front, back) = self.full_range();
        IterMut { front, back, length: self.length, marker: PhantomData }
    }

    pub fn keys(&self) -> Keys<'_, K, V> {
        Keys { inner: self.iter() }
    }

    pub fn values(&self) -> Values<'_, K, V> {
        Values { inner: self.iter() }
    }

    pub fn values_mut(&mut self) -> ValuesMut<'_, K, V> {
        ValuesMut { inner: self.iter_mut() }
    }

    pub fn into_keys(self) -> IntoKeys<K, V> {
        IntoKeys { inner: self.into_iter() }
    }

    pub fn into_values(self) -> IntoValues<K, V> {
        IntoValues { inner: self.into_iter() }
    }

    pub fn first_key_value(&self) -> Option<(&K, &V)> {
        self.iter().next()
    }

    pub fn last_key_value(&self) -> Option<(&K, &V)> {
        self.iter().next_back()
    }

    /// The entry with the smallest key, to inspect, change or remove in place.
    pub fn first_entry(&mut self) -> Option<OccupiedEntry<'_, K, V>> {
        if self.length == 0 {
            return None;
        }
        let e = unsafe { first_edge(&self.root) };
        Some(OccupiedEntry { node: e.node, height: 0, idx: 0, map: self })
    }

    /// The entry with the largest key.
    pub fn last_entry(&mut self) -> Option<OccupiedEntry<'_, K, V>> {
        if self.length == 0 {
            return None;
        }
        let e = unsafe { last_edge(&self.root) };
        Some(OccupiedEntry { node: e.node, height: 0, idx: e.idx - 1, map: self })
    }

    pub fn pop_first(&mut self) -> Option<(K, V)> {
        self.first_entry().map(|e| e.remove_entry())
    }

    pub fn pop_last(&mut self) -> Option<(K, V)> {
        self.last_entry().map(|e| e.remove_entry())
    }

    /// Removes the key at `idx` of `n` (at `height`).
    pub(super) unsafe fn remove_kv(&mut self, n: Node<K, V>, height: usize, idx: usize) -> (K, V) {
        self.length -= 1;
        node::remove(&mut self.root, n, height, idx)
    }

    /// Inserts at the leaf edge `at`, which must be where `k` sorts.
    pub(super) unsafe fn insert_at(&mut self, at: Edge<K, V>, k: K, v: V) -> *mut V {
        self.length += 1;
        node::insert(&mut self.root, at.node, at.idx, k, v)
    }

    /// Appends an entry whose key is greater than every key in the map.
    fn push_back(&mut self, k: K, v: V) {
        self.length += 1;
        unsafe { node::push_back(&mut self.root, k, v) };
    }

    /// A map holding `entries`: sorted stably by key, the last of equal keys winning (what
    /// collecting into a map means), and built from the left.
    pub(super) fn from_entries(mut entries: Vec<(K, V)>) -> BTreeMap<K, V>
    where
        K: Ord,
    {
        let mut map = BTreeMap::new();
        if entries.is_empty() {
            return map;
        }
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        // Keep the last of each run of equal keys: reverse, then keep first occurrences.
        entries.reverse();
        let mut pending: Option<(K, V)> = None;
        let mut out: Vec<(K, V)> = Vec::with_capacity(entries.len());
        for kv in entries {
            match pending {
                Some(ref p) if p.0 == kv.0 => {}
                _ => {
                    if let Some(p) = pending.take() {
                        out.push(p);
                    }
                    pending = Some(kv);
                }
            }
        }
        if let Some(p) = pending {
            out.push(p);
        }
        while let Some((k, v)) = out.pop() {
            map.push_back(k, v);
        }
        map
    }
}

impl<K: Ord, V> BTreeMap<K, V> {
    /// Inserts `value` under `key`; returns the value it replaces (the key is not updated).
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.entry(key) {
            Entry::Occupied(mut e) => Some(e.insert(value)),
            Entry::Vacant(e) => {
                e.insert(value);
                None
            }
        }
    }

    pub fn entry(&mut self, key: K) -> Entry<'_, K, V> {
        match unsafe { search(&self.root, &key) } {
            Search::Found { node, height, idx } => Entry::Occupied(OccupiedEntry { node, height, idx, map: self }),
            Search::GoDown(at) => Entry::Vacant(VacantEntry { key, at, map: self }),
        }
    }

    fn find<Q: ?Sized + Ord>(&self, key: &Q) -> Option<Kv<K, V>>
    where
        K: Borrow<Q>,
    {
        match unsafe { search(&self.root, key) } {
            Search::Found { node, idx, .. } => Some(Kv { node, idx }),
            Search::GoDown(_) => None,
        }
    }

    pub fn get<Q: ?Sized + Ord>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.find(key).map(|kv| unsafe { &*val(kv.node, kv.idx) })
    }

    pub fn get_key_value<Q: ?Sized + Ord>(&self, key: &Q) -> Option<(&K, &V)>
    where
        K: Borrow<Q>,
    {
        self.find(key).map(|kv| unsafe { (&*node::key(kv.node, kv.idx), &*val(kv.node, kv.idx)) })
    }

    pub fn get_mut<Q: ?Sized + Ord>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        self.find(key).map(|kv| unsafe { &mut *val(kv.node, kv.idx) })
    }

    pub fn contains_key<Q: ?Sized + Ord>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(key).is_some()
    }

    pub fn remove<Q: ?Sized + Ord>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        self.remove_entry(key).map(|(_, v)| v)
    }

    pub fn remove_entry<Q: ?Sized + Ord>(&mut self, key: &Q) -> Option<(K, V)>
    where
        K: Borrow<Q>,
    {
        match unsafe { search(&self.root, key) } {
            Search::Found { node, height, idx } => Some(unsafe { self.remove_kv(node, height, idx) }),
            Search::GoDown(_) => None,
        }
    }

    /// The entries whose keys lie in `range`, in order. Panics if the range's start is
    /// after its end, or both are the same excluded key.
    pub fn range<Q: ?Sized + Ord, R: RangeBounds<Q>>(&self, range: R) -> Range<'_, K, V>
    where
        K: Borrow<Q>,
    {
        self.range_of::<Q, R>(range, "BTreeMap")
    }

    /// `range` for a map or for the set built on it (`collection` names it in panics).
    pub(super) fn range_of<Q: ?Sized + Ord, R: RangeBounds<Q>>(&self, range: R, collection: &str) -> Range<'_, K, V>
    where
        K: Borrow<Q>,
    {
        let (front, back) = unsafe { range_edges(&self.root, range.start_bound(), range.end_bound(), collection) };
        Range { front, back, marker: PhantomData }
    }

    pub fn range_mut<Q: ?Sized + Ord, R: RangeBounds<Q>>(&mut self, range: R) -> RangeMut<'_, K, V>
    where
        K: Borrow<Q>,
    {
        let (front, back) = unsafe { range_edges(&self.root, range.start_bound(), range.end_bound(), "BTreeMap") };
        RangeMut { front, back, marker: PhantomData }
    }

    /// Keeps the entries for which `keep` returns true, visiting them in key order.
    pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, mut keep: F) {
        let old = mem::replace(self, BTreeMap::new());
        for (k, mut v) in old {
            if keep(&k, &mut v) {
                self.push_back(k, v);
            }
        }
    }

    /// Moves every entry of `other` into `self`; `other`'s value wins for a key in both.
    pub fn append(&mut self, other: &mut BTreeMap<K, V>) {
        if other.is_empty() {
            return;
        }
        if self.is_empty() {
            mem::swap(self, other);
            return;
        }
        let mut a = mem::replace(self, BTreeMap::new()).into_iter();
        let mut b = mem::replace(other, BTreeMap::new()).into_iter();
        let mut next_a = a.next();
        let mut next_b = b.next();
        loop {
            let take_a = match (&next_a, &next_b) {
                (None, None) => break,
                (Some(_), None) => true,
                (None, Some(_)) => false,
                (Some(x), Some(y)) => match x.0.cmp(&y.0) {
                    Ordering::Less => true,
                    Ordering::Greater => false,
                    Ordering::Equal => {
                        next_a = a.next();
                        false
                    }
                },
            };
            if take_a {
                let (k, v) = next_a.take().unwrap();
                self.push_back(k, v);
                next_a = a.next();
            } else {
                let (k, v) = next_b.take().unwrap();
                self.push_back(k, v);
                next_b = b.next();
            }
        }
    }

    /// Splits the map at `key`: `self` keeps the smaller keys, the result holds `key` and
    /// everything after it.
    pub fn split_off<Q: ?Sized + Ord>(&mut self, key: &Q) -> BTreeMap<K, V>
    where
        K: Borrow<Q>,
    {
        let mut tail: Vec<(K, V)> = Vec::new();
        loop {
            let moves = match self.last_key_value() {
                Some((k, _)) => k.borrow() >= key,
                None => false,
            };
            if !moves {
                break;
            }
            tail.push(self.pop_last().unwrap());
        }
        let mut right = BTreeMap::new();
        while let Some((k, v)) = tail.pop() {
            right.push_back(k, v);
        }
        right
    }
}

impl<K, V> Drop for BTreeMap<K, V> {
    fn drop(&mut self) {
        if !self.root.node.is_null() {
            unsafe { drop_subtree(self.root.node, self.root.height) };
            self.root = Root::empty();
        }
    }
}

impl<K: Clone, V: Clone> Clone for BTreeMap<K, V> {
    fn clone(&self) -> BTreeMap<K, V> {
        if self.root.node.is_null() {
            return BTreeMap::new();
        }
        let n = unsafe { clone_subtree(self.root.node, self.root.height) };
        BTreeMap { root: Root { node: n, height: self.root.height }, length: self.length }
    }
}

impl<K, Q: ?Sized, V> Index<&Q> for BTreeMap<K, V>
where
    K: Borrow<Q> + Ord,
    Q: Ord,
{
    type Output = V;

    fn index(&self, key: &Q) -> &V {
        self.get(key).expect("no entry found for key")
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for BTreeMap<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut m = f.debug_map();
        for (k, v) in self.iter() {
            m.entry(k, v);
        }
        m.finish()
    }
}

impl<K: PartialEq, V: PartialEq> PartialEq for BTreeMap<K, V> {
    fn eq(&self, other: &BTreeMap<K, V>) -> bool {
        if self.length != other.length {
            return false;
        }
        let mut b = other.iter();
        for (k, v) in self.iter() {
            match b.next() {
                Some((k2, v2)) => {
                    if *k != *k2 || *v != *v2 {
                        return false;
                    }
                }
                None => return false,
            }
        }
        true
    }
}

impl<K: Eq, V: Eq> Eq for BTreeMap<K, V> {}

impl<K: PartialOrd, V: PartialOrd> PartialOrd for BTreeMap<K, V> {
    /// Lexicographic, entry by entry.
    fn partial_cmp(&self, other: &BTreeMap<K, V>) -> Option<Ordering> {
        let mut b = other.iter();
        for (k, v) in self.iter() {
            match b.next() {
                None => return Some(Ordering::Greater),
                Some((k2, v2)) => match k.partial_cmp(k2) {
                    Some(Ordering::Equal) => match v.partial_cmp(v2) {
                        Some(Ordering::Equal) => {}
                        non_eq => return non_eq,
                    },
                    non_eq => return non_eq,
                },
            }
        }
        if b.next().is_some() { Some(Ordering::Less) } else { Some(Ordering::Equal) }
    }
}

impl<K: Ord, V: Ord> Ord for BTreeMap<K, V> {
    fn cmp(&self, other: &BTreeMap<K, V>) -> Ordering {
        let mut b = other.iter();
        for (k, v) in self.iter() {
            match b.next() {
                None => return Ordering::Greater,
                Some((k2, v2)) => match k.cmp(k2) {
                    Ordering::Equal => match v.cmp(v2) {
                        Ordering::Equal => {}
                        non_eq => return non_eq,
                    },
                    non_eq => return non_eq,
                },
            }
        }
        if b.next().is_some() { Ordering::Less } else { Ordering::Equal }
    }
}

impl<K: Hash, V: Hash> Hash for BTreeMap<K, V> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_usize(self.length);
        for (k, v) in self.iter() {
            k.hash(state);
            v.hash(state);
        }
    }
}

impl<K, V> Default for BTreeMap<K, V> {
    fn default() -> BTreeMap<K, V> {
        BTreeMap::new()
    }
}

impl<K: Ord, V> Extend<(K, V)> for BTreeMap<K, V> {
    fn extend<T: IntoIterator<Item = (K, V)>>(&mut self, iter: T) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl<'a, K: Ord + Copy, V: Copy> Extend<(&'a K, &'a V)> for BTreeMap<K, V> {
    fn extend<T: IntoIterator<Item = (&'a K, &'a V)>>(&mut self, iter: T) {
        for (k, v) in iter {
            self.insert(*k, *v);
        }
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for BTreeMap<K, V> {
    /// Sorts the entries (stably, so the last of equal keys wins) and builds the tree
    /// from the left.
    fn from_iter<T: IntoIterator<Item = (K, V)>>(iter: T) -> BTreeMap<K, V> {
        let mut entries: Vec<(K, V)> = Vec::new();
        for kv in iter {
            entries.push(kv);
        }
        BTreeMap::from_entries(entries)
    }
}

impl<K: Ord, V, const N: usize> From<[(K, V); N]> for BTreeMap<K, V> {
    /// A map of the pairs (a later pair replaces an earlier one with the same key).
    fn from(arr: [(K, V); N]) -> BTreeMap<K, V> {
        let mut map = BTreeMap::new();
        map.extend(arr);
        map
    }
}

impl<'a, K, V> IntoIterator for &'a BTreeMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = Iter<'a, K, V>;

    fn into_iter(self) -> Iter<'a, K, V> {
        self.iter()
    }
}

impl<'a, K, V> IntoIterator for &'a mut BTreeMap<K, V> {
    type Item = (&'a K, &'a mut V);
    type IntoIter = IterMut<'a, K, V>;

    fn into_iter(self) -> IterMut<'a, K, V> {
        self.iter_mut()
    }
}

impl<K, V> IntoIterator for BTreeMap<K, V> {
    type Item = (K, V);
    type IntoIter = IntoIter<K, V>;

    fn into_iter(mut self) -> IntoIter<K, V> {
        let (front, back) = self.full_range();
        let length = self.length;
        // The iterator owns the nodes now; the emptied map drops nothing.
        self.root = Root::empty();
        self.length = 0;
        IntoIter { front, back, length }
    }
}

/// The entries in key order.
pub struct Iter<'a, K, V> {
    front: Edge<K, V>,
    back: Edge<K, V>,
    length: usize,
    marker: PhantomData<&'a (K, V)>,
}

impl<'a, K, V> Iterator for Iter<'a, K, V> {
    type Item = (&'a K, &'a V);

    fn next(&mut self) -> Option<(&'a K, &'a V)> {
        if self.length == 0 {
            return None;
        }
        self.length -= 1;
        unsafe {
            let kv = next_kv(&mut self.front);
            Some((&*key(kv.node, kv.idx), &*val(kv.node, kv.idx)))
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.length, Some(self.length))
    }
}

impl<'a, K, V> DoubleEndedIterator for Iter<'a, K, V> {
    fn next_back(&mut self) -> Option<(&'a K, &'a V)> {
        if self.length == 0 {
            return None;
        }
        self.length -= 1;
        unsafe {
            let kv = next_back_kv(&mut self.back);
            Some((&*key(kv.node, kv.idx), &*val(kv.node, kv.idx)))
        }
    }
}

impl<'a, K, V> ExactSizeIterator for Iter<'a, K, V> {}

impl<'a, K, V> Clone for Iter<'a, K, V> {
    fn clone(&self) -> Iter<'a, K, V> {
        Iter { front: self.front, back: self.back, length: self.length, marker: PhantomData }
    }
}

/// The entries in key order, with the values mutable.
pub struct IterMut<'a, K, V> {
    front: Edge<K, V>,
    back: Edge<K, V>,
    length: usize,
    marker: PhantomData<&'a mut (K, V)>,
}

impl<'a, K, V> Iterator for IterMut<'a, K, V> {
    type Item = (&'a K, &'a mut V);

    fn next(&mut self) -> Option<(&'a K, &'a mut V)> {
        if self.length == 0 {
            return None;
        }
        self.length -= 1;
        unsafe {
            let kv = next_kv(&mut self.front);
            Some((&*key(kv.node, kv.idx), &mut *val(kv.node, kv.idx)))
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.length, Some(self.length))
    }
}

impl<'a, K, V> DoubleEndedIterator for IterMut<'a, K, V> {
    fn next_back(&mut self) -> Option<(&'a K, &'a mut V)> {
        if self.length == 0 {
            return None;
        }
        self.length -= 1;
        unsafe {
            let kv = next_back_kv(&mut self.back);
            Some((&*key(kv.node, kv.idx), &mut *val(kv.node, kv.idx)))
        }
    }
}

impl<'a, K, V> ExactSizeIterator for IterMut<'a, K, V> {}

/// The entries by value, in key order; frees the nodes as it leaves them.
pub struct IntoIter<K, V> {
    front: Edge<K, V>,
    back: Edge<K, V>,
    length: usize,
}

impl<K, V> Iterator for IntoIter<K, V> {
    type Item = (K, V);

    fn next(&mut self) -> Option<(K, V)> {
        if self.length == 0 {
            return None;
        }
        self.length -= 1;
        unsafe {
            let kv = next_kv_freeing(&mut self.front);
            Some((ptr::read(key(kv.node, kv.idx)), ptr::read(val(kv.node, kv.idx))))
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.length, Some(self.length))
    }
}

impl<K, V> DoubleEndedIterator for IntoIter<K, V> {
    fn next_back(&mut self) -> Option<(K, V)> {
        if self.length == 0 {
            return None;
        }
        self.length -= 1;
        unsafe {
            let kv = next_back_kv_freeing(&mut self.back);
            Some((ptr::read(key(kv.node, kv.idx)), ptr::read(val(kv.node, kv.idx))))
        }
    }
}

impl<K, V> ExactSizeIterator for IntoIter<K, V> {}

impl<K, V> Drop for IntoIter<K, V> {
    fn drop(&mut self) {
        while let Some(kv) = self.next() {
            drop(kv);
        }
        // Both ends now sit at the same leaf edge; its leaf and ancestors are left.
        unsafe { free_path(self.front) };
        self.front.node = ptr::null_mut();
    }
}

/// The entries whose keys lie in a range.
pub struct Range<'a, K, V> {
    front: Edge<K, V>,
    back: Edge<K, V>,
    marker: PhantomData<&'a (K, V)>,
}

impl<'a, K, V> Iterator for Range<'a, K, V> {
    type Item = (&'a K, &'a V);

    fn next(&mut self) -> Option<(&'a K, &'a V)> {
        if self.front.same(&self.back) {
            return None;
        }
        unsafe {
            let kv = next_kv(&mut self.front);
            Some((&*key(kv.node, kv.idx), &*val(kv.node, kv.idx)))
        }
    }
}

impl<'a, K, V> DoubleEndedIterator for Range<'a, K, V> {
    fn next_back(&mut self) -> Option<(&'a K, &'a V)> {
        if self.front.same(&self.back) {
            return None;
        }
        unsafe {
            let kv = next_back_kv(&mut self.back);
            Some((&*key(kv.node, kv.idx), &*val(kv.node, kv.idx)))
        }
    }
}

impl<'a, K, V> Clone for Range<'a, K, V> {
    fn clone(&self) -> Range<'a, K, V> {
        Range { front: self.front, back: self.back, marker: PhantomData }
    }
}

/// The entries whose keys lie in a range, with the values mutable.
pub struct RangeMut<'a, K, V> {
    front: Edge<K, V>,
    back: Edge<K, V>,
    marker: PhantomData<&'a mut (K, V)>,
}

impl<'a, K, V> Iterator for RangeMut<'a, K, V> {
    type Item = (&'a K, &'a mut V);

    fn next(&mut self) -> Option<(&'a K, &'a mut V)> {
        if self.front.same(&self.back) {
            return None;
        }
        unsafe {
            let kv = next_kv(&mut self.front);
            Some((&*key(kv.node, kv.idx), &mut *val(kv.node, kv.idx)))
        }
    }
}

impl<'a, K, V> DoubleEndedIterator for RangeMut<'a, K, V> {
    fn next_back(&mut self) -> Option<(&'a K, &'a mut V)> {
        if self.front.same(&self.back) {
            return None;
        }
        unsafe {
            let kv = next_back_kv(&mut self.back);
            Some((&*key(kv.node, kv.idx), &mut *val(kv.node, kv.idx)))
        }
    }
}

pub struct Keys<'a, K, V> {
    inner: Iter<'a, K, V>,
}

impl<'a, K, V> Iterator for Keys<'a, K, V> {
    type Item = &'a K;

    fn next(&mut self) -> Option<&'a K> {
        self.inner.next().map(|(k, _)| k)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<'a, K, V> DoubleEndedIterator for Keys<'a, K, V> {
    fn next_back(&mut self) -> Option<&'a K> {
        self.inner.next_back().map(|(k, _)| k)
    }
}

impl<'a, K, V> ExactSizeIterator for Keys<'a, K, V> {}

impl<'a, K, V> Clone for Keys<'a, K, V> {
    fn clone(&self) -> Keys<'a, K, V> {
        Keys { inner: self.inner.clone() }
    }
}

pub struct Values<'a, K, V> {
    inner: Iter<'a, K, V>,
}

impl<'a, K, V> Iterator for Values<'a, K, V> {
    type Item = &'a V;

    fn next(&mut self) -> Option<&'a V> {
        self.inner.next().map(|(_, v)| v)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<'a, K, V> DoubleEndedIterator for Values<'a, K, V> {
    fn next_back(&mut self) -> Option<&'a V> {
        self.inner.next_back().map(|(_, v)| v)
    }
}

impl<'a, K, V> ExactSizeIterator for Values<'a, K, V> {}

pub struct ValuesMut<'a, K, V> {
    inner: IterMut<'a, K, V>,
}

impl<'a, K, V> Iterator for ValuesMut<'a, K, V> {
    type Item = &'a mut V;

    fn next(&mut self) -> Option<&'a mut V> {
        self.inner.next().map(|(_, v)| v)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<'a, K, V> DoubleEndedIterator for ValuesMut<'a, K, V> {
    fn next_back(&mut self) -> Option<&'a mut V> {
        self.inner.next_back().map(|(_, v)| v)
    }
}

impl<'a, K, V> ExactSizeIterator for ValuesMut<'a, K, V> {}

pub struct IntoKeys<K, V> {
    inner: IntoIter<K, V>,
}

impl<K, V> Iterator for IntoKeys<K, V> {
    type Item = K;

    fn next(&mut self) -> Option<K> {
        self.inner.next().map(|(k, _)| k)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V> DoubleEndedIterator for IntoKeys<K, V> {
    fn next_back(&mut self) -> Option<K> {
        self.inner.next_back().map(|(k, _)| k)
    }
}

impl<K, V> ExactSizeIterator for IntoKeys<K, V> {}

pub struct IntoValues<K, V> {
    inner: IntoIter<K, V>,
}

impl<K, V> Iterator for IntoValues<K, V> {
    type Item = V;

    fn next(&mut self) -> Option<V> {
        self.inner.next().map(|(_, v)| v)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V> DoubleEndedIterator for IntoValues<K, V> {
    fn next_back(&mut self) -> Option<V> {
        self.inner.next_back().map(|(_, v)| v)
    }
}

impl<K, V> ExactSizeIterator for IntoValues<K, V> {}
