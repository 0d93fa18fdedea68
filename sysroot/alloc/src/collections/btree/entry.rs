//! `BTreeMap`'s entry API: a found key's place, or the leaf edge where a missing key goes,
//! so that looking up and then inserting or changing searches the tree once.

use core::fmt;
use core::mem;

use super::map::BTreeMap;
use super::navigate::Edge;
use super::node::{key, val, Node};

/// A place in a map: holding a value or waiting for one.
pub enum Entry<'a, K, V> {
    Vacant(VacantEntry<'a, K, V>),
    Occupied(OccupiedEntry<'a, K, V>),
}

/// A missing key and the leaf edge where it sorts.
pub struct VacantEntry<'a, K, V> {
    pub(super) key: K,
    pub(super) at: Edge<K, V>,
    pub(super) map: &'a mut BTreeMap<K, V>,
}

/// A key present in the map: index `idx` of `node`, `height` above the leaves.
pub struct OccupiedEntry<'a, K, V> {
    pub(super) node: Node<K, V>,
    pub(super) height: usize,
    pub(super) idx: usize,
    pub(super) map: &'a mut BTreeMap<K, V>,
}

impl<'a, K: Ord, V> Entry<'a, K, V> {
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

impl<'a, K: Ord, V: Default> Entry<'a, K, V> {
    pub fn or_default(self) -> &'a mut V {
        match self {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => e.insert(V::default()),
        }
    }
}

impl<'a, K: Ord, V> VacantEntry<'a, K, V> {
    pub fn key(&self) -> &K {
        &self.key
    }

    pub fn into_key(self) -> K {
        self.key
    }

    /// Inserts the value under the entry's key and returns it in place.
    pub fn insert(self, value: V) -> &'a mut V {
        unsafe { &mut *self.map.insert_at(self.at, self.key, value) }
    }
}

impl<'a, K, V> OccupiedEntry<'a, K, V> {
    pub fn key(&self) -> &K {
        unsafe { &*key(self.node, self.idx) }
    }

    pub fn get(&self) -> &V {
        unsafe { &*val(self.node, self.idx) }
    }

    pub fn get_mut(&mut self) -> &mut V {
        unsafe { &mut *val(self.node, self.idx) }
    }

    pub fn into_mut(self) -> &'a mut V {
        unsafe { &mut *val(self.node, self.idx) }
    }

    /// Replaces the value, returning the old one.
    pub fn insert(&mut self, value: V) -> V {
        mem::replace(self.get_mut(), value)
    }

    pub fn remove(self) -> V {
        self.remove_entry().1
    }

    pub fn remove_entry(self) -> (K, V) {
        unsafe { self.map.remove_kv(self.node, self.height, self.idx) }
    }
}

impl<'a, K: fmt::Debug + Ord, V: fmt::Debug> fmt::Debug for Entry<'a, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Entry::Vacant(e) => f.debug_tuple("Entry").field(e).finish(),
            Entry::Occupied(e) => f.debug_tuple("Entry").field(e).finish(),
        }
    }
}

impl<'a, K: fmt::Debug + Ord, V> fmt::Debug for VacantEntry<'a, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("VacantEntry").field(self.key()).finish()
    }
}

impl<'a, K: fmt::Debug, V: fmt::Debug> fmt::Debug for OccupiedEntry<'a, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OccupiedEntry").field("key", self.key()).field("value", self.get()).finish()
    }
}
