//! The open-addressing table behind `HashMap` and `HashSet`: a power-of-two array of slots
//! probed linearly from the key's hash. Removal leaves a tombstone so later keys of the
//! same probe run stay reachable; growing rehashes from the stored hashes, dropping the
//! tombstones. The load (full + tombstones) stays under 7/8, so every probe ends.

use crate::vec::Vec;

pub enum Slot<K, V> {
    Empty,
    Deleted,
    Full(u64, K, V),
}

/// Where a key is, or where it would go.
pub enum Probe {
    Found(usize),
    Vacant(usize),
}

pub struct RawTable<K, V> {
    pub slots: Vec<Slot<K, V>>,
    pub len: usize,
    deleted: usize,
}

impl<K, V> RawTable<K, V> {
    pub const fn new() -> RawTable<K, V> {
        RawTable { slots: Vec::new(), len: 0, deleted: 0 }
    }

    pub fn with_capacity(capacity: usize) -> RawTable<K, V> {
        let mut t = RawTable::new();
        if capacity > 0 {
            t.resize(slots_for(capacity));
        }
        t
    }

    /// How many entries fit before the table grows.
    pub fn capacity(&self) -> usize {
        self.slots.len() / 8 * 7
    }

    /// Makes room for `additional` more entries without growing during their insertion.
    pub fn reserve(&mut self, additional: usize) {
        let needed = self.len + self.deleted + additional;
        if needed * 8 <= self.slots.len() * 7 {
            return;
        }
        // Rehashing drops the tombstones; size for the live entries plus the new ones.
        let want = slots_for(self.len + additional);
        self.resize(if want > self.slots.len() { want } else { self.slots.len() });
    }

    fn resize(&mut self, slots: usize) {
        let mut fresh: Vec<Slot<K, V>> = Vec::with_capacity(slots);
        let mut i = 0;
        while i < slots {
            fresh.push(Slot::Empty);
            i += 1;
        }
        let old = core::mem::replace(&mut self.slots, fresh);
        self.deleted = 0;
        let mask = slots - 1;
        for slot in old {
            if let Slot::Full(hash, k, v) = slot {
                let mut at = hash as usize & mask;
                while let Slot::Full(..) = self.slots[at] {
                    at = (at + 1) & mask;
                }
                self.slots[at] = Slot::Full(hash, k, v);
            }
        }
    }

    /// The slot of the key with `hash` for which `is_key` holds, else the slot to insert it
    /// in (the first tombstone on the way, or the empty slot ending the run). The table must
    /// have room (`reserve`) when the caller may insert.
    pub fn probe<F: FnMut(&K) -> bool>(&self, hash: u64, mut is_key: F) -> Probe {
        let n = self.slots.len();
        if n == 0 {
            return Probe::Vacant(0);
        }
        let mask = n - 1;
        let mut at = hash as usize & mask;
        let mut first_deleted = n;
        let mut steps = 0;
        while steps < n {
            match &self.slots[at] {
                Slot::Empty => return Probe::Vacant(if first_deleted < n { first_deleted } else { at }),
                Slot::Deleted => {
                    if first_deleted == n {
                        first_deleted = at;
                    }
                }
                Slot::Full(h, k, _) => {
                    if *h == hash && is_key(k) {
                        return Probe::Found(at);
                    }
                }
            }
            at = (at + 1) & mask;
            steps += 1;
        }
        Probe::Vacant(first_deleted)
    }

    /// Fills the vacant slot `at` (from `probe` after `reserve`).
    pub fn insert_at(&mut self, at: usize, hash: u64, key: K, value: V) {
        if let Slot::Deleted = self.slots[at] {
            self.deleted -= 1;
        }
        self.slots[at] = Slot::Full(hash, key, value);
        self.len += 1;
    }

    /// Empties the full slot `at`, returning its entry.
    pub fn remove_at(&mut self, at: usize) -> (K, V) {
        match core::mem::replace(&mut self.slots[at], Slot::Deleted) {
            Slot::Full(_, k, v) => {
                self.len -= 1;
                self.deleted += 1;
                (k, v)
            }
            _ => panic!("remove_at on a slot that is not full"),
        }
    }

    pub fn key_at(&self, at: usize) -> &K {
        match &self.slots[at] {
            Slot::Full(_, k, _) => k,
            _ => panic!("key_at on a slot that is not full"),
        }
    }

    pub fn entry_at(&self, at: usize) -> (&K, &V) {
        match &self.slots[at] {
            Slot::Full(_, k, v) => (k, v),
            _ => panic!("entry_at on a slot that is not full"),
        }
    }

    pub fn entry_at_mut(&mut self, at: usize) -> (&K, &mut V) {
        match &mut self.slots[at] {
            Slot::Full(_, k, v) => (&*k, v),
            _ => panic!("entry_at_mut on a slot that is not full"),
        }
    }

    pub fn clear(&mut self) {
        for slot in self.slots.iter_mut() {
            *slot = Slot::Empty;
        }
        self.len = 0;
        self.deleted = 0;
    }
}

/// Slots for `entries` entries under the 7/8 load limit: a power of two, at least 8.
fn slots_for(entries: usize) -> usize {
    let mut n = 8;
    while entries * 8 > n * 7 {
        n *= 2;
    }
    n
}
