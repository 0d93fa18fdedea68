//! I/O: the `Write`, `Read` and `BufRead` traits, the standard streams (`io::stdin()`,
//! `io::stdout()`, `io::stderr()`), and what `print!`/`eprint!` write through.

use core::fmt;
use core::iter::Iterator;
use crate::string::String;
use crate::vec::Vec;

/// What went wrong in an I/O operation: an operating-system error code, or a kind with
/// a fixed message.
pub struct Error {
    repr: Repr,
}

enum Repr {
    Os(i32),
    Simple(ErrorKind),
    Message(ErrorKind, &'static str),
}

/// The category of an I/O error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    NotFound,
    PermissionDenied,
    AlreadyExists,
    NotADirectory,
    IsADirectory,
    ReadOnlyFilesystem,
    StorageFull,
    InvalidInput,
    InvalidData,
    InvalidFilename,
    Interrupted,
    Unsupported,
    UnexpectedEof,
    /// A write accepted no bytes.
    WriteZero,
    /// Formatting a value into the stream failed.
    Other,
    /// An OS error with no better kind.
    Uncategorized,
    /// Reading failed (the system call's error).
    ReadFailed,
}

impl ErrorKind {
    fn as_str(&self) -> &'static str {
        match *self {
            ErrorKind::NotFound => "entity not found",
            ErrorKind::PermissionDenied => "permission denied",
            ErrorKind::AlreadyExists => "entity already exists",
            ErrorKind::NotADirectory => "not a directory",
            ErrorKind::IsADirectory => "is a directory",
            ErrorKind::ReadOnlyFilesystem => "read-only filesystem or storage medium",
            ErrorKind::StorageFull => "no storage space",
            ErrorKind::InvalidInput => "invalid input parameter",
            ErrorKind::InvalidData => "invalid data",
            ErrorKind::InvalidFilename => "invalid filename",
            ErrorKind::Interrupted => "operation interrupted",
            ErrorKind::Unsupported => "unsupported",
            ErrorKind::UnexpectedEof => "unexpected end of file",
            ErrorKind::WriteZero => "write zero",
            ErrorKind::Other => "other error",
            ErrorKind::Uncategorized => "uncategorized error",
            ErrorKind::ReadFailed => "read failed",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Error {
        Error { repr: Repr::Simple(kind) }
    }
}

impl Error {
    /// The error of an operating-system error code (errno on Linux, WASI's errno on WASI).
    pub fn from_raw_os_error(code: i32) -> Error {
        Error { repr: Repr::Os(code) }
    }

    /// The operating-system error code, if this error came from one.
    pub fn raw_os_error(&self) -> Option<i32> {
        match self.repr {
            Repr::Os(code) => Some(code),
            _ => None,
        }
    }

    pub fn kind(&self) -> ErrorKind {
        match self.repr {
            Repr::Os(code) => crate::sys::error_kind(code),
            Repr::Simple(kind) => kind,
            Repr::Message(kind, _) => kind,
        }
    }

    pub(crate) const fn message(kind: ErrorKind, message: &'static str) -> Error {
        Error { repr: Repr::Message(kind, message) }
    }

    /// What Rust's std answers on platforms without the operation.
    #[allow(dead_code)]
    pub(crate) fn unsupported() -> Error {
        Error::message(ErrorKind::Unsupported, "operation not supported on this platform")
    }

    pub(crate) fn nul_in_path() -> Error {
        Error::message(ErrorKind::InvalidInput, "file name contained an unexpected NUL byte")
    }

    pub(crate) fn invalid_utf8() -> Error {
        Error::message(ErrorKind::InvalidData, "stream did not contain valid UTF-8")
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.repr {
            Repr::Os(code) => f
                .debug_struct("Os")
                .field("code", &code)
                .field("kind", &crate::sys::error_kind(code))
                .field("message", &crate::sys::error_string(code))
                .finish(),
            Repr::Simple(kind) => f.debug_tuple("Kind").field(&kind).finish(),
            Repr::Message(kind, message) => {
                f.debug_struct("Error").field("kind", &kind).field("message", &message).finish()
            }
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.repr {
            Repr::Os(code) => write!(f, "{} (os error {})", crate::sys::error_string(code), code),
            Repr::Simple(kind) => f.write_str(kind.as_str()),
            Repr::Message(_, message) => f.write_str(message),
        }
    }
}

impl core::error::Error for Error {}

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
                Ok(0) => return Err(Error::message(ErrorKind::WriteZero, "failed to write whole buffer")),
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
                None => Err(Error::message(ErrorKind::Other, "formatter error")),
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

    /// Appends everything up to the end of the input to `buf`; how many bytes.
    fn read_to_end(&mut self, buf: &mut Vec<u8>) -> Result<usize> {
        let start = buf.len();
        let mut chunk = [0u8; 4096];
        loop {
            match self.read(&mut chunk) {
                Ok(0) => return Ok(buf.len() - start),
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
                Err(e) => {
                    if e.kind() != ErrorKind::Interrupted {
                        return Err(e);
                    }
                }
            }
        }
    }

    /// Appends everything up to the end of the input to `buf`, which must be UTF-8
    /// (else `InvalidData`, and `buf` is left as it was); how many bytes.
    fn read_to_string(&mut self, buf: &mut String) -> Result<usize> {
        let mut bytes = Vec::new();
        let n = self.read_to_end(&mut bytes)?;
        if !is_utf8(&bytes) {
            return Err(Error::invalid_utf8());
        }
        buf.push_str(unsafe { core::str::from_utf8_unchecked(&bytes) });
        Ok(n)
    }
}

impl<R: Read + ?Sized> Read for &mut R {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> {
        (**self).read(buf)
    }
}

/// Whether `bytes` is well-formed UTF-8 (no overlong forms, surrogates or values past
/// U+10FFFF).
fn is_utf8(bytes: &[u8]) -> bool {
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (len, lo, hi) = if b < 0x80 {
            (1, 0x80, 0xBF)
        } else if b >= 0xC2 && b <= 0xDF {
            (2, 0x80, 0xBF)
        } else if b == 0xE0 {
            (3, 0xA0, 0xBF)
        } else if b == 0xED {
            (3, 0x80, 0x9F)
        } else if b >= 0xE1 && b <= 0xEF {
            (3, 0x80, 0xBF)
        } else if b == 0xF0 {
            (4, 0x90, 0xBF)
        } else if b >= 0xF1 && b <= 0xF3 {
            (4, 0x80, 0xBF)
        } else if b == 0xF4 {
            (4, 0x80, 0x8F)
        } else {
            return false;
        };
        if i + len > bytes.len() {
            return false;
        }
        // The second byte's range depends on the first; the rest are plain continuations.
        let mut k = 1;
        while k < len {
            let c = bytes[i + k];
            let ok = if k == 1 { c >= lo && c <= hi } else { c >= 0x80 && c <= 0xBF };
            if !ok {
                return false;
            }
            k = k + 1;
        }
        i = i + len;
    }
    true
}

/// Adds a buffer to any reader, so it can be read line by line (`BufRead`).
pub struct BufReader<R> {
    inner: R,
    buf: Vec<u8>,
    pos: usize,
}

const BUF_READER_CAPACITY: usize = 8192;

impl<R: Read> BufReader<R> {
    pub fn new(inner: R) -> BufReader<R> {
        BufReader { inner: inner, buf: Vec::new(), pos: 0 }
    }

    pub fn get_ref(&self) -> &R {
        &self.inner
    }

    pub fn into_inner(self) -> R {
        self.inner
    }

    /// Refills the buffer when it is used up: false at the end of the input.
    fn fill(&mut self) -> Result<bool> {
        if self.pos < self.buf.len() {
            return Ok(true);
        }
        self.buf.clear();
        self.pos = 0;
        let mut chunk = [0u8; BUF_READER_CAPACITY];
        let n = self.inner.read(&mut chunk)?;
        self.buf.extend_from_slice(&chunk[..n]);
        Ok(n > 0)
    }
}

impl<R: Read> Read for BufReader<R> {
    fn read(&mut self, out: &mut [u8]) -> Result<usize> {
        if !self.fill()? {
            return Ok(0);
        }
        let mut n = 0;
        while n < out.len() && self.pos < self.buf.len() {
            out[n] = self.buf[self.pos];
            self.pos = self.pos + 1;
            n = n + 1;
        }
        Ok(n)
    }
}

impl<R: Read> BufRead for BufReader<R> {
    fn read_line(&mut self, line: &mut String) -> Result<usize> {
        let mut bytes = Vec::new();
        loop {
            if !self.fill()? {
                break;
            }
            let mut newline = false;
            while self.pos < self.buf.len() && !newline {
                let b = self.buf[self.pos];
                bytes.push(b);
                self.pos = self.pos + 1;
                newline = b == b'\n';
            }
            if newline {
                break;
            }
        }
        if !is_utf8(&bytes) {
            return Err(Error::invalid_utf8());
        }
        line.push_str(unsafe { core::str::from_utf8_unchecked(&bytes) });
        Ok(bytes.len())
    }
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
            return Err(Error::message(ErrorKind::ReadFailed, "failed to read from stdin"));
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
    let _lock = crate::stdout::lock();
    let _ = fmt::write(&mut StdoutSink, args);
}

/// What `eprint!` and `eprintln!` call.
pub fn _eprint(args: fmt::Arguments<'_>) {
    let _ = fmt::write(&mut StderrSink, args);
}
