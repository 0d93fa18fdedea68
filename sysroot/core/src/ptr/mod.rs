//! Raw pointers: reading, writing and dropping values in place.

use crate::intrinsics;

/// Runs the destructor of the value `to_drop` points to (the compiler's drop glue for `T`).
/// The compiler replaces calls to this function with the glue of the concrete type, so
/// the body below is never used.
///
/// # Safety
/// `to_drop` must point to a valid, initialized value that is not used afterwards.
#[lang = "drop_in_place"]
pub unsafe fn drop_in_place<T: ?Sized>(to_drop: *mut T) {
    drop_in_place(to_drop)
}

/// Reads the value from `src` without moving it (a bitwise copy).
///
/// # Safety
/// `src` must be valid for reads and point to an initialized `T`.
pub unsafe fn read<T>(src: *const T) -> T {
    intrinsics::read_via_copy(src)
}

/// Overwrites `dst` with `value` without dropping the old value.
///
/// # Safety
/// `dst` must be valid for writes.
pub unsafe fn write<T>(dst: *mut T, value: T) {
    intrinsics::write_via_move(dst, value)
}

/// Copies `count` values from `src` to `dst`; the regions may overlap.
///
/// # Safety
/// Both regions must be valid for `count` values.
pub unsafe fn copy<T>(src: *const T, dst: *mut T, count: usize) {
    intrinsics::copy(src, dst, count)
}

/// Copies `count` values from `src` to `dst`; the regions must not overlap.
///
/// # Safety
/// Both regions must be valid for `count` values and disjoint.
pub unsafe fn copy_nonoverlapping<T>(src: *const T, dst: *mut T, count: usize) {
    intrinsics::copy_nonoverlapping(src, dst, count)
}

/// A null raw pointer.
pub const fn null<T>() -> *const T {
    0 as *const T
}

/// A null mutable raw pointer.
pub const fn null_mut<T>() -> *mut T {
    0 as *mut T
}

impl<T> *const T {
    /// The address `count` values further on.
    ///
    /// # Safety
    /// The result must stay within the same allocation.
    pub unsafe fn add(self, count: usize) -> *const T {
        intrinsics::offset(self, count as isize)
    }

    /// The address `count` values further on (signed).
    ///
    /// # Safety
    /// The result must stay within the same allocation.
    pub unsafe fn offset(self, count: isize) -> *const T {
        intrinsics::offset(self, count)
    }

    pub fn is_null(self) -> bool {
        self as usize == 0
    }
}

impl<T> *mut T {
    /// The address `count` values further on.
    ///
    /// # Safety
    /// The result must stay within the same allocation.
    pub unsafe fn add(self, count: usize) -> *mut T {
        intrinsics::offset(self as *const T, count as isize) as *mut T
    }

    /// The address `count` values further on (signed).
    ///
    /// # Safety
    /// The result must stay within the same allocation.
    pub unsafe fn offset(self, count: isize) -> *mut T {
        intrinsics::offset(self as *const T, count) as *mut T
    }

    pub fn is_null(self) -> bool {
        self as usize == 0
    }
}

/// Whether two pointers are equal: same address (and, for wide pointers, same metadata).
pub fn eq<T: ?Sized>(a: *const T, b: *const T) -> bool {
    a == b
}

pub use crate::slice::{slice_from_raw_parts, slice_from_raw_parts_mut};
