//! Standard streams: what `print!`/`eprint!` write to.

use core::fmt;

/// Buffered stdout as a `fmt::Write` destination.
struct StdoutSink;

impl fmt::Write for StdoutSink {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        crate::stdout::write_stdout(s);
        Ok(())
    }
}

/// Unbuffered stderr as a `fmt::Write` destination.
struct StderrSink;

impl fmt::Write for StderrSink {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        crate::stdout::write_stderr(s);
        Ok(())
    }
}

/// What `print!` and `println!` call.
pub fn _print(args: fmt::Arguments<'_>) {
    let _ = fmt::write(&mut StdoutSink, args);
}

/// What `eprint!` and `eprintln!` call.
pub fn _eprint(args: fmt::Arguments<'_>) {
    let _ = fmt::write(&mut StderrSink, args);
}
