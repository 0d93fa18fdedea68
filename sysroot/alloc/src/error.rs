//! `Box<dyn Error>` conversions, so `?` turns any error (or a message) into one.

use crate::boxed::Box;
use crate::string::String;
use core::convert::From;
use core::error::Error;
use core::fmt;

impl<'a, E: Error + 'a> From<E> for Box<dyn Error + 'a> {
    /// Boxes the error (what `?` does with an error in a fn returning `Box<dyn Error>`).
    fn from(err: E) -> Box<dyn Error + 'a> {
        Box::new(err)
    }
}

/// A message used as an error (`Err("bad input".into())`); prints as the message, and
/// `{:?}` quotes it, as Rust's does.
struct StringError(String);

impl fmt::Display for StringError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl fmt::Debug for StringError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl Error for StringError {}

impl<'a> From<String> for Box<dyn Error + 'a> {
    fn from(msg: String) -> Box<dyn Error + 'a> {
        Box::new(StringError(msg))
    }
}

impl<'a, 'b> From<&'b str> for Box<dyn Error + 'a> {
    fn from(msg: &'b str) -> Box<dyn Error + 'a> {
        Box::new(StringError(String::from(msg)))
    }
}

// The same for `Box<dyn Error + Send + Sync>` (errors that may cross threads).
impl<'a, E: Error + Send + Sync + 'a> From<E> for Box<dyn Error + Send + Sync + 'a> {
    fn from(err: E) -> Box<dyn Error + Send + Sync + 'a> {
        Box::new(err)
    }
}

impl<'a> From<String> for Box<dyn Error + Send + Sync + 'a> {
    fn from(msg: String) -> Box<dyn Error + Send + Sync + 'a> {
        Box::new(StringError(msg))
    }
}

impl<'a, 'b> From<&'b str> for Box<dyn Error + Send + Sync + 'a> {
    fn from(msg: &'b str) -> Box<dyn Error + Send + Sync + 'a> {
        Box::new(StringError(String::from(msg)))
    }
}
