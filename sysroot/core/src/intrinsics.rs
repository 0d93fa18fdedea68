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
    /// The location a `#[track_caller]` function was called from (`Location::caller`).
    pub fn caller_location() -> &'static crate::panic::Location<'static>;
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

// Float operations LLVM has instructions (or libm calls) for.
extern "rust-intrinsic" {
    pub fn sqrtf32(x: f32) -> f32;
    pub fn sqrtf64(x: f64) -> f64;
    pub fn floorf32(x: f32) -> f32;
    pub fn floorf64(x: f64) -> f64;
    pub fn ceilf32(x: f32) -> f32;
    pub fn ceilf64(x: f64) -> f64;
    pub fn truncf32(x: f32) -> f32;
    pub fn truncf64(x: f64) -> f64;
    pub fn roundf32(x: f32) -> f32;
    pub fn roundf64(x: f64) -> f64;
    pub fn fabsf32(x: f32) -> f32;
    pub fn fabsf64(x: f64) -> f64;
    pub fn copysignf32(x: f32, y: f32) -> f32;
    pub fn copysignf64(x: f64, y: f64) -> f64;
    pub fn minnumf32(x: f32, y: f32) -> f32;
    pub fn minnumf64(x: f64, y: f64) -> f64;
    pub fn maxnumf32(x: f32, y: f32) -> f32;
    pub fn maxnumf64(x: f64, y: f64) -> f64;
    pub fn fmaf32(a: f32, b: f32, c: f32) -> f32;
    pub fn fmaf64(a: f64, b: f64, c: f64) -> f64;
}
/// The size in bytes of the value `ptr` points to (unsized values: from the metadata).
#[rustc_intrinsic]
pub unsafe fn size_of_val<T: ?Sized>(_ptr: *const T) -> usize { loop {} }
/// The alignment of the value `ptr` points to.
#[rustc_intrinsic]
pub unsafe fn min_align_of_val<T: ?Sized>(_ptr: *const T) -> usize { loop {} }

// Integer arithmetic and bit operations (core::num builds its methods on these).
#[rustc_intrinsic]
pub const fn add_with_overflow<T: Copy>(_x: T, _y: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub const fn sub_with_overflow<T: Copy>(_x: T, _y: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub const fn mul_with_overflow<T: Copy>(_x: T, _y: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub const fn wrapping_add<T: Copy>(_a: T, _b: T) -> T { loop {} }
#[rustc_intrinsic]
pub const fn wrapping_sub<T: Copy>(_a: T, _b: T) -> T { loop {} }
#[rustc_intrinsic]
pub const fn wrapping_mul<T: Copy>(_a: T, _b: T) -> T { loop {} }
#[rustc_intrinsic]
pub const fn saturating_add<T: Copy>(_a: T, _b: T) -> T { loop {} }
#[rustc_intrinsic]
pub const fn saturating_sub<T: Copy>(_a: T, _b: T) -> T { loop {} }
#[rustc_intrinsic]
pub const fn ctpop<T: Copy>(_x: T) -> u32 { loop {} }
#[rustc_intrinsic]
pub const fn ctlz<T: Copy>(_x: T) -> u32 { loop {} }
#[rustc_intrinsic]
pub const fn cttz<T: Copy>(_x: T) -> u32 { loop {} }
#[rustc_intrinsic]
pub const fn bswap<T: Copy>(_x: T) -> T { loop {} }
#[rustc_intrinsic]
pub const fn bitreverse<T: Copy>(_x: T) -> T { loop {} }
#[rustc_intrinsic]
pub const fn rotate_left<T: Copy>(_x: T, _shift: u32) -> T { loop {} }
#[rustc_intrinsic]
pub const fn rotate_right<T: Copy>(_x: T, _shift: u32) -> T { loop {} }

// Atomics (core::sync::atomic builds on these). The ordering is part of the name, as in
// rustc 1.63; codegen emits `load atomic`, `store atomic`, `cmpxchg`, `atomicrmw` and `fence`.
// Integers, and thin raw pointers for AtomicPtr.
#[rustc_intrinsic]
pub unsafe fn atomic_load_seqcst<T: Copy>(_src: *const T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_load_acquire<T: Copy>(_src: *const T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_load_relaxed<T: Copy>(_src: *const T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_load_unordered<T: Copy>(_src: *const T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_store_seqcst<T: Copy>(_dst: *mut T, _val: T) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_store_release<T: Copy>(_dst: *mut T, _val: T) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_store_relaxed<T: Copy>(_dst: *mut T, _val: T) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_store_unordered<T: Copy>(_dst: *mut T, _val: T) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_cxchg_relaxed_relaxed<T: Copy>(_dst: *mut T, _old: T, _src: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_cxchg_relaxed_acquire<T: Copy>(_dst: *mut T, _old: T, _src: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_cxchg_relaxed_seqcst<T: Copy>(_dst: *mut T, _old: T, _src: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_cxchg_acquire_relaxed<T: Copy>(_dst: *mut T, _old: T, _src: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_cxchg_acquire_acquire<T: Copy>(_dst: *mut T, _old: T, _src: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_cxchg_acquire_seqcst<T: Copy>(_dst: *mut T, _old: T, _src: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_cxchg_release_relaxed<T: Copy>(_dst: *mut T, _old: T, _src: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_cxchg_release_acquire<T: Copy>(_dst: *mut T, _old: T, _src: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_cxchg_release_seqcst<T: Copy>(_dst: *mut T, _old: T, _src: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_cxchg_acqrel_relaxed<T: Copy>(_dst: *mut T, _old: T, _src: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_cxchg_acqrel_acquire<T: Copy>(_dst: *mut T, _old: T, _src: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_cxchg_acqrel_seqcst<T: Copy>(_dst: *mut T, _old: T, _src: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_cxchg_seqcst_relaxed<T: Copy>(_dst: *mut T, _old: T, _src: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_cxchg_seqcst_acquire<T: Copy>(_dst: *mut T, _old: T, _src: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_cxchg_seqcst_seqcst<T: Copy>(_dst: *mut T, _old: T, _src: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_cxchgweak_relaxed_relaxed<T: Copy>(_dst: *mut T, _old: T, _src: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_cxchgweak_relaxed_acquire<T: Copy>(_dst: *mut T, _old: T, _src: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_cxchgweak_relaxed_seqcst<T: Copy>(_dst: *mut T, _old: T, _src: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_cxchgweak_acquire_relaxed<T: Copy>(_dst: *mut T, _old: T, _src: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_cxchgweak_acquire_acquire<T: Copy>(_dst: *mut T, _old: T, _src: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_cxchgweak_acquire_seqcst<T: Copy>(_dst: *mut T, _old: T, _src: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_cxchgweak_release_relaxed<T: Copy>(_dst: *mut T, _old: T, _src: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_cxchgweak_release_acquire<T: Copy>(_dst: *mut T, _old: T, _src: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_cxchgweak_release_seqcst<T: Copy>(_dst: *mut T, _old: T, _src: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_cxchgweak_acqrel_relaxed<T: Copy>(_dst: *mut T, _old: T, _src: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_cxchgweak_acqrel_acquire<T: Copy>(_dst: *mut T, _old: T, _src: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_cxchgweak_acqrel_seqcst<T: Copy>(_dst: *mut T, _old: T, _src: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_cxchgweak_seqcst_relaxed<T: Copy>(_dst: *mut T, _old: T, _src: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_cxchgweak_seqcst_acquire<T: Copy>(_dst: *mut T, _old: T, _src: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_cxchgweak_seqcst_seqcst<T: Copy>(_dst: *mut T, _old: T, _src: T) -> (T, bool) { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_xchg_seqcst<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_xchg_acquire<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_xchg_release<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_xchg_acqrel<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_xchg_relaxed<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_xadd_seqcst<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_xadd_acquire<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_xadd_release<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_xadd_acqrel<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_xadd_relaxed<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_xsub_seqcst<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_xsub_acquire<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_xsub_release<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_xsub_acqrel<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_xsub_relaxed<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_and_seqcst<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_and_acquire<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_and_release<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_and_acqrel<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_and_relaxed<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_nand_seqcst<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_nand_acquire<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_nand_release<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_nand_acqrel<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_nand_relaxed<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_or_seqcst<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_or_acquire<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_or_release<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_or_acqrel<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_or_relaxed<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_xor_seqcst<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_xor_acquire<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_xor_release<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_xor_acqrel<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_xor_relaxed<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_max_seqcst<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_max_acquire<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_max_release<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_max_acqrel<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_max_relaxed<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_min_seqcst<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_min_acquire<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_min_release<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_min_acqrel<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_min_relaxed<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_umax_seqcst<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_umax_acquire<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_umax_release<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_umax_acqrel<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_umax_relaxed<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_umin_seqcst<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_umin_acquire<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_umin_release<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_umin_acqrel<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_umin_relaxed<T: Copy>(_dst: *mut T, _src: T) -> T { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_fence_seqcst() { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_singlethreadfence_seqcst() { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_fence_acquire() { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_singlethreadfence_acquire() { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_fence_release() { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_singlethreadfence_release() { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_fence_acqrel() { loop {} }
#[rustc_intrinsic]
pub unsafe fn atomic_singlethreadfence_acqrel() { loop {} }

/// A hash identifying the type `T` within the program (`TypeId::of`).
#[rustc_intrinsic]
pub const fn type_id<T: ?Sized + 'static>() -> u64 { loop {} }
