//! `HashMap<K, V, S>`: a hash table keyed by `K: Eq + Hash`, hashing with `S` (SipHash-1-3
//! through `RandomState` by default), with the `Entry` API.

use core::borrow::Borrow;
use core::fmt;
use core::hash::{BuildHasher, Hash, Hasher};
use core::iter::{Extend, FromIterator, IntoIterator, Iterator};
use core::ops::Index;

use super::hash::table::{Probe, RawTable, Slot};
pub use super::hash::{DefaultHasher, RandomState};
use crate::vec::Vec;

pub struct HashMap<K, V, S = RandomState> {
    hash_builder: S,
    table: RawTable<K, V>,
}

fn make_hash<Q: Hash + ?Sized, S: BuildHasher>(builder: &S, key: &Q) -> u64 {
    let mut h = builder.build_hasher();
    key.hash(&mut h);
    h.finish()
}

impl<K, V> HashMap<K, V, RandomState> {
    pub fn new() -> HashMap<K, V, RandomState> {
        HashMap { hash_builder: RandomState::new(), table: RawTable::new() }
    }

    pub fn with_capacity(capacity: usize) -> HashMap<K, V, RandomState> {
        HashMap { hash_builder: RandomState::new(), table: RawTable::with_capacity(capacity) }
    }
}

impl<K, V, S> HashMap<K, V, S> {
    pub fn with_hasher(hash_builder: S) -> HashMap<K, V, S> {
        HashMap { hash_builder, table: RawTable::new() }
    }

    pub fn with_capacity_and_hasher(capacity: usize, hash_builder: S) -> HashMap<K, V, S> {
        HashMap { hash_builder, table: RawTable::with_capacity(capacity) }
    }

    pub fn hasher(&self) -> &S {
        &self.hash_builder
    }

    pub fn len(&self) -> usize {
        self.table.len
    }

    pub fn is_empty(&self) -> bool {
        self.table.len == 0
    }

    pub fn capacity(&self) -> usize {
        self.table.capacity()
    }

    pub fn clear(&mut self) {
        self.table.clear();
    }

    pub fn iter(&self) -> Iter<'_, K, V> {
        Iter { slots: self.table.slots.iter(), left: self.table.len }
    }

    pub fn iter_mut(&mut self) -> IterMut<'_, K, V> {
        let left = self.table.len;
        IterMut { slots: self.table.slots.iter_mut(), left }
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

    /// Removes every entry, yielding them (in table order).
    pub fn drain(&mut self) -> IntoIter<K, V> {
        let table = core::mem::replace(&mut self.table, RawTable::new());
        IntoIter { slots: table.slots.into_iter(), left: table.len }
    }

    /// Keeps the entries for which `keep` returns true.
    pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, mut keep: F) {
        let mut at = 0;
        while at < self.table.slots.len() {
            if let Slot::Full(..) = self.table.slots[at] {
                let (k, v) = self.table.entry_at_mut(at);
                if !keep(k, v) {
                    self.table.remove_at(at);
                }
            }
            at += 1;
        }
    }
}

impl<K: Eq + Hash, V, S: BuildHasher> HashMap<K, V, S> {
    pub fn reserve(&mut self, additional: usize) {
        self.table.reserve(additional);
    }

    fn find<Q: ?Sized + Hash + Eq>(&self, key: &Q) -> Option<usize>
    where
        K: Borrow<Q>,
    {
        if self.table.len == 0 {
            return None;
        }
        let hash = make_hash(&self.hash_builder, key);
        match self.table.probe(hash, |k| k.borrow() == key) {
            Probe::Found(at) => Some(at),
            Probe::Vacant(_) => None,
        }
    }

    /// Inserts `value` under `key`; returns the value it replaces (the key is not updated).
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        let hash = make_hash(&self.hash_builder, &key);
        self.table.reserve(1);
        match self.table.probe(hash, |k| *k == key) {
            Probe::Found(at) => Some(core::mem::replace(self.table.entry_at_mut(at).1, value)),
            Probe::Vacant(at) => {
                self.table.insert_at(at, hash, key, value);
                None
            }
        }
    }

    pub fn get<Q: ?Sized + Hash + Eq>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.find(key).map(|at| self.table.entry_at(at).1)
    }

    pub fn get_key_value<Q: ?Sized + Hash + Eq>(&self, key: &Q) -> Option<(&K, &V)>
    where
        K: Borrow<Q>,
    {
        self.find(key).map(|at| self.table.entry_at(at))
    }

    pub fn get_mut<Q: ?Sized + Hash + Eq>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        self.find(key).map(|at| self.table.entry_at_mut(at).1)
    }

    pub fn contains_key<Q: ?Sized + Hash + Eq>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(key).is_some()
    }

    pub fn remove<Q: ?Sized + Hash + Eq>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        self.find(key).map(|at| self.table.remove_at(at).1)
    }

    pub fn remove_entry<Q: ?Sized + Hash + Eq>(&mut self, key: &Q) -> Option<(K, V)>
    where
        K: Borrow<Q>,
    {
        self.find(key).map(|at| self.table.remove_at(at))
    }

    /// The entry for `key`, to inspect or fill in place.
    pub fn entry(&mut self, key: K) -> Entry<'_, K, V> {
        let hash = make_hash(&self.hash_builder, &key);
        self.table.reserve(1);
        match self.table.probe(hash, |k| *k == key) {
            Probe::Found(at) => Entry::Occupied(OccupiedEntry { table: &mut self.table, at }),
            Probe::Vacant(at) => Entry::Vacant(VacantEntry { table: &mut self.table, at, hash, key }),
        }
    }
}

/// A place in a map: holding a value or waiting for one.
pub enum Entry<'a, K, V> {
    Occupied(OccupiedEntry<'a, K, V>),
    Vacant(VacantEntry<'a, K, V>),
}

pub struct OccupiedEntry<'a, K, V> {
    table: &'a mut RawTable<K, V>,
    at: usize,
}

pub struct VacantEntry<'a, K, V> {
    table: &'a mut RawTable<K, V>,
    at: usize,
    hash: u64,
    key: K,
}

impl<'a, K, V> Entry<'a, K, V> {
    pub fn or_insert(self, default: V) -> &'a mut V {
        match self {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => e.insert(default),
        }
    }

    pub fn or_insert_with<F: FnOnce() -> V>(self, default: F) -> &'a mut V {
        match self {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => e.insert(default()),
        }
    }

    pub fn or_insert_with_key<F: FnOnce(&K) -> V>(self, default: F) -> &'a mut V {
        match self {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => {
                let value = default(&e.key);
                e.insert(value)
            }
        }
    }

    pub fn key(&self) -> &K {
        match self {
            Entry::Occupied(e) => e.key(),
            Entry::Vacant(e) => &e.key,
        }
    }

    pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> Entry<'a, K, V> {
        match self {
            Entry::Occupied(mut e) => {
                f(e.get_mut());
                Entry::Occupied(e)
            }
            Entry::Vacant(e) => Entry::Vacant(e),
        }
    }
}

impl<'a, K, V: Default> Entry<'a, K, V> {
    pub fn or_default(self) -> &'a mut V {
        match self {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => e.insert(V::default()),
        }
    }
}

impl<'a, K, V> OccupiedEntry<'a, K, V> {
    pub fn key(&self) -> &K {
        self.table.key_at(self.at)
    }

    pub fn get(&self) -> &V {
        self.table.entry_at(self.at).1
    }

    pub fn get_mut(&mut self) -> &mut V {
        self.table.entry_at_mut(self.at).1
    }

    pub fn into_mut(self) -> &'a mut V {
        self.table.entry_at_mut(self.at).1
    }

    pub fn insert(&mut self, value: V) -> V {
        core::mem::replace(self.get_mut(), value)
    }

    pub fn remove(self) -> V {
        self.table.remove_at(self.at).1
    }

    pub fn remove_entry(self) -> (K, V) {
        self.table.remove_at(self.at)
    }
}

impl<'a, K, V> VacantEntry<'a, K, V> {
    pub fn key(&self) -> &K {
        &self.key
    }

    pub fn into_key(self) -> K {
        self.key
    }

    pub fn insert(self, value: V) -> &'a mut V {
        let at = self.at;
        self.table.insert_at(at, self.hash, self.key, value);
        self.table.entry_at_mut(at).1
    }
}

impl<K, Q: ?Sized, V, S> Index<&Q> for HashMap<K, V, S>
where
    K: Eq + Hash + Borrow<Q>,
    Q: Eq + Hash,
    S: BuildHasher,
{
    type Output = V;

    fn index(&self, key: &Q) -> &V {
        self.get(key).expect("no entry found for key")
    }
}

impl<K: fmt::Debug, V: fmt::Debug, S> fmt::Debug for HashMap<K, V, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut m = f.debug_map();
        for (k, v) in self.iter() {
            m.entry(k, v);
        }
        m.finish()
    }
}

impl<K: Clone, V: Clone, S: Clone> Clone for HashMap<K, V, S> {
    fn clone(&self) -> HashMap<K, V, S> {
        let mut table = RawTable::new();
        let mut slots = Vec::with_capacity(self.table.slots.len());
        for slot in self.table.slots.iter() {
            slots.push(match slot {
                Slot::Empty => Slot::Empty,
                Slot::Deleted => Slot::Deleted,
                Slot::Full(h, k, v) => Slot::Full(*h, k.clone(), v.clone()),
            });
        }
        table.slots = slots;
        table.len = self.table.len;
        // Tombstones are copied as they are; the count only steers growth, so start afresh
        // by rehashing if there were any.
        let mut out = HashMap { hash_builder: self.hash_builder.clone(), table };
        out.table.reserve(0);
        out
    }
}

impl<K: Eq + Hash, V: PartialEq, S: BuildHasher> PartialEq for HashMap<K, V, S> {
    fn eq(&self, other: &HashMap<K, V, S>) -> bool {
        if self.len() != other.len() {
            return false;
        }
        for (k, v) in self.iter() {
            match other.get(k) {
                Some(w) => {
                    if *v != *w {
                        return false;
                    }
                }
                None => return false,
            }
        }
        true
    }
}

impl<K: Eq + Hash, V: Eq, S: BuildHasher> Eq for HashMap<K, V, S> {}

impl<K, V, S: Default> Default for HashMap<K, V, S> {
    fn default() -> HashMap<K, V, S> {
        HashMap { hash_builder: S::default(), table: RawTable::new() }
    }
}

impl<K: Eq + Hash, V, S: BuildHasher> Extend<(K, V)> for HashMap<K, V, S> {
    fn extend<T: IntoIterator<Item = (K, V)>>(&mut self, iter: T) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl<K: Eq + Hash, V, S: BuildHasher + Default> FromIterator<(K, V)> for HashMap<K, V, S> {
    fn from_iter<T: IntoIterator<Item = (K, V)>>(iter: T) -> HashMap<K, V, S> {
        let mut map = HashMap { hash_builder: S::default(), table: RawTable::new() };
        map.extend(iter);
        map
    }
}

impl<'a, K: Eq + Hash + Copy, V: Copy, S: BuildHasher> Extend<(&'a K, &'a V)> for HashMap<K, V, S> {
    fn extend<T: IntoIterator<Item = (&'a K, &'a V)>>(&mut self, iter: T) {
        for (k, v) in iter {
            self.insert(*k, *v);
        }
    }
}

impl<K: Eq + Hash, V, const N: usize> From<[(K, V); N]> for HashMap<K, V, RandomState> {
    /// A map of the pairs (a later pair replaces an earlier one with the same key).
    fn from(arr: [(K, V); N]) -> HashMap<K, V, RandomState> {
        let mut map = HashMap::new();
        map.extend(arr);
        map
    }
}

/// Shared iteration over the full slots.
pub struct Iter<'a, K, V> {
    slots: core::slice::Iter<'a, Slot<K, V>>,
    left: usize,
}

impl<'a, K, V> Iterator for Iter<'a, K, V> {
    type Item = (&'a K, &'a V);

    fn next(&mut self) -> Option<(&'a K, &'a V)> {
        loop {
            match self.slots.next()? {
                Slot::Full(_, k, v) => {
                    self.left -= 1;
                    return Some((k, v));
                }
                _ => {}
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

pub struct IterMut<'a, K, V> {
    slots: core::slice::IterMut<'a, Slot<K, V>>,
    left: usize,
}

impl<'a, K, V> Iterator for IterMut<'a, K, V> {
    type Item = (&'a K, &'a mut V);

    fn next(&mut self) -> Option<(&'a K, &'a mut V)> {
        loop {
            match self.slots.next()? {
                Slot::Full(_, k, v) => {
                    self.left -= 1;
                    return Some((&*k, v));
                }
                _ => {}
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

pub struct IntoIter<K, V> {
    slots: crate::vec::IntoIter<Slot<K, V>>,
    left: usize,
}

impl<K, V> Iterator for IntoIter<K, V> {
    type Item = (K, V);

    fn next(&mut self) -> Option<(K, V)> {
        loop {
            match self.slots.next()? {
                Slot::Full(_, k, v) => {
                    self.left -= 1;
                    return Some((k, v));
                }
                _ => {}
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
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
}

pub struct Values<'a, K, V> {
    inner: Iter<'a, K, V>,
}

impl<'a, K, V> Iterator for Values<'a, K, V> {
    type Item = &'a V;

    fn next(&mut self) -> Option<&'a V> {
        self.inner.next().map(|(_, v)| v)
    }
}

pub struct ValuesMut<'a, K, V> {
    inner: IterMut<'a, K, V>,
}

impl<'a, K, V> Iterator for ValuesMut<'a, K, V> {
    type Item = &'a mut V;

    fn next(&mut self) -> Option<&'a mut V> {
        self.inner.next().map(|(_, v)| v)
    }
}

pub struct IntoKeys<K, V> {
    inner: IntoIter<K, V>,
}

impl<K, V> Iterator for IntoKeys<K, V> {
    type Item = K;

    fn next(&mut self) -> Option<K> {
        self.inner.next().map(|(k, _)| k)
    }
}

pub struct IntoValues<K, V> {
    inner: IntoIter<K, V>,
}

impl<K, V> Iterator for IntoValues<K, V> {
    type Item = V;

    fn next(&mut self) -> Option<V> {
        self.inner.next().map(|(_, v)| v)
    }
}

impl<'a, K, V, S> IntoIterator for &'a HashMap<K, V, S> {
    type Item = (&'a K, &'a V);
    type IntoIter = Iter<'a, K, V>;

    fn into_iter(self) -> Iter<'a, K, V> {
        self.iter()
    }
}

impl<'a, K, V, S> IntoIterator for &'a mut HashMap<K, V, S> {
    type Item = (&'a K, &'a mut V);
    type IntoIter = IterMut<'a, K, V>;

    fn into_iter(self) -> IterMut<'a, K, V> {
        self.iter_mut()
    }
}

impl<K, V, S> IntoIterator for HashMap<K, V, S> {
    type Item = (K, V);
    type IntoIter = IntoIter<K, V>;

    fn into_iter(self) -> IntoIter<K, V> {
        let left = self.table.len;
        IntoIter { slots: self.table.slots.into_iter(), left }
    }
}
