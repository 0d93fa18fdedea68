//! The ordered collections: `BTreeMap` and `BTreeSet`, over one B-tree implementation.

mod entry;
pub mod map;
mod navigate;
mod node;
mod search;
pub mod set;
