//! What a panic hands to the `#[panic_handler]`.

use crate::fmt::{Display, Formatter};

/// A panic's message and location. The message is kept in parts (a text, or the values of
/// a failed bounds check) so panicking never needs to allocate.
pub struct PanicInfo {
    kind: u32,
    message: &'static str,
    index: usize,
    len: usize,
    file: &'static str,
    line: u32,
    col: u32,
}

impl PanicInfo {
    pub fn new_message(message: &'static str, file: &'static str, line: u32, col: u32) -> PanicInfo {
        PanicInfo { kind: 0, message: message, index: 0, len: 0, file: file, line: line, col: col }
    }

    pub fn new_bounds_check(index: usize, len: usize, file: &'static str, line: u32, col: u32) -> PanicInfo {
        PanicInfo { kind: 1, message: "", index: index, len: len, file: file, line: line, col: col }
    }

    /// Writes the panic message, as `{}` of `PanicInfo::message()` would in std.
    pub fn write_message(&self, f: &mut Formatter) {
        if self.kind == 1 {
            f.write_str("index out of bounds: the len is ");
            Display::fmt(&self.len, f);
            f.write_str(" but the index is ");
            Display::fmt(&self.index, f);
        } else {
            f.write_str(self.message);
        }
    }

    /// Writes `file:line:col`.
    pub fn write_location(&self, f: &mut Formatter) {
        f.write_str(self.file);
        f.write_str(":");
        Display::fmt(&self.line, f);
        f.write_str(":");
        Display::fmt(&self.col, f);
    }
}
