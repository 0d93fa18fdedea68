//! Formatting into a `String`: `format!` calls `alloc::fmt::format`.

pub use core::fmt::*;
// Modules too (the format macros name `fmt::rt`).
pub use core::fmt::rt;

use crate::string::String;

/// The text `args` formats to.
pub fn format(args: Arguments<'_>) -> String {
    let mut s = String::new();
    let _ = Write::write_fmt(&mut s, args);
    s
}

/// `format!("...", args)`: a `String` with the formatted text.
#[macro_export]
macro_rules! format {
    ($($arg:tt)*) => {
        $crate::fmt::format(format_args!($($arg)*))
    };
}
