//! A library exporting macro_rules! macros: `$crate` paths, helper macros called through
//! `$crate::`, and an item-generating macro.

pub fn scale(x: i32, by: i32) -> i32 {
    x * by
}

#[doc(hidden)]
pub fn describe_sum(n: i32) -> i32 {
    n
}

#[macro_export]
macro_rules! triple {
    ($e:expr) => {
        $crate::scale($e, 3)
    };
}

#[macro_export]
macro_rules! sum {
    () => { 0 };
    ($head:expr $(, $rest:expr)*) => {
        $crate::describe_sum($head + $crate::sum!($($rest),*))
    };
}

#[macro_export]
macro_rules! newtype {
    ($name:ident($inner:ty)) => {
        pub struct $name(pub $inner);
        impl $name {
            pub fn get(&self) -> $inner {
                self.0
            }
        }
    };
}
