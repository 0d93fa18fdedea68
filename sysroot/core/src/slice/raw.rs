//! Building slice references from an address and a length.

/// The two words of a slice reference, in the order the compiler lays fat pointers out.
#[repr(C)]
struct RawSlice<T> {
    ptr: *const T,
    len: usize,
}

extern "rust-intrinsic" {
    fn transmute<Src, Dst>(src: Src) -> Dst;
}

/// The slice of `len` values of `T` starting at `data`.
///
/// # Safety
/// `data` must point to `len` initialized, properly aligned values that stay valid and
/// unmodified for `'a`.
pub const unsafe fn from_raw_parts<'a, T>(data: *const T, len: usize) -> &'a [T] {
    transmute::<RawSlice<T>, &'a [T]>(RawSlice { ptr: data, len: len })
}

/// The mutable slice of `len` values of `T` starting at `data`.
///
/// # Safety
/// As `from_raw_parts`, and nothing else may access the values for `'a`.
pub unsafe fn from_raw_parts_mut<'a, T>(data: *mut T, len: usize) -> &'a mut [T] {
    transmute::<RawSlice<T>, &'a mut [T]>(RawSlice { ptr: data as *const T, len: len })
}

/// The raw slice pointer of `len` values at `data` (no reference is made, so `data` need
/// not point to valid values yet).
pub const fn slice_from_raw_parts<T>(data: *const T, len: usize) -> *const [T] {
    unsafe { transmute::<RawSlice<T>, *const [T]>(RawSlice { ptr: data, len: len }) }
}

/// The mutable raw slice pointer of `len` values at `data`.
pub const fn slice_from_raw_parts_mut<T>(data: *mut T, len: usize) -> *mut [T] {
    unsafe { transmute::<RawSlice<T>, *mut [T]>(RawSlice { ptr: data as *const T, len: len }) }
}

/// A one-element slice viewing `s`.
pub const fn from_ref<T>(s: &T) -> &[T] {
    unsafe { from_raw_parts(s as *const T, 1) }
}

/// A one-element mutable slice viewing `s`.
pub fn from_mut<T>(s: &mut T) -> &mut [T] {
    unsafe { from_raw_parts_mut(s as *mut T, 1) }
}
