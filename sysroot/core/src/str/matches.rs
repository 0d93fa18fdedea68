//! The matches of a pattern themselves: `matches`, `match_indices` and their reverse
//! forms `rmatches`, `rmatch_indices`.

use crate::iter::{DoubleEndedIterator, Iterator};
use super::pattern::{find_in, rfind_in, Pattern};

/// The iterator of `s.match_indices(pat)`: `(byte offset, matched text)`.
pub struct MatchIndices<'a, P: Pattern> {
    s: &'a str,
    pat: P,
    /// The part still searched.
    start: usize,
    end: usize,
}

impl<'a, P: Pattern> Iterator for MatchIndices<'a, P> {
    type Item = (usize, &'a str);
    fn next(&mut self) -> Option<(usize, &'a str)> {
        match find_in(&mut self.pat, self.s, self.start, self.end) {
            Some((at, len)) => {
                self.start = at + len;
                Some((at, &self.s[at..at + len]))
            }
            None => {
                self.start = self.end;
                None
            }
        }
    }
}

impl<'a, P: Pattern> DoubleEndedIterator for MatchIndices<'a, P> {
    fn next_back(&mut self) -> Option<(usize, &'a str)> {
        match rfind_in(&mut self.pat, self.s, self.start, self.end) {
            Some((at, len)) => {
                self.end = at;
                Some((at, &self.s[at..at + len]))
            }
            None => {
                self.end = self.start;
                None
            }
        }
    }
}

/// The iterator of `s.matches(pat)`: the matched texts.
pub struct Matches<'a, P: Pattern>(MatchIndices<'a, P>);

impl<'a, P: Pattern> Iterator for Matches<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        match self.0.next() {
            Some((_, m)) => Some(m),
            None => None,
        }
    }
}

impl<'a, P: Pattern> DoubleEndedIterator for Matches<'a, P> {
    fn next_back(&mut self) -> Option<&'a str> {
        match self.0.next_back() {
            Some((_, m)) => Some(m),
            None => None,
        }
    }
}

/// The iterator of `s.rmatch_indices(pat)`: the matches from the back.
pub struct RMatchIndices<'a, P: Pattern>(MatchIndices<'a, P>);

impl<'a, P: Pattern> Iterator for RMatchIndices<'a, P> {
    type Item = (usize, &'a str);
    fn next(&mut self) -> Option<(usize, &'a str)> {
        self.0.next_back()
    }
}

/// The iterator of `s.rmatches(pat)`.
pub struct RMatches<'a, P: Pattern>(MatchIndices<'a, P>);

impl<'a, P: Pattern> Iterator for RMatches<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        match self.0.next_back() {
            Some((_, m)) => Some(m),
            None => None,
        }
    }
}

impl str {
    /// The non-overlapping matches of `pat`, from the front.
    pub fn matches<P: Pattern>(&self, pat: P) -> Matches<'_, P> {
        Matches(self.match_indices(pat))
    }

    /// The non-overlapping matches of `pat` with their byte offsets.
    pub fn match_indices<P: Pattern>(&self, pat: P) -> MatchIndices<'_, P> {
        MatchIndices { s: self, pat, start: 0, end: self.len() }
    }

    /// The matches of `pat`, from the back.
    pub fn rmatches<P: Pattern>(&self, pat: P) -> RMatches<'_, P> {
        RMatches(self.match_indices(pat))
    }

    /// The matches of `pat` with their byte offsets, from the back.
    pub fn rmatch_indices<P: Pattern>(&self, pat: P) -> RMatchIndices<'_, P> {
        RMatchIndices(self.match_indices(pat))
    }
}
