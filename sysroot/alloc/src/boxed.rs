//! `Box<T>`: a value on the heap, owned by one pointer.

use crate::alloc::{alloc_or_abort, dangling, dealloc, Layout};
use core::fmt;
use core::marker::Unsize;
use core::ops::{CoerceUnsized, Deref, DerefMut};

/// A pointer to a heap allocation holding a `T`, freed when the box is dropped.
#[lang = "owned_box"]
pub struct Box<T: ?Sized> {
    ptr: *mut T,
}

impl<T> Box<T> {
    /// Moves `x` to the heap.
    pub fn new(x: T) -> Box<T> {
        let layout = Layout::new::<T>();
        let ptr = if layout.size() == 0 { dangling::<T>() } else { unsafe { alloc_or_abort(layout) as *mut T } };
        unsafe { core::ptr::write(ptr, x) };
        Box { ptr }
    }

    /// Moves the value back out of the box, freeing the allocation.
    pub fn into_inner(b: Box<T>) -> T {
        let ptr = b.ptr;
        core::mem::forget(b);
        unsafe {
            let x = core::ptr::read(ptr);
            free::<T>(ptr);
            x
        }
    }
}

impl<T: ?Sized> Box<T> {
    /// Gives up ownership: the value stays on the heap until `from_raw` takes it back.
    pub fn into_raw(b: Box<T>) -> *mut T {
        let ptr = b.ptr;
        core::mem::forget(b);
        ptr
    }

    /// # Safety
    /// `ptr` must come from `Box::into_raw`.
    pub unsafe fn from_raw(ptr: *mut T) -> Box<T> {
        Box { ptr }
    }

    /// Leaks the box, returning a reference valid for the rest of the program.
    pub fn leak<'a>(b: Box<T>) -> &'a mut T {
        unsafe { &mut *Box::into_raw(b) }
    }
}

/// `*b` moved out of a box: the compiler calls this with the box (a lang item).
#[lang = "box_into_inner"]
fn box_into_inner<T>(b: Box<T>) -> T {
    Box::into_inner(b)
}

/// Frees the allocation of a box whose value was moved out (the compiler's shim for
/// `Box<dyn FnOnce(..)>` calls uses it after the call consumed the value).
#[lang = "box_free"]
unsafe fn box_free<T: ?Sized>(ptr: *mut T) {
    let size = core::intrinsics::size_of_val(ptr as *const T);
    let align = core::intrinsics::min_align_of_val(ptr as *const T);
    if size != 0 {
        dealloc(ptr as *mut u8, Layout::from_size_align_unchecked(size, align));
    }
}

unsafe fn free<T>(ptr: *mut T) {
    let layout = Layout::new::<T>();
    if layout.size() != 0 {
        dealloc(ptr as *mut u8, layout);
    }
}

impl<T: ?Sized> Drop for Box<T> {
    fn drop(&mut self) {
        unsafe {
            let size = core::intrinsics::size_of_val(self.ptr as *const T);
            let align = core::intrinsics::min_align_of_val(self.ptr as *const T);
            core::ptr::drop_in_place(self.ptr);
            if size != 0 {
                dealloc(self.ptr as *mut u8, Layout::from_size_align_unchecked(size, align));
            }
        }
    }
}

impl<T: ?Sized> Deref for Box<T> {
    type Target = T;
    fn deref(&self) -> &T {
        unsafe { &*self.ptr }
    }
}

impl<T: ?Sized> DerefMut for Box<T> {
    fn deref_mut(&mut self) -> &mut T {
        unsafe { &mut *self.ptr }
    }
}

impl<T: ?Sized + fmt::Display> fmt::Display for Box<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for Box<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

// `Box<T>` -> `Box<dyn Trait>` and `Box<[T; N]>` -> `Box<[T]>`.
impl<T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<Box<U>> for Box<T> {}

impl<T> From<T> for Box<T> {
    /// `Box::from(x)` is `Box::new(x)`.
    fn from(t: T) -> Box<T> {
        Box::new(t)
    }
}

impl<T: Clone> From<&[T]> for Box<[T]> {
    fn from(s: &[T]) -> Box<[T]> {
        s.to_vec().into_boxed_slice()
    }
}

impl<T> From<crate::vec::Vec<T>> for Box<[T]> {
    fn from(v: crate::vec::Vec<T>) -> Box<[T]> {
        v.into_boxed_slice()
    }
}

impl From<&str> for Box<str> {
    fn from(s: &str) -> Box<str> {
        let bytes: Box<[u8]> = Box::from(s.as_bytes());
        // `str` is `[u8]` known to be UTF-8: same layout and length metadata.
        unsafe { Box::from_raw(Box::into_raw(bytes) as *mut str) }
    }
}

impl From<crate::string::String> for Box<str> {
    fn from(s: crate::string::String) -> Box<str> {
        s.into_boxed_str()
    }
}

impl Clone for Box<str> {
    fn clone(&self) -> Box<str> {
        Box::from(&**self)
    }
}

impl<T: Clone> Clone for Box<[T]> {
    fn clone(&self) -> Box<[T]> {
        Box::from(&**self)
    }
}

impl<T: ?Sized> core::convert::AsRef<T> for Box<T> {
    fn as_ref(&self) -> &T {
        self
    }
}

impl<T: ?Sized> core::convert::AsMut<T> for Box<T> {
    fn as_mut(&mut self) -> &mut T {
        self
    }
}

impl<T: ?Sized> core::borrow::BorrowMut<T> for Box<T> {
    fn borrow_mut(&mut self) -> &mut T {
        self
    }
}

/// Boxes compare by their contents.
impl<T: ?Sized + PartialEq> PartialEq for Box<T> {
    fn eq(&self, other: &Self) -> bool {
        PartialEq::eq(&**self, &**other)
    }
}

impl<T: ?Sized + Eq> Eq for Box<T> {}

impl<T: ?Sized + PartialOrd> PartialOrd for Box<T> {
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        PartialOrd::partial_cmp(&**self, &**other)
    }
}

impl<T: ?Sized + Ord> Ord for Box<T> {
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        Ord::cmp(&**self, &**other)
    }
}

impl<T: Default> Default for Box<T> {
    fn default() -> Self {
        Box::new(T::default())
    }
}
