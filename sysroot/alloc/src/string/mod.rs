//! `String`: a growable UTF-8 string on the heap.

use crate::vec::Vec;
use core::fmt;
use core::ops::{Add, AddAssign, Deref, DerefMut};

mod drain;
mod edit;
mod eq;
mod from_utf8;

pub use self::drain::Drain;
pub use self::from_utf8::FromUtf8Error;

/// An owned, growable UTF-8 string (a `Vec<u8>` that always holds valid UTF-8).
pub struct String {
    vec: Vec<u8>,
}

impl String {
    pub const fn new() -> String {
        String { vec: Vec::new() }
    }

    pub fn with_capacity(capacity: usize) -> String {
        String { vec: Vec::with_capacity(capacity) }
    }

    /// # Safety
    /// `bytes` must be valid UTF-8.
    pub unsafe fn from_utf8_unchecked(bytes: Vec<u8>) -> String {
        String { vec: bytes }
    }

    pub fn len(&self) -> usize {
        self.vec.len()
    }

    pub fn is_empty(&self) -> bool {
        self.vec.len() == 0
    }

    pub fn capacity(&self) -> usize {
        self.vec.capacity()
    }

    pub fn as_str(&self) -> &str {
        unsafe { core::str::from_utf8_unchecked(self.vec.as_slice()) }
    }

    pub fn as_mut_str(&mut self) -> &mut str {
        unsafe { core::str::from_utf8_unchecked_mut(self.vec.as_mut_slice()) }
    }

    pub fn as_bytes(&self) -> &[u8] {
        self.vec.as_slice()
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.vec
    }

    pub fn push_str(&mut self, s: &str) {
        self.push_bytes(s.as_bytes());
    }

    /// Appends bytes that keep the string valid UTF-8.
    pub(crate) fn push_bytes(&mut self, bytes: &[u8]) {
        self.vec.reserve(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            self.vec.push(bytes[i]);
            i = i + 1;
        }
    }

    /// Appends a char, UTF-8 encoded.
    pub fn push(&mut self, c: char) {
        let mut buf = [0u8; 4];
        let s = encode_utf8(c, &mut buf);
        let mut i = 0;
        while i < s {
            self.vec.push(buf[i]);
            i = i + 1;
        }
    }

    /// Removes the last char, or returns `None` if the string is empty.
    pub fn pop(&mut self) -> Option<char> {
        let n = self.vec.len();
        if n == 0 {
            return None;
        }
        let mut start = n - 1;
        while start > 0 && (self.vec[start] & 0xC0) == 0x80 {
            start = start - 1;
        }
        let c = decode_utf8(crate::slice::sub(self.vec.as_slice(), start, n));
        self.vec.truncate(start);
        Some(c)
    }

    /// Inserts a char at byte index `idx` (a char boundary).
    pub fn insert(&mut self, idx: usize, c: char) {
        if idx > self.len() || !self.as_str().is_char_boundary(idx) {
            panic!("assertion failed: self.is_char_boundary(idx)");
        }
        let mut buf = [0u8; 4];
        let n = encode_utf8(c, &mut buf);
        let mut i = 0;
        while i < n {
            self.vec.insert(idx + i, buf[i]);
            i = i + 1;
        }
    }

    /// Inserts a string at byte index `idx` (a char boundary).
    pub fn insert_str(&mut self, idx: usize, s: &str) {
        if idx > self.len() || !self.as_str().is_char_boundary(idx) {
            panic!("assertion failed: self.is_char_boundary(idx)");
        }
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            self.vec.insert(idx + i, bytes[i]);
            i = i + 1;
        }
    }

    /// Removes the char at byte index `idx` and returns it.
    pub fn remove(&mut self, idx: usize) -> char {
        if idx >= self.len() {
            panic!("cannot remove a char from the end of a string");
        }
        let first = self.vec[idx];
        let mut n = if first < 0x80 { 1 } else if first < 0xE0 { 2 } else if first < 0xF0 { 3 } else { 4 };
        let c = decode_utf8(crate::slice::sub(self.vec.as_slice(), idx, idx + n));
        while n > 0 {
            self.vec.remove(idx);
            n = n - 1;
        }
        c
    }

    pub fn clear(&mut self) {
        self.vec.clear()
    }

    /// Shortens the string to `new_len` bytes (a char boundary).
    pub fn truncate(&mut self, new_len: usize) {
        if new_len <= self.len() {
            if !self.as_str().is_char_boundary(new_len) {
                panic!("assertion failed: self.is_char_boundary(new_len)");
            }
            self.vec.truncate(new_len)
        }
    }

    pub fn reserve(&mut self, additional: usize) {
        self.vec.reserve(additional)
    }
}

/// Writes the UTF-8 encoding of `c` into `buf`; returns its length.
pub(crate) fn encode_utf8(c: char, buf: &mut [u8; 4]) -> usize {
    let code = c as u32;
    if code < 0x80 {
        buf[0] = code as u8;
        1
    } else if code < 0x800 {
        buf[0] = (0xC0 | (code >> 6)) as u8;
        buf[1] = (0x80 | (code & 0x3F)) as u8;
        2
    } else if code < 0x10000 {
        buf[0] = (0xE0 | (code >> 12)) as u8;
        buf[1] = (0x80 | ((code >> 6) & 0x3F)) as u8;
        buf[2] = (0x80 | (code & 0x3F)) as u8;
        3
    } else {
        buf[0] = (0xF0 | (code >> 18)) as u8;
        buf[1] = (0x80 | ((code >> 12) & 0x3F)) as u8;
        buf[2] = (0x80 | ((code >> 6) & 0x3F)) as u8;
        buf[3] = (0x80 | (code & 0x3F)) as u8;
        4
    }
}

fn decode_utf8(b: &[u8]) -> char {
    let first = b[0] as u32;
    let code = if b.len() == 1 {
        first
    } else if b.len() == 2 {
        ((first & 0x1F) << 6) | (b[1] as u32 & 0x3F)
    } else if b.len() == 3 {
        ((first & 0x0F) << 12) | ((b[1] as u32 & 0x3F) << 6) | (b[2] as u32 & 0x3F)
    } else {
        ((first & 0x07) << 18) | ((b[1] as u32 & 0x3F) << 12) | ((b[2] as u32 & 0x3F) << 6) | (b[3] as u32 & 0x3F)
    };
    unsafe { core::intrinsics::transmute::<u32, char>(code) }
}

impl Deref for String {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl DerefMut for String {
    fn deref_mut(&mut self) -> &mut str {
        self.as_mut_str()
    }
}

impl From<&str> for String {
    fn from(s: &str) -> String {
        let mut r = String::with_capacity(s.len());
        r.push_str(s);
        r
    }
}

impl Add<&str> for String {
    type Output = String;
    fn add(mut self, other: &str) -> String {
        self.push_str(other);
        self
    }
}

impl AddAssign<&str> for String {
    fn add_assign(&mut self, other: &str) {
        self.push_str(other);
    }
}

impl fmt::Write for String {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.push_str(s);
        Ok(())
    }

    fn write_char(&mut self, c: char) -> fmt::Result {
        self.push(c);
        Ok(())
    }
}

impl fmt::Display for String {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl fmt::Debug for String {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

/// Converting a value to a `String` through its `Display` impl.
pub trait ToString {
    fn to_string(&self) -> String;
}

impl<T: fmt::Display + ?Sized> ToString for T {
    fn to_string(&self) -> String {
        let mut s = String::new();
        let _ = fmt::Write::write_fmt(&mut s, format_args!("{}", self));
        s
    }
}

impl Clone for String {
    fn clone(&self) -> String {
        String::from(self.as_str())
    }
}

impl Default for String {
    fn default() -> String {
        String::new()
    }
}

impl PartialOrd for String {
    fn partial_cmp(&self, other: &String) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for String {
    fn cmp(&self, other: &String) -> core::cmp::Ordering {
        self.as_bytes().cmp(other.as_bytes())
    }
}

impl From<char> for String {
    fn from(c: char) -> String {
        let mut s = String::new();
        s.push(c);
        s
    }
}

impl From<&String> for String {
    fn from(s: &String) -> String {
        s.clone()
    }
}

impl Add<&String> for String {
    type Output = String;
    fn add(mut self, other: &String) -> String {
        self.push_str(other.as_str());
        self
    }
}

impl AddAssign<&String> for String {
    fn add_assign(&mut self, other: &String) {
        self.push_str(other.as_str());
    }
}

impl FromIterator<char> for String {
    fn from_iter<I: IntoIterator<Item = char>>(iter: I) -> String {
        let mut s = String::new();
        let mut it = iter.into_iter();
        while let Some(c) = it.next() {
            s.push(c);
        }
        s
    }
}

impl<'a> FromIterator<&'a str> for String {
    fn from_iter<I: IntoIterator<Item = &'a str>>(iter: I) -> String {
        let mut s = String::new();
        let mut it = iter.into_iter();
        while let Some(p) = it.next() {
            s.push_str(p);
        }
        s
    }
}

impl FromIterator<String> for String {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> String {
        let mut s = String::new();
        let mut it = iter.into_iter();
        while let Some(p) = it.next() {
            s.push_str(p.as_str());
        }
        s
    }
}

impl<'a> FromIterator<&'a char> for String {
    fn from_iter<I: IntoIterator<Item = &'a char>>(iter: I) -> String {
        let mut s = String::new();
        for c in iter {
            s.push(*c);
        }
        s
    }
}

impl FromIterator<crate::boxed::Box<str>> for String {
    fn from_iter<I: IntoIterator<Item = crate::boxed::Box<str>>>(iter: I) -> String {
        let mut s = String::new();
        for p in iter {
            s.push_str(&p);
        }
        s
    }
}

impl<'a> FromIterator<crate::borrow::Cow<'a, str>> for String {
    fn from_iter<I: IntoIterator<Item = crate::borrow::Cow<'a, str>>>(iter: I) -> String {
        let mut s = String::new();
        for p in iter {
            s.push_str(&p);
        }
        s
    }
}

impl core::str::FromStr for String {
    type Err = core::convert::Infallible;
    fn from_str(s: &str) -> Result<String, core::convert::Infallible> {
        Ok(String::from(s))
    }
}

impl From<&mut str> for String {
    fn from(s: &mut str) -> String {
        String::from(&*s)
    }
}

impl String {
    /// The string's buffer as a `Box<str>`, after freeing the unused capacity.
    pub fn into_boxed_str(self) -> crate::boxed::Box<str> {
        let bytes = self.vec.into_boxed_slice();
        unsafe { crate::boxed::Box::from_raw(crate::boxed::Box::into_raw(bytes) as *mut str) }
    }
}

impl From<crate::boxed::Box<str>> for String {
    fn from(b: crate::boxed::Box<str>) -> String {
        let bytes: crate::boxed::Box<[u8]> = unsafe { crate::boxed::Box::from_raw(crate::boxed::Box::into_raw(b) as *mut [u8]) };
        String { vec: Vec::from(bytes) }
    }
}

impl From<String> for Vec<u8> {
    fn from(s: String) -> Vec<u8> {
        s.into_bytes()
    }
}

impl AsRef<str> for String {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<[u8]> for String {
    fn as_ref(&self) -> &[u8] {
        self.as_bytes()
    }
}

/// `s.contains(&string)`: a borrowed `String` searches as its `&str`.
impl<'b> core::str::pattern::Pattern for &'b String {
    fn match_at(&mut self, hay: &str, at: usize) -> Option<usize> {
        let mut s: &str = self.as_str();
        s.match_at(hay, at)
    }
}
