//! Iterator adapters: iterators built from other iterators by `Iterator`'s provided methods.

mod chain;
mod enumerate;
mod peekable;
mod rev;
mod skip;
mod step_by;
mod take;
mod zip;

pub use self::chain::Chain;
pub use self::enumerate::Enumerate;
pub use self::peekable::Peekable;
pub use self::rev::Rev;
pub use self::skip::Skip;
pub use self::step_by::StepBy;
pub use self::take::Take;
pub use self::zip::Zip;
