mod drop;
mod function;
pub use self::drop::Drop;
pub use self::function::{Fn, FnMut, FnOnce};
