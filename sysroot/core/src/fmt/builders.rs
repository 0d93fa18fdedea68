//! The debug builders behind `Formatter::debug_struct` and friends: `Name { a: 1, b: 2 }`,
//! `Name(1, 2)`, `[1, 2]`, `{1, 2}`, `{"k": v}`, and under `{:#?}` the same one entry per
//! line, nested values indented by four spaces through a `PadAdapter`.

use crate::result::Result::{Err, Ok};

use super::formatter::Options;
use super::{Debug, Formatter, Result, Write, WriteRef};

/// Indents everything written through it by four spaces at the start of each line.
struct PadAdapter<'a, 'b> {
    buf: WriteRef<'a>,
    on_newline: &'b mut bool,
}

impl<'a, 'b> Write for PadAdapter<'a, 'b> {
    fn write_str(&mut self, s: &str) -> Result {
        let bytes = unsafe { crate::intrinsics::str_ptr(s) };
        let len = unsafe { crate::intrinsics::str_len(s) };
        let mut start: usize = 0;
        while start < len {
            // One line, with its newline if it has one.
            let mut end = start;
            while end < len && unsafe { *((bytes as usize + end) as *const u8) } != b'\n' {
                end = end + 1;
            }
            if end < len {
                end = end + 1;
            }
            if *self.on_newline {
                tri!(self.buf.write_str("    "));
            }
            *self.on_newline = unsafe { *((bytes as usize + end - 1) as *const u8) } == b'\n';
            tri!(self.buf.write_str(unsafe { super::str_from_raw((bytes as usize + start) as *const u8, end - start) }));
            start = end;
        }
        Ok(())
    }
}

/// Formats `value` with `fmt`'s options through a `PadAdapter` over `fmt`'s destination,
/// then writes `suffix` through it too.
fn write_padded<T: Debug + ?Sized>(fmt: &mut Formatter<'_>, on_newline: &mut bool, value: &T, suffix: &str) -> Result {
    let options: Options = fmt.options();
    let mut pad = PadAdapter { buf: fmt.buf(), on_newline: on_newline };
    let mut pad_ref = &mut pad;
    let mut writer = Formatter::with_options(WriteRef::new(&mut pad_ref), options);
    tri!(value.fmt(&mut writer));
    writer.write_str(suffix)
}

/// `write_padded` for a map key and its `: `.
fn write_padded_key<T: Debug + ?Sized>(fmt: &mut Formatter<'_>, on_newline: &mut bool, key: &T) -> Result {
    write_padded(fmt, on_newline, key, ": ")
}

fn is_err(r: &Result) -> bool {
    match *r {
        Ok(()) => false,
        Err(_) => true,
    }
}

fn result_of(failed: bool) -> Result {
    if failed {
        Err(super::Error)
    } else {
        Ok(())
    }
}

/// `Name { field: value, ... }`.
pub struct DebugStruct<'a, 'b> {
    fmt: &'a mut Formatter<'b>,
    failed: bool,
    has_fields: bool,
}

pub(crate) fn debug_struct_new<'a, 'b>(fmt: &'a mut Formatter<'b>, name: &str) -> DebugStruct<'a, 'b> {
    let failed = is_err(&fmt.write_str(name));
    DebugStruct { fmt: fmt, failed: failed, has_fields: false }
}

impl<'a, 'b> DebugStruct<'a, 'b> {
    /// Adds a named field.
    pub fn field<T: Debug + ?Sized>(&mut self, name: &str, value: &T) -> &mut DebugStruct<'a, 'b> {
        if !self.failed {
            let r = if self.fmt.alternate() {
                self.pretty_field(name, value)
            } else {
                let prefix = if self.has_fields { ", " } else { " { " };
                self.plain_field(prefix, name, value)
            };
            self.failed = is_err(&r);
        }
        self.has_fields = true;
        self
    }

    fn plain_field<T: Debug + ?Sized>(&mut self, prefix: &str, name: &str, value: &T) -> Result {
        tri!(self.fmt.write_str(prefix));
        tri!(self.fmt.write_str(name));
        tri!(self.fmt.write_str(": "));
        value.fmt(self.fmt)
    }

    fn pretty_field<T: Debug + ?Sized>(&mut self, name: &str, value: &T) -> Result {
        if !self.has_fields {
            tri!(self.fmt.write_str(" {\n"));
        }
        let mut on_newline = true;
        let options: Options = self.fmt.options();
        let mut pad = PadAdapter { buf: self.fmt.buf(), on_newline: &mut on_newline };
        let mut pad_ref = &mut pad;
        let mut writer = Formatter::with_options(WriteRef::new(&mut pad_ref), options);
        tri!(writer.write_str(name));
        tri!(writer.write_str(": "));
        tri!(value.fmt(&mut writer));
        writer.write_str(",\n")
    }

    /// Ends the struct: ` }` (or `}` on its own line under `{:#?}`).
    pub fn finish(&mut self) -> Result {
        if !self.failed && self.has_fields {
            let r = if self.fmt.alternate() { self.fmt.write_str("}") } else { self.fmt.write_str(" }") };
            self.failed = is_err(&r);
        }
        result_of(self.failed)
    }

    /// Ends the struct with `..` for fields not shown.
    pub fn finish_non_exhaustive(&mut self) -> Result {
        if !self.failed {
            let r = if self.has_fields {
                if self.fmt.alternate() {
                    // What a PadAdapter makes of `..\n` at the start of a line.
                    self.fmt.write_str("    ..\n")
                } else {
                    self.fmt.write_str(", .. }")
                }
            } else {
                self.fmt.write_str(" { .. }")
            };
            self.failed = is_err(&r);
            if !self.failed && self.has_fields && self.fmt.alternate() {
                self.failed = is_err(&self.fmt.write_str("}"));
            }
        }
        result_of(self.failed)
    }
}

/// `Name(value, ...)`.
pub struct DebugTuple<'a, 'b> {
    fmt: &'a mut Formatter<'b>,
    failed: bool,
    fields: usize,
    empty_name: bool,
}

pub(crate) fn debug_tuple_new<'a, 'b>(fmt: &'a mut Formatter<'b>, name: &str) -> DebugTuple<'a, 'b> {
    let failed = is_err(&fmt.write_str(name));
    let empty_name = unsafe { crate::intrinsics::str_len(name) } == 0;
    DebugTuple { fmt: fmt, failed: failed, fields: 0, empty_name: empty_name }
}

impl<'a, 'b> DebugTuple<'a, 'b> {
    /// Adds a field.
    pub fn field<T: Debug + ?Sized>(&mut self, value: &T) -> &mut DebugTuple<'a, 'b> {
        if !self.failed {
            let r = if self.fmt.alternate() {
                let mut r = Ok(());
                if self.fields == 0 {
                    r = self.fmt.write_str("(\n");
                }
                if !is_err(&r) {
                    let mut on_newline = true;
                    r = write_padded(self.fmt, &mut on_newline, value, ",\n");
                }
                r
            } else {
                let prefix = if self.fields == 0 { "(" } else { ", " };
                match self.fmt.write_str(prefix) {
                    Ok(()) => value.fmt(self.fmt),
                    Err(e) => Err(e),
                }
            };
            self.failed = is_err(&r);
        }
        self.fields = self.fields + 1;
        self
    }

    /// Ends the tuple: `)`, after a `,` for a one-element unnamed tuple.
    pub fn finish(&mut self) -> Result {
        if !self.failed && self.fields > 0 {
            if self.fields == 1 && self.empty_name && !self.fmt.alternate() {
                self.failed = is_err(&self.fmt.write_str(","));
            }
            if !self.failed {
                self.failed = is_err(&self.fmt.write_str(")"));
            }
        }
        result_of(self.failed)
    }
}

/// The entries of a list or set: `a, b` or one per line.
struct DebugInner<'a, 'b> {
    fmt: &'a mut Formatter<'b>,
    failed: bool,
    has_fields: bool,
}

impl<'a, 'b> DebugInner<'a, 'b> {
    fn entry<T: Debug + ?Sized>(&mut self, value: &T) {
        if !self.failed {
            let r = if self.fmt.alternate() {
                let mut r = Ok(());
                if !self.has_fields {
                    r = self.fmt.write_str("\n");
                }
                if !is_err(&r) {
                    let mut on_newline = true;
                    r = write_padded(self.fmt, &mut on_newline, value, ",\n");
                }
                r
            } else {
                let mut r = Ok(());
                if self.has_fields {
                    r = self.fmt.write_str(", ");
                }
                if !is_err(&r) {
                    r = value.fmt(self.fmt);
                }
                r
            };
            self.failed = is_err(&r);
        }
        self.has_fields = true;
    }

    fn close(&mut self, text: &str) -> Result {
        if !self.failed {
            self.failed = is_err(&self.fmt.write_str(text));
        }
        result_of(self.failed)
    }
}

/// `[a, b, ...]`.
pub struct DebugList<'a, 'b> {
    inner: DebugInner<'a, 'b>,
}

pub(crate) fn debug_list_new<'a, 'b>(fmt: &'a mut Formatter<'b>) -> DebugList<'a, 'b> {
    let failed = is_err(&fmt.write_str("["));
    DebugList { inner: DebugInner { fmt: fmt, failed: failed, has_fields: false } }
}

impl<'a, 'b> DebugList<'a, 'b> {
    /// Adds an entry.
    pub fn entry<T: Debug + ?Sized>(&mut self, value: &T) -> &mut DebugList<'a, 'b> {
        self.inner.entry(value);
        self
    }

    /// Adds every value of an iterator as an entry.
    pub fn entries<D: Debug, I: crate::iter::IntoIterator<Item = D>>(&mut self, entries: I) -> &mut DebugList<'a, 'b> {
        for entry in entries {
            self.inner.entry(&entry);
        }
        self
    }

    /// Ends the list: `]`.
    pub fn finish(&mut self) -> Result {
        self.inner.close("]")
    }
}

/// `{a, b, ...}`.
pub struct DebugSet<'a, 'b> {
    inner: DebugInner<'a, 'b>,
}

pub(crate) fn debug_set_new<'a, 'b>(fmt: &'a mut Formatter<'b>) -> DebugSet<'a, 'b> {
    let failed = is_err(&fmt.write_str("{"));
    DebugSet { inner: DebugInner { fmt: fmt, failed: failed, has_fields: false } }
}

impl<'a, 'b> DebugSet<'a, 'b> {
    /// Adds an entry.
    pub fn entry<T: Debug + ?Sized>(&mut self, value: &T) -> &mut DebugSet<'a, 'b> {
        self.inner.entry(value);
        self
    }

    /// Adds every value of an iterator as an entry.
    pub fn entries<D: Debug, I: crate::iter::IntoIterator<Item = D>>(&mut self, entries: I) -> &mut DebugSet<'a, 'b> {
        for entry in entries {
            self.inner.entry(&entry);
        }
        self
    }

    /// Ends the set: `}`.
    pub fn finish(&mut self) -> Result {
        self.inner.close("}")
    }
}

/// `{k: v, ...}`.
pub struct DebugMap<'a, 'b> {
    fmt: &'a mut Formatter<'b>,
    failed: bool,
    has_fields: bool,
    has_key: bool,
    /// The `PadAdapter` state between a key and its value under `{:#?}`.
    on_newline: bool,
}

pub(crate) fn debug_map_new<'a, 'b>(fmt: &'a mut Formatter<'b>) -> DebugMap<'a, 'b> {
    let failed = is_err(&fmt.write_str("{"));
    DebugMap { fmt: fmt, failed: failed, has_fields: false, has_key: false, on_newline: true }
}

impl<'a, 'b> DebugMap<'a, 'b> {
    /// Adds a key and its value.
    pub fn entry<K: Debug + ?Sized, V: Debug + ?Sized>(&mut self, key: &K, value: &V) -> &mut DebugMap<'a, 'b> {
        self.key(key);
        self.value(value);
        self
    }

    /// Adds every `(key, value)` pair of an iterator as an entry.
    pub fn entries<K: Debug, V: Debug, I: crate::iter::IntoIterator<Item = (K, V)>>(&mut self, entries: I) -> &mut DebugMap<'a, 'b> {
        for (k, v) in entries {
            self.entry(&k, &v);
        }
        self
    }

    /// Adds a key; `value` must follow.
    pub fn key<K: Debug + ?Sized>(&mut self, key: &K) -> &mut DebugMap<'a, 'b> {
        if !self.failed {
            let r = if self.fmt.alternate() {
                let mut r = Ok(());
                if !self.has_fields {
                    r = self.fmt.write_str("\n");
                }
                if !is_err(&r) {
                    self.on_newline = true;
                    r = write_padded_key(self.fmt, &mut self.on_newline, key);
                }
                r
            } else {
                let mut r = Ok(());
                if self.has_fields {
                    r = self.fmt.write_str(", ");
                }
                if !is_err(&r) {
                    r = key.fmt(self.fmt);
                }
                if !is_err(&r) {
                    r = self.fmt.write_str(": ");
                }
                r
            };
            self.failed = is_err(&r);
        }
        self.has_key = true;
        self
    }

    /// Adds the value of the last key.
    pub fn value<V: Debug + ?Sized>(&mut self, value: &V) -> &mut DebugMap<'a, 'b> {
        if !self.failed {
            let r = if self.fmt.alternate() {
                write_padded(self.fmt, &mut self.on_newline, value, ",\n")
            } else {
                value.fmt(self.fmt)
            };
            self.failed = is_err(&r);
        }
        self.has_key = false;
        self.has_fields = true;
        self
    }

    /// Ends the map: `}`.
    pub fn finish(&mut self) -> Result {
        if !self.failed {
            self.failed = is_err(&self.fmt.write_str("}"));
        }
        result_of(self.failed)
    }
}
