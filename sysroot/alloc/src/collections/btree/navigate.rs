//! Walking a B-tree in key order between leaf edges: the positions between neighbouring
//! keys, each of which is exactly one edge of one leaf. An iterator is two of them, and
//! stepping over a key climbs through parents and descends again, with no stack.

use super::node::{edge, first_leaf, free_node, last_leaf, len, parent, parent_idx, Node, Root};

/// The gap before key `idx` of the leaf `node` (null in an empty tree).
pub(super) struct Edge<K, V> {
    pub node: Node<K, V>,
    pub idx: usize,
}

impl<K, V> Clone for Edge<K, V> {
    fn clone(&self) -> Edge<K, V> {
        Edge { node: self.node, idx: self.idx }
    }
}

impl<K, V> Copy for Edge<K, V> {}

impl<K, V> Edge<K, V> {
    #[inline]
    pub fn same(&self, other: &Edge<K, V>) -> bool {
        self.node == other.node && self.idx == other.idx
    }
}

/// The key and value at index `idx` of `node`.
pub(super) struct Kv<K, V> {
    pub node: Node<K, V>,
    pub idx: usize,
}

/// The gap before the first key.
pub(super) unsafe fn first_edge<K, V>(root: &Root<K, V>) -> Edge<K, V> {
    if root.node.is_null() {
        return Edge { node: root.node, idx: 0 };
    }
    Edge { node: first_leaf(root.node, root.height), idx: 0 }
}

/// The gap after the last key.
pub(super) unsafe fn last_edge<K, V>(root: &Root<K, V>) -> Edge<K, V> {
    if root.node.is_null() {
        return Edge { node: root.node, idx: 0 };
    }
    let leaf = last_leaf(root.node, root.height);
    Edge { node: leaf, idx: len(leaf) }
}

/// The key after the gap `e`, moving `e` past it. There must be one. With `free`, the
/// nodes climbed out of are freed: the owning iterator has taken all their keys.
unsafe fn step_forward<K, V>(e: &mut Edge<K, V>, free: bool) -> Kv<K, V> {
    let mut n = e.node;
    let mut i = e.idx;
    let mut height = 0;
    while i >= len(n) {
        let up = parent(n);
        i = parent_idx(n);
        if free {
            free_node(n, height);
        }
        n = up;
        height += 1;
    }
    let kv = Kv { node: n, idx: i };
    let mut down = n;
    let mut at = i + 1;
    while height > 0 {
        down = edge(down, at);
        at = 0;
        height -= 1;
    }
    e.node = down;
    e.idx = at;
    kv
}

/// The key before the gap `e`, moving `e` before it. There must be one.
unsafe fn step_back<K, V>(e: &mut Edge<K, V>, free: bool) -> Kv<K, V> {
    let mut n = e.node;
    let mut i = e.idx;
    let mut height = 0;
    while i == 0 {
        let up = parent(n);
        i = parent_idx(n);
        if free {
            free_node(n, height);
        }
        n = up;
        height += 1;
    }
    let kv = Kv { node: n, idx: i - 1 };
    let mut down = n;
    let mut at = i - 1;
    while height > 0 {
        down = edge(down, at);
        at = len(down);
        height -= 1;
    }
    e.node = down;
    e.idx = at;
    kv
}

pub(super) unsafe fn next_kv<K, V>(e: &mut Edge<K, V>) -> Kv<K, V> {
    step_forward(e, false)
}

pub(super) unsafe fn next_back_kv<K, V>(e: &mut Edge<K, V>) -> Kv<K, V> {
    step_back(e, false)
}

pub(super) unsafe fn next_kv_freeing<K, V>(e: &mut Edge<K, V>) -> Kv<K, V> {
    step_forward(e, true)
}

pub(super) unsafe fn next_back_kv_freeing<K, V>(e: &mut Edge<K, V>) -> Kv<K, V> {
    step_back(e, true)
}

/// Frees the leaf of `e` and its ancestors: what an owning iterator has left once both
/// ends met (every other node was freed when an end climbed out of it).
pub(super) unsafe fn free_path<K, V>(e: Edge<K, V>) {
    let mut n = e.node;
    let mut height = 0;
    while !n.is_null() {
        let up = parent(n);
        free_node(n, height);
        n = up;
        height += 1;
    }
}
