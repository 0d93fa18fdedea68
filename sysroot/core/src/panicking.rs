//! Panic entry points: `panic!` and the assertion macros call them, and so does the
//! compiler for overflow and bounds checks. They build a `PanicInfo` and call the
//! `#[panic_handler]`, which the final binary's std (or a `no_std` user) provides under
//! the symbol `rust_begin_unwind`.
//!
//! Rust passes the caller's location through `#[track_caller]`; tsrustc's macros pass it
//! as an explicit argument instead.

use crate::option::Option::{self, None, Some};

use crate::fmt::rt::Argument;
use crate::fmt::{Arguments, Debug, Display};
use crate::panic::{Location, PanicInfo};

extern "Rust" {
    fn rust_begin_unwind(info: &PanicInfo) -> !;
}

/// Panics with a formatted message (`panic!("{}", x)`).
#[lang = "panic_fmt"]
#[cold]
#[inline(never)]
pub fn panic_fmt(args: Arguments<'_>, location: &Location<'_>) -> ! {
    let info = PanicInfo::new(&args, location);
    unsafe { rust_begin_unwind(&info) }
}

/// Panics with a fixed message: the compiler's overflow and division checks.
#[lang = "panic"]
#[cold]
#[inline(never)]
pub fn panic(message: &'static str, file: &'static str, line: u32, col: u32) -> ! {
    let pieces = [message];
    panic_fmt(Arguments::new_const(&pieces), &Location::internal_constructor(file, line, col))
}

#[lang = "panic_bounds_check"]
#[cold]
#[inline(never)]
pub fn panic_bounds_check(index: usize, len: usize, file: &'static str, line: u32, col: u32) -> ! {
    let pieces = ["index out of bounds: the len is ", " but the index is "];
    let args = [Argument::new_display(&len), Argument::new_display(&index)];
    panic_fmt(Arguments::new_v1(&pieces, &args), &Location::internal_constructor(file, line, col))
}

/// Panics with a message known only at run time (`Option::expect`'s). The message is
/// borrowed for the panic's duration only, which never ends: the handler does not return.
#[cold]
#[inline(never)]
#[track_caller]
pub fn panic_str(message: &str) -> ! {
    panic_display(&message, Location::caller())
}

/// Panics with `{}` of a value as the message (`panic!("{}", x)` in 2018's `panic!(x)`).
#[cold]
#[inline(never)]
pub fn panic_display<T: Display + ?Sized>(x: &T, location: &Location<'_>) -> ! {
    let pieces = [""];
    let args = [Argument::new_display(&x)];
    panic_fmt(Arguments::new_v1(&pieces, &args), location)
}

/// Panics with `{message}: {value:?}`: what `Result::unwrap` and `expect` report
/// (`called `Result::unwrap()` on an `Err` value: ...`).
#[cold]
#[inline(never)]
pub fn panic_with_debug<T: Debug + ?Sized>(message: &str, value: &T, location: &Location<'_>) -> ! {
    let pieces = ["", ": "];
    let args = [Argument::new_display(&message), Argument::new_debug(&value)];
    panic_fmt(Arguments::new_v1(&pieces, &args), location)
}

/// Which comparison a failed `assert_eq!`/`assert_ne!` made.
pub enum AssertKind {
    Eq,
    Ne,
    Match,
}

/// The panic of a failed `assert_eq!`/`assert_ne!`: rustc's
/// ``assertion `left == right` failed`` (with `: message` when given), then both sides
/// with `{:?}`.
#[cold]
#[inline(never)]
pub fn assert_failed<T: Debug + ?Sized, U: Debug + ?Sized>(kind: AssertKind, left: &T, right: &U, args: Option<Arguments<'_>>, location: &Location<'_>) -> ! {
    let op = match kind {
        AssertKind::Eq => "==",
        AssertKind::Ne => "!=",
        AssertKind::Match => "matches",
    };
    match args {
        Some(message) => {
            let pieces = ["assertion `left ", " right` failed: ", "\n  left: ", "\n right: "];
            let args = [Argument::new_display(&op), Argument::new_display(&message), Argument::new_debug(&left), Argument::new_debug(&right)];
            panic_fmt(Arguments::new_v1(&pieces, &args), location)
        }
        None => {
            let pieces = ["assertion `left ", " right` failed\n  left: ", "\n right: "];
            let args = [Argument::new_display(&op), Argument::new_debug(&left), Argument::new_debug(&right)];
            panic_fmt(Arguments::new_v1(&pieces, &args), location)
        }
    }
}
