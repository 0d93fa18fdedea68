//! What a panic hands to the `#[panic_handler]`: its message and where it happened.

use crate::option::Option::{self, Some};

use crate::fmt::{self, Arguments, Display, Formatter};

/// A source location: file, line and column (1-based, in characters). The compiler builds
/// these for `#[track_caller]` calls (lang `panic_location`; fields in this order).
#[lang = "panic_location"]
pub struct Location<'a> {
    file: &'a str,
    line: u32,
    col: u32,
}

impl<'a> Location<'a> {
    /// What the panic macros build for their call site (rustc passes it implicitly
    /// through `#[track_caller]`, which tsrustc does not implement yet).
    pub fn internal_constructor(file: &'a str, line: u32, col: u32) -> Location<'a> {
        Location { file: file, line: line, col: col }
    }

    /// Where the enclosing `#[track_caller]` function was called from.
    #[track_caller]
    pub fn caller() -> &'static Location<'static> {
        unsafe { crate::intrinsics::caller_location() }
    }

    pub fn file(&self) -> &str {
        self.file
    }

    pub fn line(&self) -> u32 {
        self.line
    }

    pub fn column(&self) -> u32 {
        self.col
    }
}

impl<'a> Display for Location<'a> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let pieces = ["", ":", ":"];
        let args = [fmt::rt::Argument::new_display(&self.file), fmt::rt::Argument::new_display(&self.line), fmt::rt::Argument::new_display(&self.col)];
        f.write_fmt(Arguments::new_v1(&pieces, &args))
    }
}

/// A panic's message and location.
pub struct PanicInfo<'a> {
    message: &'a Arguments<'a>,
    location: &'a Location<'a>,
}

/// The message of a panic, formatted when displayed.
pub struct PanicMessage<'a> {
    message: &'a Arguments<'a>,
}

impl<'a> PanicInfo<'a> {
    pub(crate) fn new(message: &'a Arguments<'a>, location: &'a Location<'a>) -> PanicInfo<'a> {
        PanicInfo { message: message, location: location }
    }

    /// The message given to `panic!` (or the compiler's checks).
    pub fn message(&self) -> PanicMessage<'_> {
        PanicMessage { message: self.message }
    }

    /// Where the panic happened.
    pub fn location(&self) -> Option<&Location<'_>> {
        Some(self.location)
    }
}

impl<'a> PanicMessage<'a> {
    /// The message when it has no formatted arguments.
    pub fn as_str(&self) -> Option<&'static str> {
        self.message.as_str()
    }
}

impl<'a> Display for PanicMessage<'a> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        Display::fmt(self.message, f)
    }
}

impl<'a> Display for PanicInfo<'a> {
    /// `panicked at file:line:col:` and the message on the next line, as Rust prints it.
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let pieces = ["panicked at ", ":\n"];
        let args = [fmt::rt::Argument::new_display(self.location), fmt::rt::Argument::new_display(self.message)];
        f.write_fmt(Arguments::new_v1(&pieces, &args))
    }
}
