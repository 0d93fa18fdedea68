//! Hashing for std's hash collections: the hasher and the table they share.

mod random;
mod sip;
pub(crate) mod table;

pub use self::random::{DefaultHasher, RandomState};
