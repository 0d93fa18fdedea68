//! The call operator traits. Closures implement them by the compiler's rules (a closure that
//! only reads its captures is `Fn`, one that mutates them `FnMut`, one that moves out of them
//! only `FnOnce`); fn items and fn pointers implement all three. `f(x)` on a value of a type
//! bounded by one of them calls `call`, `call_mut` or `call_once`, with the arguments as a
//! tuple (the "rust-call" ABI spreads it again).

/// Something that can be called once, by value.
#[lang = "fn_once"]
pub trait FnOnce<Args> {
    /// What the call returns.
    type Output;

    /// Performs the call operation.
    extern "rust-call" fn call_once(self, args: Args) -> Self::Output;
}

/// Something that can be called repeatedly through a mutable reference.
#[lang = "fn_mut"]
pub trait FnMut<Args>: FnOnce<Args> {
    /// Performs the call operation.
    extern "rust-call" fn call_mut(&mut self, args: Args) -> Self::Output;
}

/// Something that can be called repeatedly through a shared reference.
#[lang = "fn"]
pub trait Fn<Args>: FnMut<Args> {
    /// Performs the call operation.
    extern "rust-call" fn call(&self, args: Args) -> Self::Output;
}
