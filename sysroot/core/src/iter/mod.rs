//! Iteration: the `Iterator` trait, conversions into and out of iterators, ranges as
//! iterators, and the adapters `Iterator`'s provided methods build.

mod accum;
mod adapters;
mod collect;
mod double_ended;
mod iterator;
mod range;

pub use self::accum::{Product, Sum};
pub use self::adapters::{Chain, Cloned, Copied, Enumerate, Filter, FilterMap, FlatMap, Inspect, Map, Peekable, Rev, Scan, Skip, SkipWhile, StepBy, Take, TakeWhile, Zip};
pub use self::collect::{Extend, FromIterator, IntoIterator};
pub use self::double_ended::{DoubleEndedIterator, ExactSizeIterator};
pub use self::iterator::Iterator;
pub use self::range::Step;
