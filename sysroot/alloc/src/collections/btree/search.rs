//! Finding keys and range ends in a B-tree. Nodes are small, so each is scanned linearly
//! from the left, as Rust's B-tree does.

use core::borrow::Borrow;
use core::cmp::Ordering;
use core::ops::Bound;
use core::ptr;

use super::navigate::Edge;
use super::node::{edge, key, len, Node, Root};

pub(super) enum Search<K, V> {
    /// The key is at index `idx` of `node`, `height` above the leaves.
    Found { node: Node<K, V>, height: usize, idx: usize },
    /// The key belongs at this leaf edge (a null leaf in an empty tree).
    GoDown(Edge<K, V>),
}

/// Looks `q` up from the root.
pub(super) unsafe fn search<K, V, Q: ?Sized + Ord>(root: &Root<K, V>, q: &Q) -> Search<K, V>
where
    K: Borrow<Q>,
{
    let mut n = root.node;
    if n.is_null() {
        return Search::GoDown(Edge { node: ptr::null_mut(), idx: 0 });
    }
    let mut height = root.height;
    loop {
        let l = len(n);
        let mut i = 0;
        while i < l {
            match q.cmp((*key(n, i)).borrow()) {
                Ordering::Greater => i += 1,
                Ordering::Equal => return Search::Found { node: n, height, idx: i },
                Ordering::Less => break,
            }
        }
        if height == 0 {
            return Search::GoDown(Edge { node: n, idx: i });
        }
        n = edge(n, i);
        height -= 1;
    }
}

/// Whether the key `k` lies before the gap that `bound` marks when it is a lower bound
/// (`Included(q)`: the gap before `q`; `Excluded(q)`: the gap after it).
fn before_lower<Q: ?Sized + Ord>(k: &Q, bound: Bound<&Q>) -> bool {
    match bound {
        Bound::Included(q) => k < q,
        Bound::Excluded(q) => k <= q,
        Bound::Unbounded => false,
    }
}

/// Whether the key `k` lies before the gap that `bound` marks when it is an upper bound.
fn before_upper<Q: ?Sized + Ord>(k: &Q, bound: Bound<&Q>) -> bool {
    match bound {
        Bound::Included(q) => k <= q,
        Bound::Excluded(q) => k < q,
        Bound::Unbounded => true,
    }
}

/// The leaf edge at the gap a range end marks: in every node on the way down, the number
/// of keys before the gap is the child to descend into. Each gap between neighbouring keys
/// is exactly one leaf edge, so the two ends of an empty range meet at the same edge.
unsafe fn bound_edge<K, V, Q: ?Sized + Ord>(root: &Root<K, V>, bound: Bound<&Q>, upper: bool) -> Edge<K, V>
where
    K: Borrow<Q>,
{
    let mut n = root.node;
    if n.is_null() {
        return Edge { node: n, idx: 0 };
    }
    let mut height = root.height;
    loop {
        let l = len(n);
        let mut i = 0;
        while i < l {
            let k: &Q = (*key(n, i)).borrow();
            let before = if upper { before_upper(k, bound) } else { before_lower(k, bound) };
            if !before {
                break;
            }
            i += 1;
        }
        if height == 0 {
            return Edge { node: n, idx: i };
        }
        n = edge(n, i);
        height -= 1;
    }
}

/// The leaf edges at which a range of keys starts and ends. Panics, with Rust's messages
/// (`collection` names the type asked), when the start comes after the end.
pub(super) unsafe fn range_edges<K, V, Q: ?Sized + Ord>(
    root: &Root<K, V>,
    start: Bound<&Q>,
    end: Bound<&Q>,
    collection: &str,
) -> (Edge<K, V>, Edge<K, V>)
where
    K: Borrow<Q>,
{
    match (start, end) {
        (Bound::Excluded(s), Bound::Excluded(e)) if s == e => {
            panic!("range start and end are equal and excluded in {}", collection)
        }
        (Bound::Included(s) | Bound::Excluded(s), Bound::Included(e) | Bound::Excluded(e)) if s > e => {
            panic!("range start is greater than range end in {}", collection)
        }
        _ => {}
    }
    (bound_edge(root, start, false), bound_edge(root, end, true))
}
