//! Iterators made from scratch rather than from a collection: `from_fn`, `successors`,
//! `repeat`, `repeat_n`, `repeat_with`, `once`, `once_with` and `empty`.

mod empty;
mod from_fn;
mod once;
mod repeat;
mod successors;

pub use self::empty::{empty, Empty};
pub use self::from_fn::{from_fn, FromFn};
pub use self::once::{once, once_with, Once, OnceWith};
pub use self::repeat::{repeat, repeat_n, repeat_with, Repeat, RepeatN, RepeatWith};
pub use self::successors::{successors, Successors};
