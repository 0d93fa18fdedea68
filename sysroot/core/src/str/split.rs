//! Splitting a string at the matches of a pattern: `split`, `rsplit`, `splitn`, `rsplitn`,
//! `split_terminator`, `rsplit_terminator` and `split_inclusive`. One engine serves them
//! all, as Rust's `SplitInternal` does: the unsplit part is `s[start..end]`, eaten from
//! the front by `next` and from the back by `next_back`.

use crate::iter::{DoubleEndedIterator, Iterator};
use super::pattern::{find_in, rfind_in, Pattern};

pub(super) struct SplitInternal<'a, P: Pattern> {
    pub(super) s: &'a str,
    pub(super) pat: P,
    pub(super) start: usize,
    pub(super) end: usize,
    /// Whether an empty piece after the last match is yielded (`split` yes,
    /// `split_terminator` no).
    pub(super) allow_trailing_empty: bool,
    pub(super) finished: bool,
}

impl<'a, P: Pattern> SplitInternal<'a, P> {
    pub(super) fn new(s: &'a str, pat: P, allow_trailing_empty: bool) -> SplitInternal<'a, P> {
        SplitInternal { s, pat, start: 0, end: s.len(), allow_trailing_empty, finished: false }
    }

    /// The rest as the last piece.
    fn get_end(&mut self) -> Option<&'a str> {
        if !self.finished {
            self.finished = true;
            if self.allow_trailing_empty || self.end > self.start {
                return Some(&self.s[self.start..self.end]);
            }
        }
        None
    }

    fn next(&mut self) -> Option<&'a str> {
        if self.finished {
            return None;
        }
        match find_in(&mut self.pat, self.s, self.start, self.end) {
            Some((at, len)) => {
                let piece = &self.s[self.start..at];
                self.start = at + len;
                Some(piece)
            }
            None => self.get_end(),
        }
    }

    /// Like `next`, but the piece keeps the match that ends it.
    fn next_inclusive(&mut self) -> Option<&'a str> {
        if self.finished {
            return None;
        }
        match find_in(&mut self.pat, self.s, self.start, self.end) {
            Some((at, len)) => {
                let piece = &self.s[self.start..at + len];
                self.start = at + len;
                Some(piece)
            }
            None => self.get_end(),
        }
    }

    fn next_back(&mut self) -> Option<&'a str> {
        if self.finished {
            return None;
        }
        if !self.allow_trailing_empty {
            // The first piece from the back is dropped when it is empty (`"a,b,"` split
            // terminated by `,` ends with `b`).
            self.allow_trailing_empty = true;
            match self.next_back() {
                Some(piece) if !piece.is_empty() => return Some(piece),
                _ => {
                    if self.finished {
                        return None;
                    }
                }
            }
        }
        match rfind_in(&mut self.pat, self.s, self.start, self.end) {
            Some((at, len)) => {
                let piece = &self.s[at + len..self.end];
                self.end = at;
                Some(piece)
            }
            None => {
                self.finished = true;
                Some(&self.s[self.start..self.end])
            }
        }
    }

    fn next_back_inclusive(&mut self) -> Option<&'a str> {
        if self.finished {
            return None;
        }
        if !self.allow_trailing_empty {
            self.allow_trailing_empty = true;
            match self.next_back_inclusive() {
                Some(piece) if !piece.is_empty() => return Some(piece),
                _ => {
                    if self.finished {
                        return None;
                    }
                }
            }
        }
        match rfind_in(&mut self.pat, self.s, self.start, self.end) {
            Some((at, len)) => {
                let piece = &self.s[at + len..self.end];
                self.end = at + len;
                // The match stays at the end of the piece before it.
                if piece.is_empty() && self.end == self.s.len() {
                    return self.next_back_inclusive();
                }
                Some(piece)
            }
            None => {
                self.finished = true;
                Some(&self.s[self.start..self.end])
            }
        }
    }

    fn remainder(&self) -> Option<&'a str> {
        if self.finished { None } else { Some(&self.s[self.start..self.end]) }
    }
}

/// The iterator of `s.split(pat)`.
pub struct Split<'a, P: Pattern>(pub(super) SplitInternal<'a, P>);

/// The iterator of `s.rsplit(pat)`: the pieces from the back.
pub struct RSplit<'a, P: Pattern>(pub(super) SplitInternal<'a, P>);

/// The iterator of `s.split_terminator(pat)`: no empty piece after a final match.
pub struct SplitTerminator<'a, P: Pattern>(pub(super) SplitInternal<'a, P>);

/// The iterator of `s.rsplit_terminator(pat)`.
pub struct RSplitTerminator<'a, P: Pattern>(pub(super) SplitInternal<'a, P>);

/// The iterator of `s.split_inclusive(pat)`: each piece keeps the match ending it.
pub struct SplitInclusive<'a, P: Pattern>(pub(super) SplitInternal<'a, P>);

macro_rules! split_iter {
    ($name:ident, $next:ident, $next_back:ident) => {
        impl<'a, P: Pattern> Iterator for $name<'a, P> {
            type Item = &'a str;
            #[inline]
            fn next(&mut self) -> Option<&'a str> {
                self.0.$next()
            }
        }

        impl<'a, P: Pattern> DoubleEndedIterator for $name<'a, P> {
            #[inline]
            fn next_back(&mut self) -> Option<&'a str> {
                self.0.$next_back()
            }
        }

        impl<'a, P: Pattern> $name<'a, P> {
            /// The part not yet split (`None` once the iterator is done).
            pub fn remainder(&self) -> Option<&'a str> {
                self.0.remainder()
            }
        }
    };
}

split_iter!(Split, next, next_back);
split_iter!(RSplit, next_back, next);
split_iter!(SplitTerminator, next, next_back);
split_iter!(RSplitTerminator, next_back, next);
split_iter!(SplitInclusive, next_inclusive, next_back_inclusive);

/// The iterator of `s.splitn(n, pat)`: at most `n` pieces, the last one the rest.
pub struct SplitN<'a, P: Pattern> {
    pub(super) iter: SplitInternal<'a, P>,
    pub(super) count: usize,
}

/// The iterator of `s.rsplitn(n, pat)`: at most `n` pieces from the back.
pub struct RSplitN<'a, P: Pattern> {
    pub(super) iter: SplitInternal<'a, P>,
    pub(super) count: usize,
}

impl<'a, P: Pattern> Iterator for SplitN<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        match self.count {
            0 => None,
            1 => {
                self.count = 0;
                self.iter.get_end()
            }
            _ => {
                self.count -= 1;
                self.iter.next()
            }
        }
    }
}

impl<'a, P: Pattern> Iterator for RSplitN<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        match self.count {
            0 => None,
            1 => {
                self.count = 0;
                self.iter.get_end()
            }
            _ => {
                self.count -= 1;
                self.iter.next_back()
            }
        }
    }
}

impl str {
    /// The pieces between the matches of `pat`.
    pub fn split<P: Pattern>(&self, pat: P) -> Split<'_, P> {
        Split(SplitInternal::new(self, pat, true))
    }

    /// The pieces between the matches of `pat`, from the back.
    pub fn rsplit<P: Pattern>(&self, pat: P) -> RSplit<'_, P> {
        RSplit(SplitInternal::new(self, pat, true))
    }

    /// Like `split`, but a match at the very end does not make an empty last piece.
    pub fn split_terminator<P: Pattern>(&self, pat: P) -> SplitTerminator<'_, P> {
        SplitTerminator(SplitInternal::new(self, pat, false))
    }

    /// Like `rsplit`, but a match at the very end does not make an empty first piece.
    pub fn rsplit_terminator<P: Pattern>(&self, pat: P) -> RSplitTerminator<'_, P> {
        RSplitTerminator(SplitInternal::new(self, pat, false))
    }

    /// The pieces each ending with a match of `pat` (the last may not).
    pub fn split_inclusive<P: Pattern>(&self, pat: P) -> SplitInclusive<'_, P> {
        SplitInclusive(SplitInternal::new(self, pat, false))
    }

    /// At most `n` pieces: split at the first `n - 1` matches.
    pub fn splitn<P: Pattern>(&self, n: usize, pat: P) -> SplitN<'_, P> {
        SplitN { iter: SplitInternal::new(self, pat, true), count: n }
    }

    /// At most `n` pieces from the back: split at the last `n - 1` matches.
    pub fn rsplitn<P: Pattern>(&self, n: usize, pat: P) -> RSplitN<'_, P> {
        RSplitN { iter: SplitInternal::new(self, pat, true), count: n }
    }

    /// The parts before and after the first match of `delimiter`.
    pub fn split_once<P: Pattern>(&self, delimiter: P) -> Option<(&str, &str)> {
        let mut pat = delimiter;
        match find_in(&mut pat, self, 0, self.len()) {
            Some((at, len)) => Some((&self[..at], &self[at + len..])),
            None => None,
        }
    }

    /// The parts before and after the last match of `delimiter`.
    pub fn rsplit_once<P: Pattern>(&self, delimiter: P) -> Option<(&str, &str)> {
        let mut pat = delimiter;
        match rfind_in(&mut pat, self, 0, self.len()) {
            Some((at, len)) => Some((&self[..at], &self[at + len..])),
            None => None,
        }
    }
}
