//! Memory allocation: `Layout` and the global allocator's entry points.

extern "Rust" {
    fn __rust_alloc(size: usize, align: usize) -> *mut u8;
    fn __rust_dealloc(ptr: *mut u8, size: usize, align: usize);
    fn __rust_realloc(ptr: *mut u8, old_size: usize, align: usize, new_size: usize) -> *mut u8;
    fn __rust_alloc_zeroed(size: usize, align: usize) -> *mut u8;
}

/// The size and alignment of a block of memory.
pub struct Layout {
    size: usize,
    align: usize,
}

impl Copy for Layout {}

/// `Layout::from_size_align` was given an alignment that is not a power of two, or a size
/// that overflows when rounded up to it.
pub struct LayoutError;

impl Layout {
    /// A layout of `size` bytes aligned to `align` (a power of two).
    pub const fn from_size_align(size: usize, align: usize) -> Result<Layout, LayoutError> {
        if align == 0 || (align & (align - 1)) != 0 || size > (!0usize >> 1) - (align - 1) {
            return Err(LayoutError);
        }
        Ok(Layout { size, align })
    }

    /// # Safety
    /// `align` must be a power of two and `size` rounded up to it must not overflow `isize`.
    pub const unsafe fn from_size_align_unchecked(size: usize, align: usize) -> Layout {
        Layout { size, align }
    }

    /// The layout of a `T`.
    pub const fn new<T>() -> Layout {
        Layout { size: core::mem::size_of::<T>(), align: core::mem::align_of::<T>() }
    }

    /// The layout of `n` consecutive `T`s.
    pub fn array<T>(n: usize) -> Result<Layout, LayoutError> {
        let size = core::mem::size_of::<T>();
        if size != 0 && n > ((!0usize >> 1)) / size {
            return Err(LayoutError);
        }
        Layout::from_size_align(size * n, core::mem::align_of::<T>())
    }

    pub const fn size(&self) -> usize {
        self.size
    }

    pub const fn align(&self) -> usize {
        self.align
    }
}

/// Allocates memory for `layout` (which must not be zero-sized); null on failure.
///
/// # Safety
/// `layout.size()` must not be zero.
pub unsafe fn alloc(layout: Layout) -> *mut u8 {
    __rust_alloc(layout.size, layout.align)
}

/// As `alloc`, with the memory zeroed.
///
/// # Safety
/// `layout.size()` must not be zero.
pub unsafe fn alloc_zeroed(layout: Layout) -> *mut u8 {
    __rust_alloc_zeroed(layout.size, layout.align)
}

/// Frees memory `alloc` returned for the same `layout`.
///
/// # Safety
/// `ptr` must come from `alloc` with this `layout` and not be used afterwards.
pub unsafe fn dealloc(ptr: *mut u8, layout: Layout) {
    __rust_dealloc(ptr, layout.size, layout.align)
}

/// Grows or shrinks a block to `new_size` bytes, keeping its contents; null on failure
/// (the old block is then untouched).
///
/// # Safety
/// `ptr` must come from `alloc` with `layout`; `new_size` must not be zero.
pub unsafe fn realloc(ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
    __rust_realloc(ptr, layout.size, layout.align, new_size)
}

/// Reports an allocation failure and aborts, as Rust's default handler does.
pub fn handle_alloc_error(layout: Layout) -> ! {
    panic!("memory allocation of {} bytes failed", layout.size)
}

/// A dangling, aligned pointer for zero-sized allocations.
pub(crate) fn dangling<T>() -> *mut T {
    core::mem::align_of::<T>() as *mut T
}

/// Allocates `layout` or aborts.
pub(crate) unsafe fn alloc_or_abort(layout: Layout) -> *mut u8 {
    let p = alloc(layout);
    if p as usize == 0 {
        handle_alloc_error(layout);
    }
    p
}
