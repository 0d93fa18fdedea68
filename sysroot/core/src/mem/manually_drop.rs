//! `ManuallyDrop<T>`: a wrapper that keeps the compiler from dropping its contents.

/// Holds a `T` whose destructor the compiler never runs; `ManuallyDrop::drop` runs it
/// explicitly. The compiler knows the type by its lang item (its drop glue is empty).
#[lang = "manually_drop"]
#[repr(transparent)]
pub struct ManuallyDrop<T> {
    value: T,
}

impl<T> ManuallyDrop<T> {
    /// Wraps a value so it is not dropped automatically.
    pub const fn new(value: T) -> ManuallyDrop<T> {
        ManuallyDrop { value }
    }

    /// Takes the value back out; it is dropped normally again.
    pub fn into_inner(slot: ManuallyDrop<T>) -> T {
        slot.value
    }

    /// Runs the destructor of the contained value.
    ///
    /// # Safety
    /// The value must not be used (or dropped) again afterwards.
    pub unsafe fn drop(slot: &mut ManuallyDrop<T>) {
        crate::ptr::drop_in_place(&mut slot.value as *mut T)
    }
}

impl<T> crate::ops::Deref for ManuallyDrop<T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T> crate::ops::DerefMut for ManuallyDrop<T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        &mut self.value
    }
}
