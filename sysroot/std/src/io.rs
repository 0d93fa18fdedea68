//! I/O: the `Write` trait for byte sinks, the standard output and error handles
//! (`io::stdout()`, `io::stderr()`), and what `print!`/`eprint!` write through.

use core::fmt;

/// What went wrong in an I/O operation.
pub struct Error {
    kind: ErrorKind,
}

/// The category of an I/O error.
pub enum ErrorKind {
    /// A write accepted no bytes.
    WriteZero,
    /// Formatting a value into the stream failed.
    Other,
}

impl Error {
    pub fn kind(&self) -> ErrorKind {
        match self.kind {
            ErrorKind::WriteZero => ErrorKind::WriteZero,
            ErrorKind::Other => ErrorKind::Other,
        }
    }

    fn description(&self) -> &'static str {
        match self.kind {
            ErrorKind::WriteZero => "failed to write whole buffer",
            ErrorKind::Other => "formatter error",
        }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.description())
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.description())
    }
}

/// The result of an I/O operation.
pub type Result<T> = core::result::Result<T, Error>;

/// A destination for bytes.
pub trait Write {
    /// Writes some of `buf`; returns how many bytes were taken.
    fn write(&mut self, buf: &[u8]) -> Result<usize>;

    /// Makes sure everything written so far reached its destination.
    fn flush(&mut self) -> Result<()>;

    /// Writes all of `buf`.
    fn write_all(&mut self, buf: &[u8]) -> Result<()> {
        let mut rest = buf;
        while !rest.is_empty() {
            match self.write(rest) {
                Ok(0) => return Err(Error { kind: ErrorKind::WriteZero }),
                Ok(n) => rest = unsafe { core::slice::from_raw_parts(rest.as_ptr().add(n), rest.len() - n) },
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// Writes formatted text: what `write!` and `writeln!` call on a stream.
    fn write_fmt(&mut self, args: fmt::Arguments<'_>) -> Result<()> {
        let mut adapter = Adapter { inner: self, error: None };
        match fmt::write(&mut adapter, args) {
            Ok(()) => Ok(()),
            Err(_) => match adapter.error {
                Some(e) => Err(e),
                None => Err(Error { kind: ErrorKind::Other }),
            },
        }
    }
}

/// A `fmt::Write` over an `io::Write`, keeping the I/O error that stopped formatting.
struct Adapter<'a, W: ?Sized> {
    inner: &'a mut W,
    error: Option<Error>,
}

impl<'a, W: Write + ?Sized> fmt::Write for Adapter<'a, W> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        match self.inner.write_all(s.as_bytes()) {
            Ok(()) => Ok(()),
            Err(e) => {
                self.error = Some(e);
                Err(fmt::Error)
            }
        }
    }
}

impl<W: Write + ?Sized> Write for &mut W {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        (**self).write(buf)
    }

    fn flush(&mut self) -> Result<()> {
        (**self).flush()
    }
}

/// A handle to the standard output stream (line-buffered).
pub struct Stdout {
    _private: (),
}

/// A locked `Stdout` (the program has a single thread, so locking is free).
pub struct StdoutLock<'a> {
    _stdout: &'a Stdout,
}

/// A handle to the standard error stream (unbuffered).
pub struct Stderr {
    _private: (),
}

/// A locked `Stderr`.
pub struct StderrLock<'a> {
    _stderr: &'a Stderr,
}

/// The standard output of the process.
pub fn stdout() -> Stdout {
    Stdout { _private: () }
}

/// The standard error of the process.
pub fn stderr() -> Stderr {
    Stderr { _private: () }
}

impl Stdout {
    pub fn lock(&self) -> StdoutLock<'_> {
        StdoutLock { _stdout: self }
    }
}

impl Stderr {
    pub fn lock(&self) -> StderrLock<'_> {
        StderrLock { _stderr: self }
    }
}

fn write_stdout(buf: &[u8]) -> Result<usize> {
    crate::stdout::write_stdout_bytes(buf.as_ptr(), buf.len());
    Ok(buf.len())
}

fn write_stderr(buf: &[u8]) -> Result<usize> {
    crate::stdout::write_stderr_bytes(buf.as_ptr(), buf.len());
    Ok(buf.len())
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        write_stdout(buf)
    }

    fn flush(&mut self) -> Result<()> {
        crate::stdout::flush();
        Ok(())
    }
}

impl<'a> Write for StdoutLock<'a> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        write_stdout(buf)
    }

    fn flush(&mut self) -> Result<()> {
        crate::stdout::flush();
        Ok(())
    }
}

impl Write for Stderr {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        write_stderr(buf)
    }

    fn flush(&mut self) -> Result<()> {
        Ok(())
    }
}

impl<'a> Write for StderrLock<'a> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        write_stderr(buf)
    }

    fn flush(&mut self) -> Result<()> {
        Ok(())
    }
}

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
