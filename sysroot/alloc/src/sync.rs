//! `Arc<T>`: shared ownership of a heap value across threads, by atomic reference counting,
//! and `Weak<T>`, a non-owning handle that does not keep the value alive.
//!
//! The same design as `Rc` (rc.rs): the strong count owns the value, the weak count owns
//! the allocation and all strong pointers together hold one weak reference. The counts are
//! atomics, with the orderings of Rust's std: increments are Relaxed (a new pointer is made
//! from an existing one, which already orders it), decrements Release, and the thread that
//! drops the last reference makes an Acquire fence before destroying, so every other
//! thread's use of the value happens before the drop.
use crate::alloc::{alloc_or_abort, dealloc, Layout};
use core::sync::atomic::{self, AtomicUsize, Ordering::{Acquire, Relaxed, Release}};
use core::cmp::Ordering;

use core::fmt;
use core::hash::{Hash, Hasher};
use core::marker::{PhantomData, Unsize};
use core::ops::{CoerceUnsized, Deref};

// repr(C): the counts come first and the value last, so the allocation's layout follows
// from the value's size and alignment alone (see `box_layout`).
#[repr(C)]
struct ArcInner<T: ?Sized> {
    strong: AtomicUsize,
    weak: AtomicUsize,
    value: T,
}

/// An atomically reference-counted pointer: cloning it shares the value (across threads),
/// which is dropped with the last `Arc`.
pub struct Arc<T: ?Sized> {
    ptr: *mut ArcInner<T>,
    phantom: PhantomData<ArcInner<T>>,
}

/// A pointer to an `Arc`'s allocation that does not own the value: `upgrade` gives an `Arc`
/// while one still exists.
pub struct Weak<T: ?Sized> {
    // `Weak::new` has no allocation: its pointer is `usize::MAX`, never a real address of
    // an `ArcInner` (which is at least word-aligned).
    ptr: *mut ArcInner<T>,
}

/// More references than this abort the process (a leak of `isize::MAX` clones), as in std:
/// the count can then never wrap around to a use after free.
const MAX_REFCOUNT: usize = isize::MAX as usize;

/// The weak count while `get_mut` checks uniqueness: `downgrade` waits.
const WEAK_LOCKED: usize = usize::MAX;

/// The layout of the `ArcInner` for a value of `value_size` bytes aligned to `value_align`:
/// two counts, then the value at the next multiple of its alignment.
fn box_layout(value_size: usize, value_align: usize) -> Layout {
    let word = core::mem::size_of::<usize>();
    let align = if value_align > core::mem::align_of::<usize>() { value_align } else { core::mem::align_of::<usize>() };
    let offset = (2 * word + value_align - 1) / value_align * value_align;
    let size = (offset + value_size + align - 1) / align * align;
    unsafe { Layout::from_size_align_unchecked(size, align) }
}

/// Frees an `ArcInner` whose value has been dropped or moved out. The layout is rebuilt from
/// the value's size (its pointer's metadata, which the drop leaves intact): tsrustc's
/// `size_of_val` of a struct with an unsized tail gives only the sized prefix.
unsafe fn free_box<T: ?Sized>(ptr: *mut ArcInner<T>) {
    let value = &(*ptr).value as *const T;
    let layout = box_layout(core::intrinsics::size_of_val(value), core::intrinsics::min_align_of_val(value));
    dealloc(ptr as *mut u8, layout);
}

impl<T> Arc<T> {
    /// Moves `value` into a new allocation with a strong count of 1.
    pub fn new(value: T) -> Arc<T> {
        let layout = Layout::new::<ArcInner<T>>();
        unsafe {
            let ptr = alloc_or_abort(layout) as *mut ArcInner<T>;
            core::ptr::write(ptr, ArcInner { strong: AtomicUsize::new(1), weak: AtomicUsize::new(1), value });
            Arc { ptr, phantom: PhantomData }
        }
    }

    /// The value, if this is the only strong pointer; otherwise the `Arc` back.
    pub fn try_unwrap(this: Arc<T>) -> Result<T, Arc<T>> {
        if this.inner().strong.compare_exchange(1, 0, Relaxed, Relaxed).is_err() {
            return Err(this);
        }
        atomic::fence(Acquire);
        let ptr = this.ptr;
        core::mem::forget(this);
        unsafe {
            let value = core::ptr::read(&(*ptr).value);
            // The strong pointers' shared weak reference goes with the last of them.
            drop(Weak { ptr });
            Ok(value)
        }
    }

    /// The value, if this is the last strong pointer (otherwise this one is dropped). Unlike
    /// `try_unwrap(..).ok()`, of several threads calling it on clones exactly one gets it.
    pub fn into_inner(this: Arc<T>) -> Option<T> {
        let ptr = this.ptr;
        core::mem::forget(this);
        unsafe {
            if (*ptr).strong.fetch_sub(1, Release) != 1 {
                return None;
            }
            atomic::fence(Acquire);
            let value = core::ptr::read(&(*ptr).value);
            drop(Weak { ptr });
            Some(value)
        }
    }

    /// A pointer to the value that keeps its reference: `from_raw` takes it back.
    pub fn into_raw(this: Arc<T>) -> *const T {
        let p = Arc::as_ptr(&this);
        core::mem::forget(this);
        p
    }

    /// The `Arc` given away by `into_raw`.
    pub unsafe fn from_raw(ptr: *const T) -> Arc<T> {
        let offset = box_layout(0, core::mem::align_of::<T>()).size();
        let inner = (ptr as *const u8 as usize - offset) as *mut ArcInner<T>;
        Arc { ptr: inner, phantom: PhantomData }
    }
}

impl<T: Clone> Arc<T> {
    /// A mutable reference to the value, cloning it first into a fresh allocation if other
    /// pointers (strong or weak) share it (clone-on-write).
    pub fn make_mut(this: &mut Arc<T>) -> &mut T {
        // Taking the strong count from 1 to 0 keeps new strong pointers from appearing
        // (upgrade fails at 0) while we look at the weak count.
        if this.inner().strong.compare_exchange(1, 0, Acquire, Relaxed).is_err() {
            // Other strong pointers: this one gets its own copy.
            let copy = Arc::new((**this).clone());
            *this = copy;
        } else if this.inner().weak.load(Relaxed) != 1 {
            // Only weak pointers remain elsewhere: move the value to a new allocation and
            // leave them the old one, now without a value.
            unsafe {
                let old = Weak { ptr: this.ptr };
                let value = core::ptr::read(&(*old.ptr).value);
                core::ptr::write(this, Arc::new(value));
                drop(old);
            }
        } else {
            // We were the only pointer of either kind: restore the strong count.
            this.inner().strong.store(1, Release);
        }
        unsafe { &mut (*this.ptr).value }
    }

    /// The value, cloned out if other strong pointers share it.
    pub fn unwrap_or_clone(this: Arc<T>) -> T {
        match Arc::try_unwrap(this) {
            Ok(t) => t,
            Err(arc) => (*arc).clone(),
        }
    }
}

impl<T: ?Sized> Arc<T> {
    fn inner(&self) -> &ArcInner<T> {
        unsafe { &*self.ptr }
    }

    /// How many `Arc`s point to this allocation (other threads may change it at any time).
    pub fn strong_count(this: &Arc<T>) -> usize {
        this.inner().strong.load(Relaxed)
    }

    /// How many `Weak`s point to this allocation.
    pub fn weak_count(this: &Arc<T>) -> usize {
        let n = this.inner().weak.load(Relaxed);
        if n == WEAK_LOCKED { 0 } else { n - 1 }
    }

    /// A `Weak` pointer to this allocation.
    pub fn downgrade(this: &Arc<T>) -> Weak<T> {
        let inner = this.inner();
        let mut cur = inner.weak.load(Relaxed);
        loop {
            // `get_mut` is checking that no other pointer exists: wait for it.
            if cur == WEAK_LOCKED {
                cur = inner.weak.load(Relaxed);
                continue;
            }
            if cur > MAX_REFCOUNT {
                unsafe { core::intrinsics::abort() };
            }
            match inner.weak.compare_exchange_weak(cur, cur + 1, Acquire, Relaxed) {
                Ok(_) => return Weak { ptr: this.ptr },
                Err(old) => cur = old,
            }
        }
    }

    /// Whether this is the only pointer, strong or weak: the weak count is locked while
    /// the strong count is read, so no `downgrade` can slip in between.
    fn is_unique(&self) -> bool {
        if self.inner().weak.compare_exchange(1, WEAK_LOCKED, Acquire, Relaxed).is_ok() {
            let unique = self.inner().strong.load(Acquire) == 1;
            self.inner().weak.store(1, Release);
            unique
        } else {
            false
        }
    }

    /// Whether two `Arc`s point to the same allocation (the metadata of wide pointers is not
    /// compared, as in Rust).
    pub fn ptr_eq(this: &Arc<T>, other: &Arc<T>) -> bool {
        this.ptr as *const u8 == other.ptr as *const u8
    }

    /// A mutable reference to the value if no other pointer, strong or weak, shares it.
    pub fn get_mut(this: &mut Arc<T>) -> Option<&mut T> {
        if this.is_unique() {
            unsafe { Some(&mut (*this.ptr).value) }
        } else {
            None
        }
    }

    /// A pointer to the value.
    pub fn as_ptr(this: &Arc<T>) -> *const T {
        unsafe { &(*this.ptr).value as *const T }
    }
}

impl<T: ?Sized> Clone for Arc<T> {
    fn clone(&self) -> Arc<T> {
        // Relaxed: the new pointer comes from this one, which already orders the value.
        let old = self.inner().strong.fetch_add(1, Relaxed);
        if old > MAX_REFCOUNT {
            unsafe { core::intrinsics::abort() };
        }
        Arc { ptr: self.ptr, phantom: PhantomData }
    }
}

impl<T: ?Sized> Drop for Arc<T> {
    fn drop(&mut self) {
        unsafe {
            // Release: this thread's uses of the value happen before the drop, which the
            // last owner orders after them with its Acquire fence.
            if (*self.ptr).strong.fetch_sub(1, Release) != 1 {
                return;
            }
            atomic::fence(Acquire);
            core::ptr::drop_in_place(&mut (*self.ptr).value as *mut T);
            drop(Weak { ptr: self.ptr });
        }
    }
}

impl<T: ?Sized> Deref for Arc<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.inner().value
    }
}

impl<T: ?Sized> AsRef<T> for Arc<T> {
    fn as_ref(&self) -> &T {
        &**self
    }
}

// `Arc<T>` -> `Arc<dyn Trait>` and `Arc<[T; N]>` -> `Arc<[T]>`.
impl<T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<Arc<U>> for Arc<T> {}

impl<T: Default> Default for Arc<T> {
    fn default() -> Arc<T> {
        Arc::new(T::default())
    }
}

impl<T> From<T> for Arc<T> {
    fn from(t: T) -> Arc<T> {
        Arc::new(t)
    }
}

impl<T: ?Sized + PartialEq> PartialEq for Arc<T> {
    fn eq(&self, other: &Arc<T>) -> bool {
        **self == **other
    }
}

impl<T: ?Sized + Eq> Eq for Arc<T> {}

impl<T: ?Sized + PartialOrd> PartialOrd for Arc<T> {
    fn partial_cmp(&self, other: &Arc<T>) -> Option<Ordering> {
        (**self).partial_cmp(&**other)
    }
}

impl<T: ?Sized + Ord> Ord for Arc<T> {
    fn cmp(&self, other: &Arc<T>) -> Ordering {
        (**self).cmp(&**other)
    }
}

impl<T: ?Sized + Hash> Hash for Arc<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (**self).hash(state)
    }
}

impl<T: ?Sized + fmt::Display> fmt::Display for Arc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for Arc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<T> Weak<T> {
    /// A `Weak` with no allocation: `upgrade` always gives `None`.
    pub const fn new() -> Weak<T> {
        Weak { ptr: usize::MAX as *mut ArcInner<T> }
    }
}

impl<T: ?Sized> Weak<T> {
    fn is_dangling(&self) -> bool {
        self.ptr as *const u8 as usize == usize::MAX
    }

    /// An `Arc` to the value, if it has not been dropped. The strong count is raised only
    /// from a nonzero value (compare-and-swap), never resurrecting a dropped value.
    pub fn upgrade(&self) -> Option<Arc<T>> {
        if self.is_dangling() {
            return None;
        }
        let inner = unsafe { &*self.ptr };
        let mut n = inner.strong.load(Relaxed);
        loop {
            if n == 0 {
                return None;
            }
            if n > MAX_REFCOUNT {
                unsafe { core::intrinsics::abort() };
            }
            match inner.strong.compare_exchange_weak(n, n + 1, Acquire, Relaxed) {
                Ok(_) => return Some(Arc { ptr: self.ptr, phantom: PhantomData }),
                Err(old) => n = old,
            }
        }
    }

    /// How many `Arc`s point to the allocation (0 for `Weak::new`).
    pub fn strong_count(&self) -> usize {
        if self.is_dangling() { 0 } else { unsafe { (*self.ptr).strong.load(Relaxed) } }
    }

    /// How many `Weak`s point to the allocation (0 when no `Arc` remains).
    pub fn weak_count(&self) -> usize {
        if self.is_dangling() {
            return 0;
        }
        let inner = unsafe { &*self.ptr };
        let weak = inner.weak.load(Acquire);
        let strong = inner.strong.load(Relaxed);
        // The strong pointers together hold one weak reference.
        if strong == 0 { 0 } else { weak - 1 }
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
            if inner.weak.fetch_add(1, Relaxed) > MAX_REFCOUNT {
                unsafe { core::intrinsics::abort() };
            }
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
            if (*self.ptr).weak.fetch_sub(1, Release) == 1 {
                atomic::fence(Acquire);
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

/// The `ArcInner<[T]>` of `len` elements at `mem` (a wide pointer: address and length).
unsafe fn slice_box<T>(mem: *mut u8, len: usize) -> *mut ArcInner<[T]> {
    core::intrinsics::transmute::<*mut [T], *mut ArcInner<[T]>>(core::ptr::slice_from_raw_parts_mut(mem as *mut T, len))
}

impl<T> Arc<[T]> {
    /// An allocation for `len` values with counts of 1; the caller writes the values.
    unsafe fn allocate_for_slice(len: usize) -> *mut ArcInner<[T]> {
        let layout = box_layout(core::mem::size_of::<T>() * len, core::mem::align_of::<T>());
        let mem = alloc_or_abort(layout);
        let ptr = slice_box::<T>(mem, len);
        core::ptr::write(&mut (*ptr).strong, AtomicUsize::new(1));
        core::ptr::write(&mut (*ptr).weak, AtomicUsize::new(1));
        ptr
    }

    /// Moves the values of `v` into a new shared slice.
    fn from_vec(v: crate::vec::Vec<T>) -> Arc<[T]> {
        let len = v.len();
        unsafe {
            let ptr = Arc::<[T]>::allocate_for_slice(len);
            let dst = &mut (*ptr).value as *mut [T] as *mut T;
            core::ptr::copy_nonoverlapping(v.as_ptr(), dst, len);
            // The values moved: the vector frees only its buffer.
            let mut v = v;
            v.set_len(0);
            Arc { ptr, phantom: PhantomData }
        }
    }
}

impl<T> From<crate::vec::Vec<T>> for Arc<[T]> {
    fn from(v: crate::vec::Vec<T>) -> Arc<[T]> {
        Arc::<[T]>::from_vec(v)
    }
}

impl<T: Clone> From<&[T]> for Arc<[T]> {
    fn from(s: &[T]) -> Arc<[T]> {
        Arc::<[T]>::from_vec(s.to_vec())
    }
}

impl<T> core::iter::FromIterator<T> for Arc<[T]> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Arc<[T]> {
        Arc::<[T]>::from_vec(iter.into_iter().collect())
    }
}

impl From<&str> for Arc<str> {
    fn from(s: &str) -> Arc<str> {
        let bytes: Arc<[u8]> = Arc::from(s.as_bytes());
        // `str` is `[u8]` known to be UTF-8: same layout and length metadata.
        let ptr = unsafe { core::intrinsics::transmute::<*mut ArcInner<[u8]>, *mut ArcInner<str>>(bytes.ptr) };
        core::mem::forget(bytes);
        Arc { ptr, phantom: PhantomData }
    }
}

impl From<crate::string::String> for Arc<str> {
    fn from(s: crate::string::String) -> Arc<str> {
        Arc::from(&s[..])
    }
}

impl<T: ?Sized> fmt::Pointer for Arc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Pointer::fmt(&Arc::as_ptr(self), f)
    }
}
