//! Integers known not to be zero (`NonZeroUsize` and friends).

use crate::fmt;

macro_rules! nonzero {
    ($name:ident, $int:ident) => {
        /// An integer that is not zero.
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name($int);

        impl $name {
            /// `Some` unless `n` is zero.
            pub const fn new(n: $int) -> Option<$name> {
                if n != 0 { Some($name(n)) } else { None }
            }

            pub const unsafe fn new_unchecked(n: $int) -> $name {
                $name(n)
            }

            pub const fn get(self) -> $int {
                self.0
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Debug::fmt(&self.0, f)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }

        impl From<$name> for $int {
            fn from(n: $name) -> $int {
                n.0
            }
        }
    };
}

nonzero!(NonZeroU8, u8);
nonzero!(NonZeroU16, u16);
nonzero!(NonZeroU32, u32);
nonzero!(NonZeroU64, u64);
nonzero!(NonZeroUsize, usize);
nonzero!(NonZeroI32, i32);
nonzero!(NonZeroI64, i64);
nonzero!(NonZeroIsize, isize);
