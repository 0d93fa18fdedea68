//! Shareable mutable containers: `Cell` (values copied in and out) and `RefCell` (borrows
//! checked at run time). Both are built on `UnsafeCell`, the one type the compiler lets
//! be mutated through a shared reference (it is never promoted to a constant and a static
//! holding one is writable).

use crate::cmp::Ordering;
use crate::fmt;
use crate::marker::PhantomData;
use crate::ops::{Deref, DerefMut};

/// The primitive of interior mutability: `get` hands out a `*mut T` from `&self`.
#[lang = "unsafe_cell"]
#[repr(transparent)]
pub struct UnsafeCell<T: ?Sized> {
    value: T,
}

impl<T> UnsafeCell<T> {
    pub const fn new(value: T) -> UnsafeCell<T> {
        UnsafeCell { value }
    }

    pub fn into_inner(self) -> T {
        self.value
    }
}

impl<T: ?Sized> UnsafeCell<T> {
    /// A mutable pointer to the value; the caller keeps accesses from overlapping.
    pub const fn get(&self) -> *mut T {
        &self.value as *const T as *mut T
    }

    pub fn get_mut(&mut self) -> &mut T {
        &mut self.value
    }
}

impl<T: Default> Default for UnsafeCell<T> {
    fn default() -> UnsafeCell<T> {
        UnsafeCell::new(T::default())
    }
}

impl<T: ?Sized> fmt::Debug for UnsafeCell<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UnsafeCell").finish_non_exhaustive()
    }
}

/// A mutable memory location: values are moved or copied in and out, never borrowed.
#[repr(transparent)]
pub struct Cell<T: ?Sized> {
    value: UnsafeCell<T>,
}

impl<T> Cell<T> {
    pub const fn new(value: T) -> Cell<T> {
        Cell { value: UnsafeCell::new(value) }
    }

    pub fn set(&self, val: T) {
        // The old value is dropped after the write: its destructor cannot see the cell
        // half-updated.
        let old = self.replace(val);
        drop(old);
    }

    /// Exchanges the values of two cells.
    pub fn swap(&self, other: &Cell<T>) {
        if crate::ptr::eq(self, other) {
            return;
        }
        unsafe { crate::mem::swap(&mut *self.value.get(), &mut *other.value.get()) }
    }

    pub fn replace(&self, val: T) -> T {
        unsafe { crate::mem::replace(&mut *self.value.get(), val) }
    }

    pub fn into_inner(self) -> T {
        self.value.into_inner()
    }
}

impl<T: Copy> Cell<T> {
    pub fn get(&self) -> T {
        unsafe { *self.value.get() }
    }

    /// Replaces the value with `f(old)` and returns the new value.
    pub fn update<F: FnOnce(T) -> T>(&self, f: F) -> T {
        let new = f(self.get());
        self.set(new);
        new
    }
}

impl<T: ?Sized> Cell<T> {
    pub const fn as_ptr(&self) -> *mut T {
        self.value.get()
    }

    pub fn get_mut(&mut self) -> &mut T {
        self.value.get_mut()
    }
}

impl<T: Default> Cell<T> {
    pub fn take(&self) -> T {
        self.replace(T::default())
    }
}

impl<T: Copy> Clone for Cell<T> {
    fn clone(&self) -> Cell<T> {
        Cell::new(self.get())
    }
}

impl<T: Default> Default for Cell<T> {
    fn default() -> Cell<T> {
        Cell::new(T::default())
    }
}

impl<T> From<T> for Cell<T> {
    fn from(t: T) -> Cell<T> {
        Cell::new(t)
    }
}

impl<T: PartialEq + Copy> PartialEq for Cell<T> {
    fn eq(&self, other: &Cell<T>) -> bool {
        self.get() == other.get()
    }
}

impl<T: Eq + Copy> Eq for Cell<T> {}

impl<T: PartialOrd + Copy> PartialOrd for Cell<T> {
    fn partial_cmp(&self, other: &Cell<T>) -> Option<Ordering> {
        self.get().partial_cmp(&other.get())
    }
}

impl<T: Ord + Copy> Ord for Cell<T> {
    fn cmp(&self, other: &Cell<T>) -> Ordering {
        self.get().cmp(&other.get())
    }
}

impl<T: Copy + fmt::Debug> fmt::Debug for Cell<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Cell").field("value", &self.get()).finish()
    }
}

/// The borrow state of a `RefCell`: 0 is unborrowed, n > 0 is n shared borrows, -1 is one
/// mutable borrow.
type BorrowFlag = isize;
const UNUSED: BorrowFlag = 0;

/// A mutable memory location whose borrows are checked at run time.
pub struct RefCell<T: ?Sized> {
    borrow: Cell<BorrowFlag>,
    value: UnsafeCell<T>,
}

/// `try_borrow` failed: the value is mutably borrowed.
pub struct BorrowError {
    _private: (),
}

/// `try_borrow_mut` failed: the value is borrowed.
pub struct BorrowMutError {
    _private: (),
}

impl fmt::Debug for BorrowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BorrowError")
    }
}

impl fmt::Display for BorrowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RefCell already mutably borrowed")
    }
}

impl fmt::Debug for BorrowMutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BorrowMutError")
    }
}

impl fmt::Display for BorrowMutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RefCell already borrowed")
    }
}

impl crate::error::Error for BorrowError {}
impl crate::error::Error for BorrowMutError {}

// Out of line and cold, as the panics are: `borrow` stays small enough to inline.
#[cold]
#[inline(never)]
#[track_caller]
fn panic_already_borrowed() -> ! {
    crate::panicking::panic_str("RefCell already borrowed")
}

#[cold]
#[inline(never)]
#[track_caller]
fn panic_already_mutably_borrowed() -> ! {
    crate::panicking::panic_str("RefCell already mutably borrowed")
}

impl<T> RefCell<T> {
    pub const fn new(value: T) -> RefCell<T> {
        RefCell { borrow: Cell::new(UNUSED), value: UnsafeCell::new(value) }
    }

    pub fn into_inner(self) -> T {
        self.value.into_inner()
    }

    /// Replaces the value, returning the old one; panics if it is borrowed.
    #[track_caller]
    pub fn replace(&self, t: T) -> T {
        // `deref_mut` spelled out: tsrustc does not yet pick `DerefMut` for `&mut *b` here.
        let mut b = self.borrow_mut();
        crate::mem::replace(b.deref_mut(), t)
    }

    /// Replaces the value with `f(&mut old)`, returning the old one.
    #[track_caller]
    pub fn replace_with<F: FnOnce(&mut T) -> T>(&self, f: F) -> T {
        let mut b = self.borrow_mut();
        let mut_borrow = b.deref_mut();
        let replacement = f(mut_borrow);
        crate::mem::replace(mut_borrow, replacement)
    }

    /// Swaps the values of two cells; panics if either is borrowed.
    #[track_caller]
    pub fn swap(&self, other: &RefCell<T>) {
        let mut a = self.borrow_mut();
        let mut b = other.borrow_mut();
        crate::mem::swap(a.deref_mut(), b.deref_mut())
    }
}

impl<T: ?Sized> RefCell<T> {
    /// A shared borrow; panics if the value is mutably borrowed.
    #[track_caller]
    pub fn borrow(&self) -> Ref<'_, T> {
        match self.try_borrow() {
            Ok(b) => b,
            Err(_) => panic_already_mutably_borrowed(),
        }
    }

    pub fn try_borrow(&self) -> Result<Ref<'_, T>, BorrowError> {
        let b = self.borrow.get();
        if b < UNUSED || b == isize::MAX {
            return Err(BorrowError { _private: () });
        }
        self.borrow.set(b + 1);
        Ok(Ref { value: self.value.get() as *const T, borrow: &self.borrow, marker: PhantomData })
    }

    /// The exclusive borrow; panics if the value is borrowed at all.
    #[track_caller]
    pub fn borrow_mut(&self) -> RefMut<'_, T> {
        match self.try_borrow_mut() {
            Ok(b) => b,
            Err(_) => panic_already_borrowed(),
        }
    }

    pub fn try_borrow_mut(&self) -> Result<RefMut<'_, T>, BorrowMutError> {
        if self.borrow.get() != UNUSED {
            return Err(BorrowMutError { _private: () });
        }
        self.borrow.set(UNUSED - 1);
        Ok(RefMut { value: self.value.get(), borrow: &self.borrow, marker: PhantomData })
    }

    pub fn as_ptr(&self) -> *mut T {
        self.value.get()
    }

    pub fn get_mut(&mut self) -> &mut T {
        self.value.get_mut()
    }
}

impl<T: Default> RefCell<T> {
    #[track_caller]
    pub fn take(&self) -> T {
        self.replace(T::default())
    }
}

impl<T: Clone> Clone for RefCell<T> {
    #[track_caller]
    fn clone(&self) -> RefCell<T> {
        RefCell::new(self.borrow().clone())
    }
}

impl<T: Default> Default for RefCell<T> {
    fn default() -> RefCell<T> {
        RefCell::new(T::default())
    }
}

impl<T> From<T> for RefCell<T> {
    fn from(t: T) -> RefCell<T> {
        RefCell::new(t)
    }
}

impl<T: ?Sized + PartialEq> PartialEq for RefCell<T> {
    fn eq(&self, other: &RefCell<T>) -> bool {
        *self.borrow() == *other.borrow()
    }
}

impl<T: ?Sized + Eq> Eq for RefCell<T> {}

impl<T: ?Sized + PartialOrd> PartialOrd for RefCell<T> {
    fn partial_cmp(&self, other: &RefCell<T>) -> Option<Ordering> {
        self.borrow().partial_cmp(&*other.borrow())
    }
}

impl<T: ?Sized + Ord> Ord for RefCell<T> {
    fn cmp(&self, other: &RefCell<T>) -> Ordering {
        self.borrow().cmp(&*other.borrow())
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for RefCell<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.try_borrow() {
            Ok(borrow) => f.debug_struct("RefCell").field("value", &*borrow).finish(),
            Err(_) => f.debug_struct("RefCell").field("value", &BorrowedPlaceholder).finish(),
        }
    }
}

/// Printed in place of a mutably borrowed value.
struct BorrowedPlaceholder;

impl fmt::Debug for BorrowedPlaceholder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<borrowed>")
    }
}

/// A shared borrow of a `RefCell`'s value; releases it when dropped.
pub struct Ref<'b, T: ?Sized + 'b> {
    value: *const T,
    borrow: &'b Cell<BorrowFlag>,
    marker: PhantomData<&'b T>,
}

impl<'b, T: ?Sized> Ref<'b, T> {
    /// Another shared borrow of the same value (an associated function, so that
    /// `r.clone()` still clones the value).
    pub fn clone(orig: &Ref<'b, T>) -> Ref<'b, T> {
        orig.borrow.set(orig.borrow.get() + 1);
        Ref { value: orig.value, borrow: orig.borrow, marker: PhantomData }
    }

    /// A borrow of a part of the value (a field, an element), keeping the cell borrowed.
    pub fn map<U: ?Sized, F: FnOnce(&T) -> &U>(orig: Ref<'b, T>, f: F) -> Ref<'b, U> {
        let borrow = orig.borrow;
        let value = f(unsafe { &*orig.value }) as *const U;
        crate::mem::forget(orig);
        Ref { value, borrow, marker: PhantomData }
    }

    /// Like `map`, but `f` may decline: the original borrow comes back in `Err`.
    pub fn filter_map<U: ?Sized, F: FnOnce(&T) -> Option<&U>>(orig: Ref<'b, T>, f: F) -> Result<Ref<'b, U>, Ref<'b, T>> {
        match f(unsafe { &*orig.value }) {
            Some(v) => {
                let value = v as *const U;
                let borrow = orig.borrow;
                crate::mem::forget(orig);
                Ok(Ref { value, borrow, marker: PhantomData })
            }
            None => Err(orig),
        }
    }
}

impl<T: ?Sized> Drop for Ref<'_, T> {
    fn drop(&mut self) {
        self.borrow.set(self.borrow.get() - 1);
    }
}

impl<T: ?Sized> Deref for Ref<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        unsafe { &*self.value }
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for Ref<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<T: ?Sized + fmt::Display> fmt::Display for Ref<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

/// The exclusive borrow of a `RefCell`'s value; releases it when dropped.
pub struct RefMut<'b, T: ?Sized + 'b> {
    value: *mut T,
    borrow: &'b Cell<BorrowFlag>,
    marker: PhantomData<&'b mut T>,
}

impl<'b, T: ?Sized> RefMut<'b, T> {
    /// An exclusive borrow of a part of the value, keeping the cell borrowed.
    pub fn map<U: ?Sized, F: FnOnce(&mut T) -> &mut U>(orig: RefMut<'b, T>, f: F) -> RefMut<'b, U> {
        let borrow = orig.borrow;
        let value = f(unsafe { &mut *orig.value }) as *mut U;
        crate::mem::forget(orig);
        RefMut { value, borrow, marker: PhantomData }
    }
}

impl<T: ?Sized> Drop for RefMut<'_, T> {
    fn drop(&mut self) {
        self.borrow.set(self.borrow.get() + 1);
    }
}

impl<T: ?Sized> Deref for RefMut<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        unsafe { &*self.value }
    }
}

impl<T: ?Sized> DerefMut for RefMut<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        unsafe { &mut *self.value }
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for RefMut<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<T: ?Sized + fmt::Display> fmt::Display for RefMut<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}
