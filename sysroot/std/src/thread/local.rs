//! `thread_local!` values: each thread gets its own, made by the key's initializer on the
//! thread's first access and dropped when the thread ends. They live in the thread's
//! control block as (key address, boxed value, destructor) entries, as std keeps them on
//! platforms without native TLS (its "OS-based" keys).

use super::cb;
use crate::boxed::Box;
use crate::fmt;

/// A key for a thread-local value (what `thread_local!` declares).
pub struct LocalKey<T: 'static> {
    init: fn() -> T,
}

/// Returned by `try_with` when the value is being destroyed.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct AccessError;

impl fmt::Debug for AccessError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AccessError").finish()
    }
}

impl fmt::Display for AccessError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt("already destroyed", f)
    }
}

unsafe fn drop_box<T>(p: *mut u8) {
    drop(Box::from_raw(p as *mut T));
}

impl<T: 'static> LocalKey<T> {
    #[doc(hidden)]
    pub const fn new(init: fn() -> T) -> LocalKey<T> {
        LocalKey { init }
    }

    fn get_or_init(&'static self) -> *const T {
        let key = self as *const LocalKey<T> as usize;
        let cb = cb();
        for entry in cb.locals.iter() {
            if entry.0 == key {
                return entry.1 as *const T;
            }
        }
        // The initializer may use other thread-locals (and push to `locals`): call it
        // before taking our place.
        let value = (self.init)();
        let p = Box::into_raw(Box::new(value)) as *mut u8;
        cb.locals.push((key, p, drop_box::<T>));
        p as *const T
    }

    /// Calls `f` with this thread's value.
    pub fn with<F, R>(&'static self, f: F) -> R
    where
        F: FnOnce(&T) -> R,
    {
        f(unsafe { &*self.get_or_init() })
    }

    pub fn try_with<F, R>(&'static self, f: F) -> Result<R, AccessError>
    where
        F: FnOnce(&T) -> R,
    {
        Ok(self.with(f))
    }
}

impl<T: 'static> LocalKey<core::cell::Cell<T>> {
    pub fn set(&'static self, value: T) {
        self.with(|c| c.set(value))
    }

    pub fn get(&'static self) -> T
    where
        T: Copy,
    {
        self.with(|c| c.get())
    }

    pub fn take(&'static self) -> T
    where
        T: Default,
    {
        self.with(|c| c.take())
    }

    pub fn replace(&'static self, value: T) -> T {
        self.with(|c| c.replace(value))
    }
}

impl<T: 'static> LocalKey<core::cell::RefCell<T>> {
    pub fn with_borrow<F, R>(&'static self, f: F) -> R
    where
        F: FnOnce(&T) -> R,
    {
        self.with(|c| f(&*c.borrow()))
    }

    pub fn with_borrow_mut<F, R>(&'static self, f: F) -> R
    where
        F: FnOnce(&mut T) -> R,
    {
        self.with(|c| f(&mut *c.borrow_mut()))
    }

    pub fn set(&'static self, value: T) {
        self.with(|c| {
            *c.borrow_mut() = value;
        })
    }

    pub fn take(&'static self) -> T
    where
        T: Default,
    {
        self.with(|c| c.take())
    }

    pub fn replace(&'static self, value: T) -> T {
        self.with(|c| c.replace(value))
    }
}

impl<T: 'static> fmt::Debug for LocalKey<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LocalKey").finish_non_exhaustive()
    }
}

/// Drops the calling thread's thread-local values, newest first (a destructor may create
/// more; they are dropped too).
pub(crate) fn run_destructors() {
    loop {
        let entry = cb().locals.pop();
        match entry {
            Some((_, p, dtor)) => unsafe { dtor(p) },
            None => break,
        }
    }
}

/// Declares thread-local values: `thread_local!(static NAME: Type = init;)` makes `NAME`
/// a `LocalKey<Type>`; each thread's value is made by `init` on its first use.
#[macro_export]
macro_rules! thread_local {
    () => {};
    ($(#[$attr:meta])* $vis:vis static $name:ident: $t:ty = const { $init:expr }; $($rest:tt)*) => {
        $crate::thread_local!($(#[$attr])* $vis static $name: $t = $init; $($rest)*);
    };
    ($(#[$attr:meta])* $vis:vis static $name:ident: $t:ty = const { $init:expr }) => {
        $crate::thread_local!($(#[$attr])* $vis static $name: $t = $init);
    };
    ($(#[$attr:meta])* $vis:vis static $name:ident: $t:ty = $init:expr; $($rest:tt)*) => {
        $crate::thread_local!($(#[$attr])* $vis static $name: $t = $init);
        $crate::thread_local!($($rest)*);
    };
    ($(#[$attr:meta])* $vis:vis static $name:ident: $t:ty = $init:expr) => {
        $(#[$attr])* $vis static $name: $crate::thread::LocalKey<$t> = {
            fn __init() -> $t {
                $init
            }
            $crate::thread::LocalKey::new(__init)
        };
    };
}
