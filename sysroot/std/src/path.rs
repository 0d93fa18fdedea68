//! Paths, as much as `std::fs` needs: `Path` is a borrowed string (tsrustc's std has no
//! `OsStr`; paths are UTF-8 here), `PathBuf` an owned one, and `AsRef<Path>` lets `fs`
//! functions take `&str`, `String` and paths alike.

use core::fmt;
use crate::string::String;

/// A borrowed path.
#[repr(transparent)]
pub struct Path {
    inner: str,
}

impl Path {
    /// Views a string as a path.
    pub fn new<S: AsRef<str> + ?Sized>(s: &S) -> &Path {
        let s: &str = s.as_ref();
        unsafe { &*(s as *const str as *const Path) }
    }

    /// The path as a string (always `Some`: paths are UTF-8 here).
    pub fn to_str(&self) -> Option<&str> {
        Some(&self.inner)
    }

    pub fn as_str(&self) -> &str {
        &self.inner
    }

    /// What `{}` shows a path as.
    pub fn display(&self) -> Display<'_> {
        Display { path: self }
    }

    pub fn to_path_buf(&self) -> PathBuf {
        PathBuf { inner: String::from(&self.inner) }
    }

    pub(crate) fn as_bytes(&self) -> &[u8] {
        self.inner.as_bytes()
    }
}

impl fmt::Debug for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.inner, f)
    }
}

/// A path shown by `{}` (from `Path::display`).
pub struct Display<'a> {
    path: &'a Path,
}

impl<'a> fmt::Display for Display<'a> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.path.inner, f)
    }
}

/// An owned path.
#[derive(Clone, PartialEq, Eq)]
pub struct PathBuf {
    inner: String,
}

impl PathBuf {
    pub fn new() -> PathBuf {
        PathBuf { inner: String::new() }
    }

    pub fn as_path(&self) -> &Path {
        Path::new(self.inner.as_str())
    }
}

impl From<String> for PathBuf {
    fn from(s: String) -> PathBuf {
        PathBuf { inner: s }
    }
}

impl From<&str> for PathBuf {
    fn from(s: &str) -> PathBuf {
        PathBuf { inner: String::from(s) }
    }
}

impl core::ops::Deref for PathBuf {
    type Target = Path;
    fn deref(&self) -> &Path {
        self.as_path()
    }
}

impl fmt::Debug for PathBuf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.inner, f)
    }
}

impl AsRef<Path> for Path {
    fn as_ref(&self) -> &Path {
        self
    }
}

impl AsRef<Path> for str {
    fn as_ref(&self) -> &Path {
        Path::new(self)
    }
}

impl AsRef<Path> for String {
    fn as_ref(&self) -> &Path {
        Path::new(self.as_str())
    }
}

impl AsRef<Path> for PathBuf {
    fn as_ref(&self) -> &Path {
        self.as_path()
    }
}
