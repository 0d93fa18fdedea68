//! Atomic types: integers, `bool` and raw pointers shared between threads, read and
//! written with explicit memory orderings.
//!
//! As in Rust's core, a type exists where the target can load and store it atomically
//! (`target_has_atomic_load_store`), and the read-modify-write methods where it also has
//! compare-and-swap (`target_has_atomic`): thumbv6m gets `load`/`store` only.

use crate::cell::UnsafeCell;
use crate::fmt;
use crate::intrinsics;

/// How an atomic operation orders the memory accesses around it (C++20's model).
#[derive(Copy, Clone, Debug, Eq, PartialEq, Hash)]
#[non_exhaustive]
pub enum Ordering {
    Relaxed,
    Release,
    Acquire,
    AcqRel,
    SeqCst,
}

// The operations by ordering: each picks the intrinsic whose name carries the ordering,
// and panics on the orderings an operation cannot have, with std's messages.

#[inline]
unsafe fn atomic_load<T: Copy>(src: *const T, order: Ordering) -> T {
    match order {
        Ordering::Relaxed => intrinsics::atomic_load_relaxed(src),
        Ordering::Acquire => intrinsics::atomic_load_acquire(src),
        Ordering::SeqCst => intrinsics::atomic_load_seqcst(src),
        Ordering::Release => panic!("there is no such thing as a release load"),
        Ordering::AcqRel => panic!("there is no such thing as an acquire-release load"),
    }
}

#[inline]
unsafe fn atomic_store<T: Copy>(dst: *mut T, val: T, order: Ordering) {
    match order {
        Ordering::Relaxed => intrinsics::atomic_store_relaxed(dst, val),
        Ordering::Release => intrinsics::atomic_store_release(dst, val),
        Ordering::SeqCst => intrinsics::atomic_store_seqcst(dst, val),
        Ordering::Acquire => panic!("there is no such thing as an acquire store"),
        Ordering::AcqRel => panic!("there is no such thing as an acquire-release store"),
    }
}

macro_rules! rmw_by_order {
    ($name:ident, $relaxed:ident, $acquire:ident, $release:ident, $acqrel:ident, $seqcst:ident) => {
        #[inline]
        #[allow(dead_code)]
        unsafe fn $name<T: Copy>(dst: *mut T, val: T, order: Ordering) -> T {
            match order {
                Ordering::Relaxed => intrinsics::$relaxed(dst, val),
                Ordering::Acquire => intrinsics::$acquire(dst, val),
                Ordering::Release => intrinsics::$release(dst, val),
                Ordering::AcqRel => intrinsics::$acqrel(dst, val),
                Ordering::SeqCst => intrinsics::$seqcst(dst, val),
            }
        }
    };
}

rmw_by_order!(atomic_swap, atomic_xchg_relaxed, atomic_xchg_acquire, atomic_xchg_release, atomic_xchg_acqrel, atomic_xchg_seqcst);
rmw_by_order!(atomic_add, atomic_xadd_relaxed, atomic_xadd_acquire, atomic_xadd_release, atomic_xadd_acqrel, atomic_xadd_seqcst);
rmw_by_order!(atomic_sub, atomic_xsub_relaxed, atomic_xsub_acquire, atomic_xsub_release, atomic_xsub_acqrel, atomic_xsub_seqcst);
rmw_by_order!(atomic_and, atomic_and_relaxed, atomic_and_acquire, atomic_and_release, atomic_and_acqrel, atomic_and_seqcst);
rmw_by_order!(atomic_nand, atomic_nand_relaxed, atomic_nand_acquire, atomic_nand_release, atomic_nand_acqrel, atomic_nand_seqcst);
rmw_by_order!(atomic_or, atomic_or_relaxed, atomic_or_acquire, atomic_or_release, atomic_or_acqrel, atomic_or_seqcst);
rmw_by_order!(atomic_xor, atomic_xor_relaxed, atomic_xor_acquire, atomic_xor_release, atomic_xor_acqrel, atomic_xor_seqcst);
rmw_by_order!(atomic_max, atomic_max_relaxed, atomic_max_acquire, atomic_max_release, atomic_max_acqrel, atomic_max_seqcst);
rmw_by_order!(atomic_min, atomic_min_relaxed, atomic_min_acquire, atomic_min_release, atomic_min_acqrel, atomic_min_seqcst);
rmw_by_order!(atomic_umax, atomic_umax_relaxed, atomic_umax_acquire, atomic_umax_release, atomic_umax_acqrel, atomic_umax_seqcst);
rmw_by_order!(atomic_umin, atomic_umin_relaxed, atomic_umin_acquire, atomic_umin_release, atomic_umin_acqrel, atomic_umin_seqcst);

macro_rules! cxchg_by_order {
    ($name:ident, $rr:ident, $ra:ident, $rs:ident, $ar:ident, $aa:ident, $as_:ident, $lr:ident, $la:ident, $ls:ident,
     $xr:ident, $xa:ident, $xs:ident, $sr:ident, $sa:ident, $ss:ident) => {
        #[inline]
        #[allow(dead_code)]
        unsafe fn $name<T: Copy>(dst: *mut T, old: T, new: T, success: Ordering, failure: Ordering) -> Result<T, T> {
            use Ordering::*;
            let (val, ok) = match (success, failure) {
                (Relaxed, Relaxed) => intrinsics::$rr(dst, old, new),
                (Relaxed, Acquire) => intrinsics::$ra(dst, old, new),
                (Relaxed, SeqCst) => intrinsics::$rs(dst, old, new),
                (Acquire, Relaxed) => intrinsics::$ar(dst, old, new),
                (Acquire, Acquire) => intrinsics::$aa(dst, old, new),
                (Acquire, SeqCst) => intrinsics::$as_(dst, old, new),
                (Release, Relaxed) => intrinsics::$lr(dst, old, new),
                (Release, Acquire) => intrinsics::$la(dst, old, new),
                (Release, SeqCst) => intrinsics::$ls(dst, old, new),
                (AcqRel, Relaxed) => intrinsics::$xr(dst, old, new),
                (AcqRel, Acquire) => intrinsics::$xa(dst, old, new),
                (AcqRel, SeqCst) => intrinsics::$xs(dst, old, new),
                (SeqCst, Relaxed) => intrinsics::$sr(dst, old, new),
                (SeqCst, Acquire) => intrinsics::$sa(dst, old, new),
                (SeqCst, SeqCst) => intrinsics::$ss(dst, old, new),
                (_, AcqRel) => panic!("there is no such thing as an acquire-release failure ordering"),
                (_, Release) => panic!("there is no such thing as a release failure ordering"),
            };
            if ok { Ok(val) } else { Err(val) }
        }
    };
}

cxchg_by_order!(atomic_compare_exchange,
    atomic_cxchg_relaxed_relaxed, atomic_cxchg_relaxed_acquire, atomic_cxchg_relaxed_seqcst,
    atomic_cxchg_acquire_relaxed, atomic_cxchg_acquire_acquire, atomic_cxchg_acquire_seqcst,
    atomic_cxchg_release_relaxed, atomic_cxchg_release_acquire, atomic_cxchg_release_seqcst,
    atomic_cxchg_acqrel_relaxed, atomic_cxchg_acqrel_acquire, atomic_cxchg_acqrel_seqcst,
    atomic_cxchg_seqcst_relaxed, atomic_cxchg_seqcst_acquire, atomic_cxchg_seqcst_seqcst);
cxchg_by_order!(atomic_compare_exchange_weak,
    atomic_cxchgweak_relaxed_relaxed, atomic_cxchgweak_relaxed_acquire, atomic_cxchgweak_relaxed_seqcst,
    atomic_cxchgweak_acquire_relaxed, atomic_cxchgweak_acquire_acquire, atomic_cxchgweak_acquire_seqcst,
    atomic_cxchgweak_release_relaxed, atomic_cxchgweak_release_acquire, atomic_cxchgweak_release_seqcst,
    atomic_cxchgweak_acqrel_relaxed, atomic_cxchgweak_acqrel_acquire, atomic_cxchgweak_acqrel_seqcst,
    atomic_cxchgweak_seqcst_relaxed, atomic_cxchgweak_seqcst_acquire, atomic_cxchgweak_seqcst_seqcst);

/// A memory fence: orders the memory accesses before it against those after it.
#[inline]
pub fn fence(order: Ordering) {
    unsafe {
        match order {
            Ordering::Acquire => intrinsics::atomic_fence_acquire(),
            Ordering::Release => intrinsics::atomic_fence_release(),
            Ordering::AcqRel => intrinsics::atomic_fence_acqrel(),
            Ordering::SeqCst => intrinsics::atomic_fence_seqcst(),
            Ordering::Relaxed => panic!("there is no such thing as a relaxed fence"),
        }
    }
}

/// A fence for the compiler only (against signal handlers on the same thread).
#[inline]
pub fn compiler_fence(order: Ordering) {
    unsafe {
        match order {
            Ordering::Acquire => intrinsics::atomic_singlethreadfence_acquire(),
            Ordering::Release => intrinsics::atomic_singlethreadfence_release(),
            Ordering::AcqRel => intrinsics::atomic_singlethreadfence_acqrel(),
            Ordering::SeqCst => intrinsics::atomic_singlethreadfence_seqcst(),
            Ordering::Relaxed => panic!("there is no such thing as a relaxed fence"),
        }
    }
}

/// A boolean shared between threads (stored as a byte).
#[cfg(target_has_atomic_load_store = "8")]
#[repr(C, align(1))]
pub struct AtomicBool {
    v: UnsafeCell<u8>,
}

#[cfg(target_has_atomic_load_store = "8")]
impl AtomicBool {
    pub const fn new(v: bool) -> AtomicBool {
        AtomicBool { v: UnsafeCell::new(v as u8) }
    }

    pub fn get_mut(&mut self) -> &mut bool {
        unsafe { &mut *(self.v.get() as *mut bool) }
    }

    pub fn into_inner(self) -> bool {
        self.v.into_inner() != 0
    }

    pub const fn as_ptr(&self) -> *mut bool {
        self.v.get() as *mut bool
    }

    pub fn load(&self, order: Ordering) -> bool {
        unsafe { atomic_load(self.v.get() as *const u8, order) != 0 }
    }

    pub fn store(&self, val: bool, order: Ordering) {
        unsafe { atomic_store(self.v.get(), val as u8, order) }
    }
}

#[cfg(target_has_atomic = "8")]
impl AtomicBool {
    pub fn swap(&self, val: bool, order: Ordering) -> bool {
        unsafe { atomic_swap(self.v.get(), val as u8, order) != 0 }
    }

    pub fn compare_exchange(&self, current: bool, new: bool, success: Ordering, failure: Ordering) -> Result<bool, bool> {
        match unsafe { atomic_compare_exchange(self.v.get(), current as u8, new as u8, success, failure) } {
            Ok(x) => Ok(x != 0),
            Err(x) => Err(x != 0),
        }
    }

    pub fn compare_exchange_weak(&self, current: bool, new: bool, success: Ordering, failure: Ordering) -> Result<bool, bool> {
        match unsafe { atomic_compare_exchange_weak(self.v.get(), current as u8, new as u8, success, failure) } {
            Ok(x) => Ok(x != 0),
            Err(x) => Err(x != 0),
        }
    }

    pub fn fetch_and(&self, val: bool, order: Ordering) -> bool {
        unsafe { atomic_and(self.v.get(), val as u8, order) != 0 }
    }

    /// NAND on a byte holding 0 or 1 would give 0xFE or 0xFF: done as Rust's core does it,
    /// with `true` to `fetch_xor` or `false` to `swap`.
    pub fn fetch_nand(&self, val: bool, order: Ordering) -> bool {
        if val { self.fetch_xor(true, order) } else { self.swap(true, order) }
    }

    pub fn fetch_or(&self, val: bool, order: Ordering) -> bool {
        unsafe { atomic_or(self.v.get(), val as u8, order) != 0 }
    }

    pub fn fetch_xor(&self, val: bool, order: Ordering) -> bool {
        unsafe { atomic_xor(self.v.get(), val as u8, order) != 0 }
    }

    pub fn fetch_not(&self, order: Ordering) -> bool {
        self.fetch_xor(true, order)
    }

    pub fn fetch_update<F>(&self, set_order: Ordering, fetch_order: Ordering, mut f: F) -> Result<bool, bool>
    where
        F: FnMut(bool) -> Option<bool>,
    {
        let mut prev = self.load(fetch_order);
        while let Some(next) = f(prev) {
            match self.compare_exchange_weak(prev, next, set_order, fetch_order) {
                Ok(x) => return Ok(x),
                Err(next_prev) => prev = next_prev,
            }
        }
        Err(prev)
    }

    pub fn try_update<F>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<bool, bool>
    where
        F: FnMut(bool) -> Option<bool>,
    {
        self.fetch_update(set_order, fetch_order, f)
    }

    pub fn update<F>(&self, set_order: Ordering, fetch_order: Ordering, mut f: F) -> bool
    where
        F: FnMut(bool) -> bool,
    {
        let mut prev = self.load(fetch_order);
        loop {
            match self.compare_exchange_weak(prev, f(prev), set_order, fetch_order) {
                Ok(x) => break x,
                Err(next_prev) => prev = next_prev,
            }
        }
    }
}

#[cfg(target_has_atomic_load_store = "8")]
impl Default for AtomicBool {
    fn default() -> AtomicBool {
        AtomicBool::new(false)
    }
}

#[cfg(target_has_atomic_load_store = "8")]
impl From<bool> for AtomicBool {
    fn from(b: bool) -> AtomicBool {
        AtomicBool::new(b)
    }
}

#[cfg(target_has_atomic_load_store = "8")]
impl fmt::Debug for AtomicBool {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.load(Ordering::Relaxed), f)
    }
}

/// A raw pointer shared between threads.
#[cfg(target_has_atomic_load_store = "ptr")]
#[cfg_attr(target_pointer_width = "32", repr(C, align(4)))]
#[cfg_attr(target_pointer_width = "64", repr(C, align(8)))]
pub struct AtomicPtr<T> {
    p: UnsafeCell<*mut T>,
}

#[cfg(target_has_atomic_load_store = "ptr")]
impl<T> AtomicPtr<T> {
    pub const fn new(p: *mut T) -> AtomicPtr<T> {
        AtomicPtr { p: UnsafeCell::new(p) }
    }

    pub fn get_mut(&mut self) -> &mut *mut T {
        self.p.get_mut()
    }

    pub fn into_inner(self) -> *mut T {
        self.p.into_inner()
    }

    pub const fn as_ptr(&self) -> *mut *mut T {
        self.p.get()
    }

    pub fn load(&self, order: Ordering) -> *mut T {
        unsafe { atomic_load(self.p.get() as *const *mut T, order) }
    }

    pub fn store(&self, ptr: *mut T, order: Ordering) {
        unsafe { atomic_store(self.p.get(), ptr, order) }
    }
}

#[cfg(target_has_atomic = "ptr")]
impl<T> AtomicPtr<T> {
    pub fn swap(&self, ptr: *mut T, order: Ordering) -> *mut T {
        unsafe { atomic_swap(self.p.get(), ptr, order) }
    }

    pub fn compare_exchange(&self, current: *mut T, new: *mut T, success: Ordering, failure: Ordering) -> Result<*mut T, *mut T> {
        unsafe { atomic_compare_exchange(self.p.get(), current, new, success, failure) }
    }

    pub fn compare_exchange_weak(&self, current: *mut T, new: *mut T, success: Ordering, failure: Ordering) -> Result<*mut T, *mut T> {
        unsafe { atomic_compare_exchange_weak(self.p.get(), current, new, success, failure) }
    }

    pub fn fetch_update<F>(&self, set_order: Ordering, fetch_order: Ordering, mut f: F) -> Result<*mut T, *mut T>
    where
        F: FnMut(*mut T) -> Option<*mut T>,
    {
        let mut prev = self.load(fetch_order);
        while let Some(next) = f(prev) {
            match self.compare_exchange_weak(prev, next, set_order, fetch_order) {
                Ok(x) => return Ok(x),
                Err(next_prev) => prev = next_prev,
            }
        }
        Err(prev)
    }
}

#[cfg(target_has_atomic_load_store = "ptr")]
impl<T> Default for AtomicPtr<T> {
    fn default() -> AtomicPtr<T> {
        AtomicPtr::new(0 as *mut T)
    }
}

#[cfg(target_has_atomic_load_store = "ptr")]
impl<T> From<*mut T> for AtomicPtr<T> {
    fn from(p: *mut T) -> AtomicPtr<T> {
        AtomicPtr::new(p)
    }
}

#[cfg(target_has_atomic_load_store = "ptr")]
impl<T> fmt::Debug for AtomicPtr<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.load(Ordering::Relaxed), f)
    }
}

macro_rules! atomic_int {
    ($load_store:meta, $cas:meta, $(#[$attr:meta])* $name:ident, $int:ident, $max:ident, $min:ident) => {
        /// An integer shared between threads.
        #[$load_store]
        $(#[$attr])*
        pub struct $name {
            v: UnsafeCell<$int>,
        }

        #[$load_store]
        impl $name {
            pub const fn new(v: $int) -> $name {
                $name { v: UnsafeCell::new(v) }
            }

            pub fn get_mut(&mut self) -> &mut $int {
                self.v.get_mut()
            }

            pub fn into_inner(self) -> $int {
                self.v.into_inner()
            }

            pub const fn as_ptr(&self) -> *mut $int {
                self.v.get()
            }

            pub fn load(&self, order: Ordering) -> $int {
                unsafe { atomic_load(self.v.get() as *const $int, order) }
            }

            pub fn store(&self, val: $int, order: Ordering) {
                unsafe { atomic_store(self.v.get(), val, order) }
            }
        }

        #[$cas]
        impl $name {
            pub fn swap(&self, val: $int, order: Ordering) -> $int {
                unsafe { atomic_swap(self.v.get(), val, order) }
            }

            pub fn compare_exchange(&self, current: $int, new: $int, success: Ordering, failure: Ordering) -> Result<$int, $int> {
                unsafe { atomic_compare_exchange(self.v.get(), current, new, success, failure) }
            }

            pub fn compare_exchange_weak(&self, current: $int, new: $int, success: Ordering, failure: Ordering) -> Result<$int, $int> {
                unsafe { atomic_compare_exchange_weak(self.v.get(), current, new, success, failure) }
            }

            /// Adds (wrapping on overflow) and returns the previous value.
            pub fn fetch_add(&self, val: $int, order: Ordering) -> $int {
                unsafe { atomic_add(self.v.get(), val, order) }
            }

            pub fn fetch_sub(&self, val: $int, order: Ordering) -> $int {
                unsafe { atomic_sub(self.v.get(), val, order) }
            }

            pub fn fetch_and(&self, val: $int, order: Ordering) -> $int {
                unsafe { atomic_and(self.v.get(), val, order) }
            }

            pub fn fetch_nand(&self, val: $int, order: Ordering) -> $int {
                unsafe { atomic_nand(self.v.get(), val, order) }
            }

            pub fn fetch_or(&self, val: $int, order: Ordering) -> $int {
                unsafe { atomic_or(self.v.get(), val, order) }
            }

            pub fn fetch_xor(&self, val: $int, order: Ordering) -> $int {
                unsafe { atomic_xor(self.v.get(), val, order) }
            }

            pub fn fetch_max(&self, val: $int, order: Ordering) -> $int {
                unsafe { $max(self.v.get(), val, order) }
            }

            pub fn fetch_min(&self, val: $int, order: Ordering) -> $int {
                unsafe { $min(self.v.get(), val, order) }
            }

            pub fn fetch_update<F>(&self, set_order: Ordering, fetch_order: Ordering, mut f: F) -> Result<$int, $int>
            where
                F: FnMut($int) -> Option<$int>,
            {
                let mut prev = self.load(fetch_order);
                while let Some(next) = f(prev) {
                    match self.compare_exchange_weak(prev, next, set_order, fetch_order) {
                        Ok(x) => return Ok(x),
                        Err(next_prev) => prev = next_prev,
                    }
                }
                Err(prev)
            }

            pub fn try_update<F>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<$int, $int>
            where
                F: FnMut($int) -> Option<$int>,
            {
                self.fetch_update(set_order, fetch_order, f)
            }

            /// Stores `f(previous)` (retrying while other threads interfere); returns the previous value.
            pub fn update<F>(&self, set_order: Ordering, fetch_order: Ordering, mut f: F) -> $int
            where
                F: FnMut($int) -> $int,
            {
                let mut prev = self.load(fetch_order);
                loop {
                    match self.compare_exchange_weak(prev, f(prev), set_order, fetch_order) {
                        Ok(x) => break x,
                        Err(next_prev) => prev = next_prev,
                    }
                }
            }
        }

        #[$load_store]
        impl Default for $name {
            fn default() -> $name {
                $name::new(0)
            }
        }

        #[$load_store]
        impl From<$int> for $name {
            fn from(v: $int) -> $name {
                $name::new(v)
            }
        }

        #[$load_store]
        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Debug::fmt(&self.load(Ordering::Relaxed), f)
            }
        }
    };
}

atomic_int!(cfg(target_has_atomic_load_store = "8"), cfg(target_has_atomic = "8"), #[repr(C, align(1))] AtomicI8, i8, atomic_max, atomic_min);
atomic_int!(cfg(target_has_atomic_load_store = "8"), cfg(target_has_atomic = "8"), #[repr(C, align(1))] AtomicU8, u8, atomic_umax, atomic_umin);
atomic_int!(cfg(target_has_atomic_load_store = "16"), cfg(target_has_atomic = "16"), #[repr(C, align(2))] AtomicI16, i16, atomic_max, atomic_min);
atomic_int!(cfg(target_has_atomic_load_store = "16"), cfg(target_has_atomic = "16"), #[repr(C, align(2))] AtomicU16, u16, atomic_umax, atomic_umin);
atomic_int!(cfg(target_has_atomic_load_store = "32"), cfg(target_has_atomic = "32"), #[repr(C, align(4))] AtomicI32, i32, atomic_max, atomic_min);
atomic_int!(cfg(target_has_atomic_load_store = "32"), cfg(target_has_atomic = "32"), #[repr(C, align(4))] AtomicU32, u32, atomic_umax, atomic_umin);
atomic_int!(cfg(target_has_atomic_load_store = "64"), cfg(target_has_atomic = "64"), #[repr(C, align(8))] AtomicI64, i64, atomic_max, atomic_min);
atomic_int!(cfg(target_has_atomic_load_store = "64"), cfg(target_has_atomic = "64"), #[repr(C, align(8))] AtomicU64, u64, atomic_umax, atomic_umin);
#[cfg(target_pointer_width = "32")]
atomic_int!(cfg(target_has_atomic_load_store = "ptr"), cfg(target_has_atomic = "ptr"), #[repr(C, align(4))] AtomicIsize, isize, atomic_max, atomic_min);
#[cfg(target_pointer_width = "32")]
atomic_int!(cfg(target_has_atomic_load_store = "ptr"), cfg(target_has_atomic = "ptr"), #[repr(C, align(4))] AtomicUsize, usize, atomic_umax, atomic_umin);
#[cfg(target_pointer_width = "64")]
atomic_int!(cfg(target_has_atomic_load_store = "ptr"), cfg(target_has_atomic = "ptr"), #[repr(C, align(8))] AtomicIsize, isize, atomic_max, atomic_min);
#[cfg(target_pointer_width = "64")]
atomic_int!(cfg(target_has_atomic_load_store = "ptr"), cfg(target_has_atomic = "ptr"), #[repr(C, align(8))] AtomicUsize, usize, atomic_umax, atomic_umin);

/// Deprecated in Rust; kept for old code.
#[cfg(target_has_atomic_load_store = "ptr")]
pub const ATOMIC_USIZE_INIT: AtomicUsize = AtomicUsize::new(0);
#[cfg(target_has_atomic_load_store = "8")]
pub const ATOMIC_BOOL_INIT: AtomicBool = AtomicBool::new(false);
