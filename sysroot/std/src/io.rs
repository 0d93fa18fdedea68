//! Standard streams, as the formatting macros use them.

use core::fmt::Formatter;

/// The formatter `print!` and `println!` write through: buffered stdout.
pub fn _stdout_formatter() -> Formatter {
    Formatter::new(crate::stdout::write_stdout, 0)
}

/// The formatter `eprint!` and `eprintln!` write through: unbuffered stderr.
pub fn _stderr_formatter() -> Formatter {
    Formatter::new(write_stderr, 0)
}

fn write_stderr(_ctx: usize, ptr: *const u8, len: usize) {
    crate::stdout::flush_before_stderr();
    crate::sys::write_all(2, ptr, len);
}
