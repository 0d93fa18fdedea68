//! `ControlFlow`: whether an operation should exit early (`Break`) or go on (`Continue`).
//! The `?` operator matches on it; the compiler names its variants by lang item.

/// Exit early with a `B`, or continue with a `C`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ControlFlow<B, C = ()> {
    /// Move on to the next step with this value.
    #[lang = "Continue"]
    Continue(C),
    /// Exit the operation with this value.
    #[lang = "Break"]
    Break(B),
}

impl<B, C> ControlFlow<B, C> {
    /// Whether this is a `Break`.
    pub fn is_break(&self) -> bool {
        match *self {
            ControlFlow::Break(_) => true,
            ControlFlow::Continue(_) => false,
        }
    }

    /// Whether this is a `Continue`.
    pub fn is_continue(&self) -> bool {
        !self.is_break()
    }

    /// The `Break` value, if any.
    pub fn break_value(self) -> Option<B> {
        match self {
            ControlFlow::Break(b) => Some(b),
            ControlFlow::Continue(_) => None,
        }
    }
}
