mod drop;
mod function;
mod unsize;
pub use self::drop::Drop;
pub use self::function::{Fn, FnMut, FnOnce};
pub use self::unsize::CoerceUnsized;
