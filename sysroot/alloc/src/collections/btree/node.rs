//! B-tree nodes: their memory layout and the moves within and between them.
//!
//! A node holds up to `CAPACITY` sorted keys with their values; an internal node also holds
//! `len + 1` child pointers, child `i` holding the keys between key `i - 1` and key `i`.
//! Every node but the root keeps at least `MIN_LEN` keys and all leaves are at the same
//! depth. Children point back at their parent (and know their index in it), which is what
//! lets iterators walk the tree with two leaf positions and no stack.
//!
//! The key and value arrays are only initialised up to `len`: nodes are allocated raw and
//! only ever reached through raw pointers, so the compiler never reads or drops a whole one.

use core::ptr;

use crate::alloc::{alloc_or_abort, dealloc, Layout};

/// The branching factor: internal nodes have between `B` and `2 * B` children.
pub(super) const B: usize = 6;
pub(super) const CAPACITY: usize = 2 * B - 1;
pub(super) const MIN_LEN: usize = B - 1;
/// Where a full node splits: keys before it stay, the key at it moves up to the parent.
const SPLIT_AT: usize = B - 1;

#[repr(C)]
pub(super) struct LeafNode<K, V> {
    parent: *mut InternalNode<K, V>,
    parent_idx: u16,
    len: u16,
    keys: [K; CAPACITY],
    vals: [V; CAPACITY],
}

/// An internal node starts with a leaf node's fields, so a pointer to one is also a pointer
/// to its leaf part (`repr(C)` keeps `data` first).
#[repr(C)]
pub(super) struct InternalNode<K, V> {
    data: LeafNode<K, V>,
    edges: [*mut LeafNode<K, V>; 2 * B],
}

/// Every node is handled through a pointer to its leaf part; the height above the leaves
/// (tracked by the caller) says whether it has edges.
pub(super) type Node<K, V> = *mut LeafNode<K, V>;

/// The tree's root node (null for an empty tree) and its height (0: the root is a leaf).
pub(super) struct Root<K, V> {
    pub node: Node<K, V>,
    pub height: usize,
}

impl<K, V> Root<K, V> {
    pub const fn empty() -> Root<K, V> {
        Root { node: ptr::null_mut(), height: 0 }
    }
}

pub(super) unsafe fn new_leaf<K, V>() -> Node<K, V> {
    let n = alloc_or_abort(Layout::new::<LeafNode<K, V>>()) as Node<K, V>;
    (*n).parent = ptr::null_mut();
    (*n).parent_idx = 0;
    (*n).len = 0;
    n
}

pub(super) unsafe fn new_internal<K, V>() -> Node<K, V> {
    let n = alloc_or_abort(Layout::new::<InternalNode<K, V>>()) as Node<K, V>;
    (*n).parent = ptr::null_mut();
    (*n).parent_idx = 0;
    (*n).len = 0;
    n
}

/// Frees a node's memory (not its keys and values).
pub(super) unsafe fn free_node<K, V>(n: Node<K, V>, height: usize) {
    if height == 0 {
        dealloc(n as *mut u8, Layout::new::<LeafNode<K, V>>());
    } else {
        dealloc(n as *mut u8, Layout::new::<InternalNode<K, V>>());
    }
}

#[inline]
pub(super) unsafe fn len<K, V>(n: Node<K, V>) -> usize {
    (*n).len as usize
}

#[inline]
pub(super) unsafe fn set_len<K, V>(n: Node<K, V>, len: usize) {
    (*n).len = len as u16;
}

#[inline]
pub(super) unsafe fn key<K, V>(n: Node<K, V>, i: usize) -> *mut K {
    (&raw mut (*n).keys as *mut K).add(i)
}

#[inline]
pub(super) unsafe fn val<K, V>(n: Node<K, V>, i: usize) -> *mut V {
    (&raw mut (*n).vals as *mut V).add(i)
}

#[inline]
unsafe fn edge_slot<K, V>(n: Node<K, V>, i: usize) -> *mut Node<K, V> {
    (&raw mut (*(n as *mut InternalNode<K, V>)).edges as *mut Node<K, V>).add(i)
}

/// Child `i` of an internal node.
#[inline]
pub(super) unsafe fn edge<K, V>(n: Node<K, V>, i: usize) -> Node<K, V> {
    *edge_slot(n, i)
}

/// Makes `child` the internal node `n`'s child `i`, pointing it back at `n`.
#[inline]
pub(super) unsafe fn set_edge<K, V>(n: Node<K, V>, i: usize, child: Node<K, V>) {
    *edge_slot(n, i) = child;
    (*child).parent = n as *mut InternalNode<K, V>;
    (*child).parent_idx = i as u16;
}

/// Points children `from..=to` of `n` back at it with their current indices.
unsafe fn relink<K, V>(n: Node<K, V>, from: usize, to: usize) {
    let mut i = from;
    while i <= to {
        set_edge(n, i, edge(n, i));
        i += 1;
    }
}

/// The parent node (null at the root).
#[inline]
pub(super) unsafe fn parent<K, V>(n: Node<K, V>) -> Node<K, V> {
    (*n).parent as Node<K, V>
}

/// `n`'s index among its parent's children.
#[inline]
pub(super) unsafe fn parent_idx<K, V>(n: Node<K, V>) -> usize {
    (*n).parent_idx as usize
}

pub(super) unsafe fn clear_parent<K, V>(n: Node<K, V>) {
    (*n).parent = ptr::null_mut();
}

/// The leftmost leaf under `n` (at `height`).
pub(super) unsafe fn first_leaf<K, V>(mut n: Node<K, V>, mut height: usize) -> Node<K, V> {
    while height > 0 {
        n = edge(n, 0);
        height -= 1;
    }
    n
}

/// The rightmost leaf under `n` (at `height`).
pub(super) unsafe fn last_leaf<K, V>(mut n: Node<K, V>, mut height: usize) -> Node<K, V> {
    while height > 0 {
        n = edge(n, len(n));
        height -= 1;
    }
    n
}

unsafe fn move_kvs<K, V>(src: Node<K, V>, from: usize, dst: Node<K, V>, to: usize, count: usize) {
    ptr::copy(key(src, from), key(dst, to), count);
    ptr::copy(val(src, from), val(dst, to), count);
}

unsafe fn move_edges<K, V>(src: Node<K, V>, from: usize, dst: Node<K, V>, to: usize, count: usize) {
    ptr::copy(edge_slot(src, from), edge_slot(dst, to), count);
}

unsafe fn write_kv<K, V>(n: Node<K, V>, i: usize, k: K, v: V) {
    ptr::write(key(n, i), k);
    ptr::write(val(n, i), v);
}

unsafe fn read_kv<K, V>(n: Node<K, V>, i: usize) -> (K, V) {
    (ptr::read(key(n, i)), ptr::read(val(n, i)))
}

/// Puts `(k, v)` at index `i` of a node with room, shifting later keys right (and, in an
/// internal node, puts `right` as the edge after it).
unsafe fn insert_fit<K, V>(n: Node<K, V>, i: usize, k: K, v: V, right: Node<K, V>) {
    let l = len(n);
    move_kvs(n, i, n, i + 1, l - i);
    write_kv(n, i, k, v);
    if !right.is_null() {
        move_edges(n, i + 1, n, i + 2, l - i);
        set_edge(n, i + 1, right);
        relink(n, i + 2, l + 1);
    }
    set_len(n, l + 1);
}

/// Moves the upper half of the full node `n` into the fresh node `fresh` (same height) and
/// returns the middle key and value, which belong in the parent between them.
unsafe fn split<K, V>(n: Node<K, V>, fresh: Node<K, V>, height: usize) -> (K, V) {
    let moved = CAPACITY - SPLIT_AT - 1;
    move_kvs(n, SPLIT_AT + 1, fresh, 0, moved);
    if height > 0 {
        move_edges(n, SPLIT_AT + 1, fresh, 0, moved + 1);
        relink(fresh, 0, moved);
    }
    let mid = read_kv(n, SPLIT_AT);
    set_len(n, SPLIT_AT);
    set_len(fresh, moved);
    mid
}

/// Inserts `(k, v)` at leaf edge `i` of `leaf`, splitting full nodes up to the root, and
/// returns where the value now lives.
pub(super) unsafe fn insert<K, V>(root: &mut Root<K, V>, leaf: Node<K, V>, i: usize, k: K, v: V) -> *mut V {
    if root.node.is_null() {
        let n = new_leaf::<K, V>();
        write_kv(n, 0, k, v);
        set_len(n, 1);
        root.node = n;
        root.height = 0;
        return val(n, 0);
    }
    if len(leaf) < CAPACITY {
        insert_fit(leaf, i, k, v, ptr::null_mut());
        return val(leaf, i);
    }
    let right = new_leaf::<K, V>();
    let (mk, mv) = split(leaf, right, 0);
    // The key that moves up is never the new one, so `place` stays put while the ancestors
    // split.
    let place = if i <= SPLIT_AT {
        insert_fit(leaf, i, k, v, ptr::null_mut());
        val(leaf, i)
    } else {
        let j = i - SPLIT_AT - 1;
        insert_fit(right, j, k, v, ptr::null_mut());
        val(right, j)
    };
    insert_above(root, leaf, 0, mk, mv, right);
    place
}

/// Puts `(k, v)` and the new node `right` into `left`'s parent just after `left`.
unsafe fn insert_above<K, V>(root: &mut Root<K, V>, left: Node<K, V>, height: usize, k: K, v: V, right: Node<K, V>) {
    let mut left = left;
    let mut height = height;
    let mut k = k;
    let mut v = v;
    let mut right = right;
    loop {
        let p = parent(left);
        if p.is_null() {
            let r = new_internal::<K, V>();
            write_kv(r, 0, k, v);
            set_len(r, 1);
            set_edge(r, 0, left);
            set_edge(r, 1, right);
            root.node = r;
            root.height = height + 1;
            return;
        }
        let i = parent_idx(left);
        if len(p) < CAPACITY {
            insert_fit(p, i, k, v, right);
            return;
        }
        let fresh = new_internal::<K, V>();
        let (mk, mv) = split(p, fresh, height + 1);
        if i <= SPLIT_AT {
            insert_fit(p, i, k, v, right);
        } else {
            insert_fit(fresh, i - SPLIT_AT - 1, k, v, right);
        }
        left = p;
        right = fresh;
        k = mk;
        v = mv;
        height += 1;
    }
}

/// Appends `(k, v)` after every key in the tree (the caller guarantees the order).
pub(super) unsafe fn push_back<K, V>(root: &mut Root<K, V>, k: K, v: V) {
    let leaf = if root.node.is_null() { ptr::null_mut() } else { last_leaf(root.node, root.height) };
    let at = if leaf.is_null() { 0 } else { len(leaf) };
    insert(root, leaf, at, k, v);
}

/// Takes key `i` out of a leaf, shifting later keys left.
unsafe fn leaf_remove<K, V>(n: Node<K, V>, i: usize) -> (K, V) {
    let l = len(n);
    let kv = read_kv(n, i);
    move_kvs(n, i + 1, n, i, l - i - 1);
    set_len(n, l - 1);
    kv
}

/// Removes the key at index `i` of `n` (at `height`) and returns it with its value,
/// restoring the tree's invariants. A key in an internal node trades places with its
/// predecessor, the last key of the leaf before it, and the leaf loses that one.
pub(super) unsafe fn remove<K, V>(root: &mut Root<K, V>, n: Node<K, V>, height: usize, i: usize) -> (K, V) {
    if height == 0 {
        let kv = leaf_remove(n, i);
        rebalance(root, n);
        return kv;
    }
    let leaf = last_leaf(edge(n, i), height - 1);
    let (pk, pv) = leaf_remove(leaf, len(leaf) - 1);
    let kv = read_kv(n, i);
    write_kv(n, i, pk, pv);
    rebalance(root, leaf);
    kv
}

/// Fixes the leaf `n` after it lost a key: an underfull node takes a key from a sibling
/// through the parent, or merges with it (and the parent may underflow in turn); an empty
/// root gives way to its only child, or to nothing.
unsafe fn rebalance<K, V>(root: &mut Root<K, V>, n: Node<K, V>) {
    let mut n = n;
    let mut height = 0;
    loop {
        let l = len(n);
        let p = parent(n);
        if p.is_null() {
            if l == 0 {
                if height > 0 {
                    let child = edge(n, 0);
                    clear_parent(child);
                    root.node = child;
                    root.height = height - 1;
                } else {
                    root.node = ptr::null_mut();
                    root.height = 0;
                }
                free_node(n, height);
            }
            return;
        }
        if l >= MIN_LEN {
            return;
        }
        let at = parent_idx(n);
        // Prefer the left sibling, as Rust's B-tree does.
        let kv_at = if at > 0 { at - 1 } else { 0 };
        let left = edge(p, kv_at);
        let right = edge(p, kv_at + 1);
        if len(left) + len(right) + 1 <= CAPACITY {
            merge(p, kv_at, left, right, height);
            n = p;
            height += 1;
        } else {
            if n == right {
                steal_left(p, kv_at, left, right, height);
            } else {
                steal_right(p, kv_at, left, right, height);
            }
            return;
        }
    }
}

/// Moves parent key `kv_at` and all of `right` into `left` (children `kv_at` and
/// `kv_at + 1` of `p`, at `height`), then frees `right`.
unsafe fn merge<K, V>(p: Node<K, V>, kv_at: usize, left: Node<K, V>, right: Node<K, V>, height: usize) {
    let ll = len(left);
    let rl = len(right);
    let pl = len(p);
    let (k, v) = read_kv(p, kv_at);
    write_kv(left, ll, k, v);
    move_kvs(right, 0, left, ll + 1, rl);
    if height > 0 {
        move_edges(right, 0, left, ll + 1, rl + 1);
        relink(left, ll + 1, ll + 1 + rl);
    }
    set_len(left, ll + 1 + rl);
    move_kvs(p, kv_at + 1, p, kv_at, pl - kv_at - 1);
    move_edges(p, kv_at + 2, p, kv_at + 1, pl - kv_at - 1);
    relink(p, kv_at + 1, pl - 1);
    set_len(p, pl - 1);
    free_node(right, height);
}

/// Rotates one key from `left` through the parent into the front of `right`.
unsafe fn steal_left<K, V>(p: Node<K, V>, kv_at: usize, left: Node<K, V>, right: Node<K, V>, height: usize) {
    let ll = len(left);
    let rl = len(right);
    move_kvs(right, 0, right, 1, rl);
    let (lk, lv) = read_kv(left, ll - 1);
    let (pk, pv) = read_kv(p, kv_at);
    write_kv(p, kv_at, lk, lv);
    write_kv(right, 0, pk, pv);
    if height > 0 {
        move_edges(right, 0, right, 1, rl + 1);
        set_edge(right, 0, edge(left, ll));
        relink(right, 1, rl + 1);
    }
    set_len(left, ll - 1);
    set_len(right, rl + 1);
}

/// Rotates one key from the front of `right` through the parent onto the end of `left`.
unsafe fn steal_right<K, V>(p: Node<K, V>, kv_at: usize, left: Node<K, V>, right: Node<K, V>, height: usize) {
    let ll = len(left);
    let rl = len(right);
    let (rk, rv) = read_kv(right, 0);
    let (pk, pv) = read_kv(p, kv_at);
    write_kv(p, kv_at, rk, rv);
    write_kv(left, ll, pk, pv);
    move_kvs(right, 1, right, 0, rl - 1);
    if height > 0 {
        set_edge(left, ll + 1, edge(right, 0));
        move_edges(right, 1, right, 0, rl);
        relink(right, 0, rl - 1);
    }
    set_len(left, ll + 1);
    set_len(right, rl - 1);
}

/// Drops every key and value under `n` and frees the nodes.
pub(super) unsafe fn drop_subtree<K, V>(n: Node<K, V>, height: usize) {
    let l = len(n);
    let mut i = 0;
    while i < l {
        ptr::drop_in_place(key(n, i));
        ptr::drop_in_place(val(n, i));
        i += 1;
    }
    if height > 0 {
        let mut e = 0;
        while e <= l {
            drop_subtree(edge(n, e), height - 1);
            e += 1;
        }
    }
    free_node(n, height);
}

/// A copy of the subtree under `n` with the keys and values cloned.
pub(super) unsafe fn clone_subtree<K: Clone, V: Clone>(n: Node<K, V>, height: usize) -> Node<K, V> {
    let out = if height == 0 { new_leaf::<K, V>() } else { new_internal::<K, V>() };
    let l = len(n);
    let mut i = 0;
    while i < l {
        write_kv(out, i, (*key(n, i)).clone(), (*val(n, i)).clone());
        // Counted as it goes, so a panicking clone leaves a node that drops cleanly.
        set_len(out, i + 1);
        i += 1;
    }
    if height > 0 {
        let mut e = 0;
        while e <= l {
            set_edge(out, e, clone_subtree(edge(n, e), height - 1));
            e += 1;
        }
    }
    out
}
