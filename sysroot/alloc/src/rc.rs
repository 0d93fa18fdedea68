//! `Rc<T>`: shared ownership of a heap value within one thread, by reference counting, and
//! `Weak<T>`, a non-owning handle that does not keep the value alive.
//!
//! The allocation holds the two counts and the value. The strong count owns the value; the
//! weak count owns the allocation, and all strong pointers together hold one weak
//! reference, so the allocation outlives the value while a `Weak` remains.

use crate::alloc::{alloc_or_abort, dealloc, Layout};
use core::cell::Cell;
use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::marker::{PhantomData, Unsize};
use core::ops::{CoerceUnsized, Deref};

// repr(C): the counts come first and the value last, so the allocation's layout follows
// from the value's size and alignment alone (see `box_layout`).
#[repr(C)]
struct RcBox<T: ?Sized> {
    strong: Cell<usize>,
    weak: Cell<usize>,
    value: T,
}

/// A reference-counted pointer: cloning it shares the value, which is dropped with the last
/// `Rc`.
pub struct Rc<T: ?Sized> {
    ptr: *mut RcBox<T>,
    phantom: PhantomData<RcBox<T>>,
}

/// A pointer to an `Rc`'s allocation that does not own the value: `upgrade` gives an `Rc`
/// while one still exists.
pub struct Weak<T: ?Sized> {
    // `Weak::new` has no allocation: its pointer is `usize::MAX`, never a real address of
    // an `RcBox` (which is at least word-aligned).
    ptr: *mut RcBox<T>,
}

/// The layout of the `RcBox` for a value of `value_size` bytes aligned to `value_align`:
/// two counts, then the value at the next multiple of its alignment.
fn box_layout(value_size: usize, value_align: usize) -> Layout {
    let word = core::mem::size_of::<usize>();
    let align = if value_align > core::mem::align_of::<usize>() { value_align } else { core::mem::align_of::<usize>() };
    let offset = (2 * word + value_align - 1) / value_align * value_align;
    let size = (offset + value_size + align - 1) / align * align;
    unsafe { Layout::from_size_align_unchecked(size, align) }
}

/// Frees an `RcBox` whose value has been dropped or moved out. The layout is rebuilt from
/// the value's size (its pointer's metadata, which the drop leaves intact): tsrustc's
/// `size_of_val` of a struct with an unsized tail gives only the sized prefix.
unsafe fn free_box<T: ?Sized>(ptr: *mut RcBox<T>) {
    let value = &(*ptr).value as *const T;
    let layout = box_layout(core::intrinsics::size_of_val(value), core::intrinsics::min_align_of_val(value));
    dealloc(ptr as *mut u8, layout);
}

impl<T> Rc<T> {
    /// Moves `value` into a new allocation with a strong count of 1.
    pub fn new(value: T) -> Rc<T> {
        let layout = Layout::new::<RcBox<T>>();
        unsafe {
            let ptr = alloc_or_abort(layout) as *mut RcBox<T>;
            core::ptr::write(ptr, RcBox { strong: Cell::new(1), weak: Cell::new(1), value });
            Rc { ptr, phantom: PhantomData }
        }
    }

    /// The value, if this is the only strong pointer; otherwise the `Rc` back.
    pub fn try_unwrap(this: Rc<T>) -> Result<T, Rc<T>> {
        if this.inner().strong.get() != 1 {
            return Err(this);
        }
        let ptr = this.ptr;
        core::mem::forget(this);
        unsafe {
            let value = core::ptr::read(&(*ptr).value);
            (*ptr).strong.set(0);
            // The strong pointers' shared weak reference goes with the last of them.
            let weak = (*ptr).weak.get() - 1;
            (*ptr).weak.set(weak);
            if weak == 0 {
                free_box(ptr);
            }
            Ok(value)
        }
    }

    /// The value, if this is the only strong pointer (it is dropped otherwise).
    pub fn into_inner(this: Rc<T>) -> Option<T> {
        Rc::try_unwrap(this).ok()
    }
}

impl<T: Clone> Rc<T> {
    /// A mutable reference to the value, cloning it first into a fresh allocation if other
    /// pointers (strong or weak) share it (clone-on-write).
    pub fn make_mut(this: &mut Rc<T>) -> &mut T {
        if this.inner().strong.get() != 1 {
            // Other strong pointers: this one gets its own copy.
            let copy = Rc::new((**this).clone());
            *this = copy;
        } else if this.inner().weak.get() != 1 {
            // Only weak pointers remain elsewhere: move the value to a new allocation and
            // leave them the old one, now without a value.
            unsafe {
                let old = this.ptr;
                let value = core::ptr::read(&(*old).value);
                (*old).strong.set(0);
                (*old).weak.set((*old).weak.get() - 1);
                core::ptr::write(this, Rc::new(value));
            }
        }
        unsafe { &mut (*this.ptr).value }
    }

    /// The value, cloned out if other strong pointers share it.
    pub fn unwrap_or_clone(this: Rc<T>) -> T {
        match Rc::try_unwrap(this) {
            Ok(t) => t,
            Err(rc) => (*rc).clone(),
        }
    }
}

impl<T: ?Sized> Rc<T> {
    fn inner(&self) -> &RcBox<T> {
        unsafe { &*self.ptr }
    }

    /// How many `Rc`s point to this allocation.
    pub fn strong_count(this: &Rc<T>) -> usize {
        this.inner().strong.get()
    }

    /// How many `Weak`s point to this allocation.
    pub fn weak_count(this: &Rc<T>) -> usize {
        this.inner().weak.get() - 1
    }

    /// A `Weak` pointer to this allocation.
    pub fn downgrade(this: &Rc<T>) -> Weak<T> {
        let inner = this.inner();
        inner.weak.set(inner.weak.get() + 1);
        Weak { ptr: this.ptr }
    }

    /// Whether two `Rc`s point to the same allocation (the metadata of wide pointers is not
    /// compared, as in Rust).
    pub fn ptr_eq(this: &Rc<T>, other: &Rc<T>) -> bool {
        this.ptr as *const u8 == other.ptr as *const u8
    }

    /// A mutable reference to the value if no other pointer, strong or weak, shares it.
    pub fn get_mut(this: &mut Rc<T>) -> Option<&mut T> {
        if this.inner().strong.get() == 1 && this.inner().weak.get() == 1 {
            unsafe { Some(&mut (*this.ptr).value) }
        } else {
            None
        }
    }

    /// A pointer to the value.
    pub fn as_ptr(this: &Rc<T>) -> *const T {
        unsafe { &(*this.ptr).value as *const T }
    }
}

impl<T: ?Sized> Clone for Rc<T> {
    fn clone(&self) -> Rc<T> {
        let inner = self.inner();
        inner.strong.set(inner.strong.get() + 1);
        Rc { ptr: self.ptr, phantom: PhantomData }
    }
}

impl<T: ?Sized> Drop for Rc<T> {
    fn drop(&mut self) {
        unsafe {
            let strong = (*self.ptr).strong.get() - 1;
            (*self.ptr).strong.set(strong);
            if strong == 0 {
                core::ptr::drop_in_place(&mut (*self.ptr).value as *mut T);
                let weak = (*self.ptr).weak.get() - 1;
                (*self.ptr).weak.set(weak);
                if weak == 0 {
                    free_box(self.ptr);
                }
            }
        }
    }
}

impl<T: ?Sized> Deref for Rc<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.inner().value
    }
}

impl<T: ?Sized> AsRef<T> for Rc<T> {
    fn as_ref(&self) -> &T {
        &**self
    }
}

// `Rc<T>` -> `Rc<dyn Trait>` and `Rc<[T; N]>` -> `Rc<[T]>`.
impl<T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<Rc<U>> for Rc<T> {}

impl<T: Default> Default for Rc<T> {
    fn default() -> Rc<T> {
        Rc::new(T::default())
    }
}

impl<T> From<T> for Rc<T> {
    fn from(t: T) -> Rc<T> {
        Rc::new(t)
    }
}

impl<T: ?Sized + PartialEq> PartialEq for Rc<T> {
    fn eq(&self, other: &Rc<T>) -> bool {
        **self == **other
    }
}

impl<T: ?Sized + Eq> Eq for Rc<T> {}

impl<T: ?Sized + PartialOrd> PartialOrd for Rc<T> {
    fn partial_cmp(&self, other: &Rc<T>) -> Option<Ordering> {
        (**self).partial_cmp(&**other)
    }
}

impl<T: ?Sized + Ord> Ord for Rc<T> {
    fn cmp(&self, other: &Rc<T>) -> Ordering {
        (**self).cmp(&**other)
    }
}

impl<T: ?Sized + Hash> Hash for Rc<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (**self).hash(state)
    }
}

impl<T: ?Sized + fmt::Display> fmt::Display for Rc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for Rc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<T> Weak<T> {
    /// A `Weak` with no allocation: `upgrade` always gives `None`.
    pub const fn new() -> Weak<T> {
        Weak { ptr: usize::MAX as *mut RcBox<T> }
    }
}

impl<T: ?Sized> Weak<T> {
    fn is_dangling(&self) -> bool {
        self.ptr as *const u8 as usize == usize::MAX
    }

    /// An `Rc` to the value, if it has not been dropped.
    pub fn upgrade(&self) -> Option<Rc<T>> {
        if self.is_dangling() {
            return None;
        }
        let inner = unsafe { &*self.ptr };
        let strong = inner.strong.get();
        if strong == 0 {
            return None;
        }
        inner.strong.set(strong + 1);
        Some(Rc { ptr: self.ptr, phantom: PhantomData })
    }

    /// How many `Rc`s point to the allocation (0 for `Weak::new`).
    pub fn strong_count(&self) -> usize {
        if self.is_dangling() { 0 } else { unsafe { (*self.ptr).strong.get() } }
    }

    /// How many `Weak`s point to the allocation (0 when no `Rc` remains).
    pub fn weak_count(&self) -> usize {
        if self.is_dangling() {
            return 0;
        }
        let inner = unsafe { &*self.ptr };
        if inner.strong.get() > 0 { inner.weak.get() - 1 } else { inner.weak.get() }
    }

    /// Whether two `Weak`s point to the same allocation (or both to none).
    pub fn ptr_eq(&self, other: &Weak<T>) -> bool {
        self.ptr as *const u8 == other.ptr as *const u8
    }
}

impl<T: ?Sized> Clone for Weak<T> {
    fn clone(&self) -> Weak<T> {
        if !self.is_dangling() {
            let inner = unsafe { &*self.ptr };
            inner.weak.set(inner.weak.get() + 1);
        }
        Weak { ptr: self.ptr }
    }
}

impl<T: ?Sized> Drop for Weak<T> {
    fn drop(&mut self) {
        if self.is_dangling() {
            return;
        }
        unsafe {
            let weak = (*self.ptr).weak.get() - 1;
            (*self.ptr).weak.set(weak);
            if weak == 0 {
                free_box(self.ptr);
            }
        }
    }
}

impl<T> Default for Weak<T> {
    fn default() -> Weak<T> {
        Weak::new()
    }
}

impl<T: ?Sized> fmt::Debug for Weak<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(Weak)")
    }
}

impl<T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<Weak<U>> for Weak<T> {}

/// The `RcBox<[T]>` of `len` elements at `mem` (a wide pointer: address and length).
unsafe fn slice_box<T>(mem: *mut u8, len: usize) -> *mut RcBox<[T]> {
    core::intrinsics::transmute::<*mut [T], *mut RcBox<[T]>>(core::ptr::slice_from_raw_parts_mut(mem as *mut T, len))
}

impl<T> Rc<[T]> {
    /// An allocation for `len` values with counts of 1; the caller writes the values.
    unsafe fn allocate_for_slice(len: usize) -> *mut RcBox<[T]> {
        let layout = box_layout(core::mem::size_of::<T>() * len, core::mem::align_of::<T>());
        let mem = alloc_or_abort(layout);
        let ptr = slice_box::<T>(mem, len);
        core::ptr::write(&mut (*ptr).strong, Cell::new(1));
        core::ptr::write(&mut (*ptr).weak, Cell::new(1));
        ptr
    }

    /// Moves the values of `v` into a new shared slice.
    fn from_vec(v: crate::vec::Vec<T>) -> Rc<[T]> {
        let len = v.len();
        unsafe {
            let ptr = Rc::<[T]>::allocate_for_slice(len);
            let dst = &mut (*ptr).value as *mut [T] as *mut T;
            core::ptr::copy_nonoverlapping(v.as_ptr(), dst, len);
            // The values moved: the vector frees only its buffer.
            let mut v = v;
            v.set_len(0);
            Rc { ptr, phantom: PhantomData }
        }
    }
}

impl<T> From<crate::vec::Vec<T>> for Rc<[T]> {
    fn from(v: crate::vec::Vec<T>) -> Rc<[T]> {
        Rc::<[T]>::from_vec(v)
    }
}

impl<T: Clone> From<&[T]> for Rc<[T]> {
    fn from(s: &[T]) -> Rc<[T]> {
        Rc::<[T]>::from_vec(s.to_vec())
    }
}

impl<T> core::iter::FromIterator<T> for Rc<[T]> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Rc<[T]> {
        Rc::<[T]>::from_vec(iter.into_iter().collect())
    }
}

impl From<&str> for Rc<str> {
    fn from(s: &str) -> Rc<str> {
        let bytes: Rc<[u8]> = Rc::from(s.as_bytes());
        // `str` is `[u8]` known to be UTF-8: same layout and length metadata.
        let ptr = unsafe { core::intrinsics::transmute::<*mut RcBox<[u8]>, *mut RcBox<str>>(bytes.ptr) };
        core::mem::forget(bytes);
        Rc { ptr, phantom: PhantomData }
    }
}

impl From<crate::string::String> for Rc<str> {
    fn from(s: crate::string::String) -> Rc<str> {
        Rc::from(&s[..])
    }
}
