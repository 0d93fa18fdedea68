//! `s.escape_default()`, `s.escape_debug()`, `s.escape_unicode()`: each char of the
//! string escaped as `char`'s methods do, as an iterator of chars that also displays.

use crate::char::Escape;
use crate::fmt;
use crate::iter::Iterator;
use super::Chars;

macro_rules! str_escape {
    ($name:ident, $method:ident, $make:path) => {
        /// The iterator of the string's escaped chars.
        #[derive(Clone)]
        pub struct $name<'a> {
            chars: Chars<'a>,
            cur: Option<Escape>,
        }

        impl<'a> Iterator for $name<'a> {
            type Item = char;
            fn next(&mut self) -> Option<char> {
                loop {
                    if let Some(ref mut e) = self.cur {
                        if let Some(c) = e.next() {
                            return Some(c);
                        }
                    }
                    match self.chars.next() {
                        Some(c) => self.cur = Some($make(c)),
                        None => return None,
                    }
                }
            }
        }

        impl<'a> fmt::Display for $name<'a> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                for c in self.clone() {
                    fmt::Write::write_char(f, c)?;
                }
                Ok(())
            }
        }

        impl str {
            pub fn $method(&self) -> $name<'_> {
                $name { chars: self.chars(), cur: None }
            }
        }
    };
}

str_escape!(EscapeDefault, escape_default, Escape::default_of);
str_escape!(EscapeDebug, escape_debug, Escape::debug_of);
str_escape!(EscapeUnicode, escape_unicode, Escape::unicode);
