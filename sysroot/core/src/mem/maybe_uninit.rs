//! `MaybeUninit<T>`: storage for a `T` that may not be initialized yet (how arrays of any
//! length are built element by element, as in Rust's core).

use super::ManuallyDrop;

/// A `T` that may not be initialized: the compiler never reads, drops or assumes anything
/// about its contents. A union, so it has `T`'s size and alignment.
#[lang = "maybe_uninit"]
#[repr(transparent)]
pub union MaybeUninit<T> {
    uninit: (),
    value: ManuallyDrop<T>,
}

impl<T: Copy> Clone for MaybeUninit<T> {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Copy> Copy for MaybeUninit<T> {}

impl<T> MaybeUninit<T> {
    /// Initialized storage holding `val`.
    #[inline]
    pub const fn new(val: T) -> MaybeUninit<T> {
        MaybeUninit { value: ManuallyDrop::new(val) }
    }

    /// Storage with nothing in it yet.
    #[inline]
    pub const fn uninit() -> MaybeUninit<T> {
        MaybeUninit { uninit: () }
    }

    /// Stores `val` (whatever was there is overwritten, not dropped) and returns a reference to it.
    #[inline]
    pub fn write(&mut self, val: T) -> &mut T {
        *self = MaybeUninit::new(val);
        unsafe { &mut *self.as_mut_ptr() }
    }

    #[inline]
    pub const fn as_ptr(&self) -> *const T {
        self as *const MaybeUninit<T> as *const T
    }

    #[inline]
    pub fn as_mut_ptr(&mut self) -> *mut T {
        self as *mut MaybeUninit<T> as *mut T
    }

    /// Takes the value out.
    ///
    /// # Safety
    /// The storage must hold an initialized `T`.
    #[inline]
    pub unsafe fn assume_init(self) -> T {
        ManuallyDrop::into_inner(self.value)
    }

    /// Reads the value out, leaving the storage as it is (a bitwise copy).
    ///
    /// # Safety
    /// The storage must hold an initialized `T`, and the copy must not be dropped twice.
    #[inline]
    pub unsafe fn assume_init_read(&self) -> T {
        crate::ptr::read(self.as_ptr())
    }

    /// # Safety
    /// The storage must hold an initialized `T`.
    #[inline]
    pub unsafe fn assume_init_ref(&self) -> &T {
        &*self.as_ptr()
    }

    /// # Safety
    /// The storage must hold an initialized `T`.
    #[inline]
    pub unsafe fn assume_init_mut(&mut self) -> &mut T {
        &mut *self.as_mut_ptr()
    }

    /// Drops the value in place.
    ///
    /// # Safety
    /// The storage must hold an initialized `T`, not used again afterwards.
    #[inline]
    pub unsafe fn assume_init_drop(&mut self) {
        crate::ptr::drop_in_place(self.as_mut_ptr())
    }

    /// An array of uninitialized elements.
    #[inline]
    pub const fn uninit_array<const N: usize>() -> [MaybeUninit<T>; N] {
        unsafe { MaybeUninit::<[MaybeUninit<T>; N]>::uninit().assume_init() }
    }
}
