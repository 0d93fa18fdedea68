//! What `find`, `split`, `starts_with`, `trim_matches`... look for: a `char`, a `&str`, or
//! a predicate on chars (`char::is_whitespace`, closures).

/// A pattern: says how long a match starting at a byte offset of the haystack is.
pub trait Pattern: Sized {
    /// The length in bytes of the match starting at `at` (a char boundary of `hay`), if one
    /// starts there.
    fn match_at(&mut self, hay: &str, at: usize) -> Option<usize>;
}

/// The char starting at byte `at` of `s` (a boundary inside it) and its UTF-8 length.
pub(crate) fn decode_at(s: &str, at: usize) -> (char, usize) {
    let b = s.as_bytes();
    let len = crate::unicode::utf8_len(b[at]);
    let c = crate::unicode::decode_utf8(unsafe { s.as_ptr().add(at) }, len);
    (unsafe { crate::intrinsics::transmute::<u32, char>(c) }, len)
}

/// Where the char that ends at byte `end` (a boundary, > 0) starts.
pub(crate) fn prev_boundary(s: &str, end: usize) -> usize {
    let b = s.as_bytes();
    let mut i = end - 1;
    while i > 0 && (b[i] & 0xC0) == 0x80 {
        i = i - 1;
    }
    i
}

impl Pattern for char {
    fn match_at(&mut self, hay: &str, at: usize) -> Option<usize> {
        let (c, len) = decode_at(hay, at);
        if c as u32 == *self as u32 { Some(len) } else { None }
    }
}

impl<'b> Pattern for &'b str {
    fn match_at(&mut self, hay: &str, at: usize) -> Option<usize> {
        let n = self.len();
        if at + n > hay.len() {
            return None;
        }
        let h = hay.as_bytes();
        let p = self.as_bytes();
        let mut i = 0;
        while i < n {
            if h[at + i] != p[i] {
                return None;
            }
            i = i + 1;
        }
        Some(n)
    }
}

impl<F: FnMut(char) -> bool> Pattern for F {
    fn match_at(&mut self, hay: &str, at: usize) -> Option<usize> {
        let (c, len) = decode_at(hay, at);
        if self(c) { Some(len) } else { None }
    }
}

/// The first non-empty match lying inside `s[from..to]`: its start and length.
pub(crate) fn find_in<P: Pattern>(pat: &mut P, s: &str, from: usize, to: usize) -> Option<(usize, usize)> {
    let mut i = from;
    while i < to {
        if s.is_char_boundary(i) {
            if let Some(len) = pat.match_at(s, i) {
                if len > 0 && i + len <= to {
                    return Some((i, len));
                }
            }
        }
        i = i + 1;
    }
    None
}

/// The last non-empty match lying inside `s[from..to]` (the one starting last).
pub(crate) fn rfind_in<P: Pattern>(pat: &mut P, s: &str, from: usize, to: usize) -> Option<(usize, usize)> {
    let mut i = to;
    while i > from {
        i = i - 1;
        if s.is_char_boundary(i) {
            if let Some(len) = pat.match_at(s, i) {
                if len > 0 && i + len <= to {
                    return Some((i, len));
                }
            }
        }
    }
    None
}

/// A set of chars: matches any of them (`s.split([' ', ','])`, `s.trim_matches(&['(', ')'][..])`).
impl<const N: usize> Pattern for [char; N] {
    fn match_at(&mut self, hay: &str, at: usize) -> Option<usize> {
        let (c, len) = decode_at(hay, at);
        if self.contains(&c) { Some(len) } else { None }
    }
}

impl<'b, const N: usize> Pattern for &'b [char; N] {
    fn match_at(&mut self, hay: &str, at: usize) -> Option<usize> {
        let (c, len) = decode_at(hay, at);
        if self.contains(&c) { Some(len) } else { None }
    }
}

impl<'b> Pattern for &'b [char] {
    fn match_at(&mut self, hay: &str, at: usize) -> Option<usize> {
        let (c, len) = decode_at(hay, at);
        if self.contains(&c) { Some(len) } else { None }
    }
}

impl<'b, 'c> Pattern for &'c &'b str {
    fn match_at(&mut self, hay: &str, at: usize) -> Option<usize> {
        let mut s: &str = *self;
        s.match_at(hay, at)
    }
}
