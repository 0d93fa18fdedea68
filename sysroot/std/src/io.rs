//! I/O: the `Write`, `Read` and `BufRead` traits, the standard streams (`io::stdin()`,
//! `io::stdout()`, `io::stderr()`), and what `print!`/`eprint!` write through.

use core::fmt;
use core::iter::Iterator;
use crate::string::String;

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
    /// Reading failed (the system call's error).
    ReadFailed,
}

impl Error {
    pub fn kind(&self) -> ErrorKind {
        match self.kind {
            ErrorKind::WriteZero => ErrorKind::WriteZero,
            ErrorKind::Other => ErrorKind::Other,
            ErrorKind::ReadFailed => ErrorKind::ReadFailed,
        }
    }

    fn description(&self) -> &'static str {
        match self.kind {
            ErrorKind::WriteZero => "failed to write whole buffer",
            ErrorKind::Other => "formatter error",
            ErrorKind::ReadFailed => "failed to read from stdin",
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

/// Bytes written to a vector are appended to it.
impl Write for crate::vec::Vec<u8> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        self.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> Result<()> {
        Ok(())
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

/// A source of bytes.
pub trait Read {
    /// Reads some bytes into `buf`; how many (0 at the end of the input).
    fn read(&mut self, buf: &mut [u8]) -> Result<usize>;
}

/// A reader with an internal buffer, which can read line by line.
pub trait BufRead: Read {
    /// Appends the next line, with its `\n` if it has one, to `buf`; returns how many bytes
    /// were read (0 at the end of the input).
    fn read_line(&mut self, buf: &mut String) -> Result<usize>;

    /// The remaining lines, without their line endings.
    fn lines(self) -> Lines<Self>
    where
        Self: Sized,
    {
        Lines { buf: self }
    }
}

/// The lines of a `BufRead`, as `io::Result<String>` without `\n` or `\r\n`.
pub struct Lines<B> {
    buf: B,
}

impl<B: BufRead> Iterator for Lines<B> {
    type Item = Result<String>;

    fn next(&mut self) -> Option<Result<String>> {
        let mut line = String::new();
        match self.buf.read_line(&mut line) {
            Ok(0) => None,
            Ok(_) => {
                if last_byte(&line) == b'\n' {
                    line.pop();
                    if last_byte(&line) == b'\r' {
                        line.pop();
                    }
                }
                Some(Ok(line))
            }
            Err(e) => Some(Err(e)),
        }
    }
}

fn last_byte(s: &String) -> u8 {
    let b = s.as_bytes();
    if b.is_empty() { 0 } else { b[b.len() - 1] }
}

/// A handle to the standard input (buffered, shared by every handle).
pub struct Stdin {
    _private: (),
}

/// A locked `Stdin`: what `BufRead` is implemented for.
pub struct StdinLock<'a> {
    _stdin: &'a (),
}

/// The standard input of the process.
pub fn stdin() -> Stdin {
    Stdin { _private: () }
}

const STDIN_CAPACITY: usize = 1024;
static mut STDIN_BUF: [u8; 1024] = [0u8; 1024];
static mut STDIN_POS: usize = 0;
static mut STDIN_FILLED: usize = 0;

/// Refills the stdin buffer when it is used up: false at the end of the input.
fn stdin_fill() -> Result<bool> {
    unsafe {
        if STDIN_POS < STDIN_FILLED {
            return Ok(true);
        }
        let n = crate::sys::read(0, &mut STDIN_BUF[0] as *mut u8, STDIN_CAPACITY);
        if n < 0 {
            return Err(Error { kind: ErrorKind::ReadFailed });
        }
        STDIN_POS = 0;
        STDIN_FILLED = n as usize;
        Ok(n > 0)
    }
}

fn stdin_read_line(buf: &mut String) -> Result<usize> {
    let mut total: usize = 0;
    loop {
        match stdin_fill() {
            Ok(true) => {}
            Ok(false) => return Ok(total),
            Err(e) => return Err(e),
        }
        unsafe {
            let start = STDIN_POS;
            let mut end = start;
            let mut newline = false;
            while end < STDIN_FILLED && !newline {
                newline = STDIN_BUF[end] == b'\n';
                end = end + 1;
            }
            let bytes = core::slice::from_raw_parts(&STDIN_BUF[start] as *const u8, end - start);
            buf.push_str(core::str::from_utf8_unchecked(bytes));
            STDIN_POS = end;
            total = total + (end - start);
            if newline {
                return Ok(total);
            }
        }
    }
}

fn stdin_read(buf: &mut [u8]) -> Result<usize> {
    match stdin_fill() {
        Ok(true) => {}
        Ok(false) => return Ok(0),
        Err(e) => return Err(e),
    }
    unsafe {
        let mut n: usize = 0;
        while n < buf.len() && STDIN_POS < STDIN_FILLED {
            buf[n] = STDIN_BUF[STDIN_POS];
            STDIN_POS = STDIN_POS + 1;
            n = n + 1;
        }
        Ok(n)
    }
}

impl Stdin {
    pub fn lock(&self) -> StdinLock<'static> {
        StdinLock { _stdin: &() }
    }

    /// Appends the next line (with its `\n`) to `buf`; 0 at the end of the input.
    pub fn read_line(&self, buf: &mut String) -> Result<usize> {
        stdin_read_line(buf)
    }

    /// The remaining lines of the input.
    pub fn lines(self) -> Lines<StdinLock<'static>> {
        Lines { buf: StdinLock { _stdin: &() } }
    }
}

impl Read for Stdin {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> {
        stdin_read(buf)
    }
}

impl<'a> Read for StdinLock<'a> {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> {
        stdin_read(buf)
    }
}

impl<'a> BufRead for StdinLock<'a> {
    fn read_line(&mut self, buf: &mut String) -> Result<usize> {
        stdin_read_line(buf)
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
