//! Collections that need only an allocator (the hash-based ones are in std).

pub mod binary_heap;
mod btree;
pub mod linked_list;
pub mod vec_deque;

pub use self::binary_heap::BinaryHeap;
pub use self::btree::map as btree_map;
pub use self::btree::set as btree_set;
pub use self::btree_map::BTreeMap;
pub use self::btree_set::BTreeSet;
pub use self::linked_list::LinkedList;
pub use self::vec_deque::VecDeque;
