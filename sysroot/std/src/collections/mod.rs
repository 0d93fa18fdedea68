//! Collections: the hash-based ones live here (they need std's `RandomState`); `Vec`,
//! `String` and the others come from `alloc`.

mod hash;
pub mod hash_map;
pub mod hash_set;

pub use self::hash_map::HashMap;
pub use self::hash_set::HashSet;
pub use alloc_crate::collections::binary_heap::{self, BinaryHeap};
pub use alloc_crate::collections::btree_map::{self, BTreeMap};
pub use alloc_crate::collections::btree_set::{self, BTreeSet};
pub use alloc_crate::collections::linked_list::{self, LinkedList};
pub use alloc_crate::collections::vec_deque::{self, VecDeque};
pub use core::ops::Bound;
