//! The process's environment: its command-line arguments and environment variables, read
//! from the platform (the initial stack on Linux, `args_get`/`environ_get` on WASI).

use core::fmt;
use crate::string::String;
use crate::vec::{IntoIter, Vec};

/// The command-line arguments, the program's name first (from `env::args()`).
pub struct Args {
    inner: IntoIter<String>,
}

/// The arguments the program was started with.
pub fn args() -> Args {
    Args { inner: crate::sys::args().into_iter() }
}

impl Iterator for Args {
    type Item = String;

    fn next(&mut self) -> Option<String> {
        self.inner.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl ExactSizeIterator for Args {}

impl DoubleEndedIterator for Args {
    fn next_back(&mut self) -> Option<String> {
        self.inner.next_back()
    }
}

impl fmt::Debug for Args {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Args { .. }")
    }
}

/// Why `env::var` found no value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VarError {
    /// The variable is not set.
    NotPresent,
    /// The variable's value is not valid Unicode (never produced here: values are taken
    /// as UTF-8).
    NotUnicode(String),
}

impl fmt::Display for VarError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VarError::NotPresent => f.write_str("environment variable not found"),
            VarError::NotUnicode(s) => write!(f, "environment variable was not valid unicode: {:?}", s),
        }
    }
}

impl core::error::Error for VarError {}

/// Splits a `KEY=value` entry; as Rust's std, a leading `=` belongs to the key (Windows
/// keeps per-drive directories as `=C:` entries).
fn split_entry(entry: &str) -> Option<(&str, &str)> {
    let bytes = entry.as_bytes();
    let mut i = 1;
    while i < bytes.len() {
        if bytes[i] == b'=' {
            return Some((&entry[..i], &entry[i + 1..]));
        }
        i = i + 1;
    }
    None
}

/// The value of the environment variable `key`.
pub fn var<K: AsRef<str>>(key: K) -> Result<String, VarError> {
    let key = key.as_ref();
    for entry in crate::sys::env_entries() {
        if let Some((k, v)) = split_entry(&entry) {
            if k == key {
                return Ok(String::from(v));
            }
        }
    }
    Err(VarError::NotPresent)
}

/// The environment variables as (key, value) pairs, in the order the process got them.
pub struct Vars {
    inner: IntoIter<(String, String)>,
}

/// A snapshot of the environment.
pub fn vars() -> Vars {
    let mut pairs = Vec::new();
    for entry in crate::sys::env_entries() {
        if let Some((k, v)) = split_entry(&entry) {
            pairs.push((String::from(k), String::from(v)));
        }
    }
    Vars { inner: pairs.into_iter() }
}

impl Iterator for Vars {
    type Item = (String, String);

    fn next(&mut self) -> Option<(String, String)> {
        self.inner.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}
