//! Compiler intrinsics: implemented by code generation, not by Rust code.

extern "rust-intrinsic" {
    /// Aborts the process (a trap instruction).
    pub fn abort() -> !;
    /// The length in bytes of a string slice.
    pub fn str_len(s: &str) -> usize;
    /// The address of a string slice's first byte.
    pub fn str_ptr(s: &str) -> *const u8;
    /// Tells the optimizer this point is never reached (undefined behavior if it is).
    pub fn unreachable() -> !;
}

// Memory and drop intrinsics (core::mem, core::ptr and alloc build on these). Generic
// intrinsics are declared as `#[rustc_intrinsic]` fns, as in today's rustc: the compiler
// generates each call inline, and the bodies are never used.

/// The size of `T` in bytes.
#[rustc_intrinsic]
pub const fn size_of<T>() -> usize { loop {} }
/// The ABI alignment of `T`.
#[rustc_intrinsic]
pub const fn min_align_of<T>() -> usize { loop {} }
/// Whether dropping a `T` runs any code.
#[rustc_intrinsic]
pub const fn needs_drop<T>() -> bool { loop {} }
/// Takes ownership of `value` without running its destructor.
#[rustc_intrinsic]
pub fn forget<T>(_value: T) { loop {} }
/// Reads a `T` from `src` (a bitwise copy).
#[rustc_intrinsic]
pub unsafe fn read_via_copy<T>(_src: *const T) -> T { loop {} }
/// Stores `value` at `dst` without dropping what was there.
#[rustc_intrinsic]
pub unsafe fn write_via_move<T>(_dst: *mut T, _value: T) { loop {} }
/// memmove of `count` values.
#[rustc_intrinsic]
pub unsafe fn copy<T>(_src: *const T, _dst: *mut T, _count: usize) { loop {} }
/// memcpy of `count` values.
#[rustc_intrinsic]
pub unsafe fn copy_nonoverlapping<T>(_src: *const T, _dst: *mut T, _count: usize) { loop {} }
/// memset of `count` values to the byte `val`.
#[rustc_intrinsic]
pub unsafe fn write_bytes<T>(_dst: *mut T, _val: u8, _count: usize) { loop {} }
/// `ptr + count` values (in bounds of one allocation).
#[rustc_intrinsic]
pub unsafe fn offset<T>(_ptr: *const T, _count: isize) -> *const T { loop {} }
/// Reinterprets the bits of a value as another type of the same size.
#[rustc_intrinsic]
pub unsafe fn transmute<Src, Dst>(_src: Src) -> Dst { loop {} }
