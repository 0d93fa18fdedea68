//! Iteration: the `Iterator` trait, conversions into and out of iterators, ranges as
//! iterators, and the adapters `Iterator`'s provided methods build.

mod accum;
mod adapters;
mod collect;
mod double_ended;
mod iterator;
mod range;
mod sources;

pub use self::accum::{Product, Sum};
pub use self::adapters::{Chain, Cloned, Copied, Cycle, Enumerate, Filter, FilterMap, FlatMap, Flatten, Fuse, MapWhile, Inspect, Map, Peekable, Rev, Scan, Skip, SkipWhile, StepBy, Take, TakeWhile, Zip};
pub use self::collect::{Extend, FromIterator, IntoIterator};
pub use self::double_ended::{DoubleEndedIterator, ExactSizeIterator};
pub use self::iterator::Iterator;
pub use self::range::Step;
pub use self::sources::{empty, from_fn, once, once_with, repeat, repeat_n, repeat_with, successors};
pub use self::sources::{Empty, FromFn, Once, OnceWith, Repeat, RepeatN, RepeatWith, Successors};

/// Pairs of values from `a` and `b`, until either ends (`a.into_iter().zip(b)`).
pub fn zip<A: IntoIterator, B: IntoIterator>(a: A, b: B) -> Zip<A::IntoIter, B::IntoIter> {
    a.into_iter().zip(b)
}
