//! Values in memory: sizes, alignment, dropping and forgetting.

use crate::intrinsics;

mod manually_drop;
mod maybe_uninit;

pub use self::manually_drop::ManuallyDrop;
pub use self::maybe_uninit::MaybeUninit;

/// Disposes of a value: it is moved in and dropped when this function returns.
pub fn drop<T>(_x: T) {}

/// Takes ownership of a value without running its destructor.
pub fn forget<T>(t: T) {
    intrinsics::forget(t)
}

/// Exchanges the values behind two mutable references (neither is dropped).
pub fn swap<T>(x: &mut T, y: &mut T) {
    unsafe {
        let tmp = crate::ptr::read(x as *const T);
        crate::ptr::copy_nonoverlapping(y as *const T, x as *mut T, 1);
        crate::ptr::write(y as *mut T, tmp);
    }
}

/// Moves `src` into `*dest` and returns the value that was there.
pub fn replace<T>(dest: &mut T, src: T) -> T {
    unsafe {
        let old = crate::ptr::read(dest as *const T);
        crate::ptr::write(dest as *mut T, src);
        old
    }
}

/// Moves the value out of `*dest`, leaving `T::default()` in its place.
pub fn take<T: Default>(dest: &mut T) -> T {
    replace(dest, T::default())
}

/// The size of a type in bytes.
pub const fn size_of<T>() -> usize {
    intrinsics::size_of::<T>()
}

/// The ABI-required minimum alignment of a type in bytes.
pub const fn align_of<T>() -> usize {
    intrinsics::min_align_of::<T>()
}

/// The size in bytes of the value `val` refers to (for slices and trait objects, from the
/// pointer's metadata: the length or the vtable).
pub fn size_of_val<T: ?Sized>(val: &T) -> usize {
    unsafe { intrinsics::size_of_val(val as *const T) }
}

/// The alignment of the value `val` refers to (for trait objects, from the vtable).
pub fn align_of_val<T: ?Sized>(val: &T) -> usize {
    unsafe { intrinsics::min_align_of_val(val as *const T) }
}

/// Whether dropping values of type `T` matters (runs a destructor somewhere inside).
pub const fn needs_drop<T>() -> bool {
    intrinsics::needs_drop::<T>()
}
