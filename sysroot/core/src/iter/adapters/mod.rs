//! Iterator adapters: iterators built from other iterators by `Iterator`'s provided methods.

mod chain;
mod cloned;
mod enumerate;
mod filter;
mod cycle;
mod flatten;
mod fuse;
mod map_while;
mod inspect;
mod map;
mod peekable;
mod rev;
mod scan;
mod skip;
mod step_by;
mod take;
mod take_while;
mod zip;

pub use self::chain::Chain;
pub use self::enumerate::Enumerate;
pub use self::peekable::Peekable;
pub use self::rev::Rev;
pub use self::skip::Skip;
pub use self::step_by::StepBy;
pub use self::take::Take;
pub use self::zip::Zip;
pub use self::cloned::{Cloned, Copied};
pub use self::filter::{Filter, FilterMap};
pub use self::cycle::Cycle;
pub use self::flatten::{FlatMap, Flatten};
pub use self::fuse::Fuse;
pub use self::map_while::MapWhile;
pub use self::inspect::Inspect;
pub use self::map::Map;
pub use self::scan::Scan;
pub use self::take_while::{SkipWhile, TakeWhile};
