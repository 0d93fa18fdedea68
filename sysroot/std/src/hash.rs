//! `core::hash` plus the hasher std's collections use by default.

pub use core::hash::*;
pub use crate::collections::hash_map::{DefaultHasher, RandomState};
