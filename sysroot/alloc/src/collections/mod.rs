//! Collections that need only an allocator (the hash-based ones are in std).

pub mod vec_deque;

pub use self::vec_deque::VecDeque;
