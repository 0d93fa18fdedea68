//! Overloadable operators and the traits the compiler calls for them.

mod arith;
mod bit;
mod control_flow;
mod deref;
mod drop;
mod function;
mod index;
mod range;
mod try_trait;
mod unsize;

pub use self::control_flow::ControlFlow;
pub use self::drop::Drop;
pub use self::function::{Fn, FnMut, FnOnce};
pub use self::arith::{Add, AddAssign, Div, DivAssign, Mul, MulAssign, Neg, Rem, RemAssign, Sub, SubAssign};
pub use self::bit::{BitAnd, BitAndAssign, BitOr, BitOrAssign, BitXor, BitXorAssign, Not, Shl, ShlAssign, Shr, ShrAssign};
pub use self::deref::{Deref, DerefMut};
pub use self::index::{Index, IndexMut};
pub use self::unsize::CoerceUnsized;
pub use self::range::{Bound, Range, RangeBounds, RangeFrom, RangeFull, RangeInclusive, RangeTo, RangeToInclusive};
pub use self::try_trait::{FromResidual, Try};
