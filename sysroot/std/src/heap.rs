//! The global allocator: `__rust_alloc` and friends, which `alloc::alloc` calls.
//!
//! Memory comes from the platform in 64 KiB chunks (`sys::map_memory`: mmap on Linux,
//! `memory.grow` on wasm, the heap region of the linker script on bare-metal Arm). Small
//! requests are rounded up to a power-of-two size class (16 bytes to 2 KiB) and recycled
//! through one free list per class; a block of class `c` is carved at a multiple of its
//! size, so it is aligned to its size. Larger requests take whole 4 KiB pages and are
//! recycled through a first-fit list in address order, whose blocks split to fit a request
//! and merge with their free neighbours. One lock (a spin lock that yields the CPU while
//! it waits) serializes the allocator's entry points between threads.

use crate::sys;
use core::sync::atomic::{AtomicBool, Ordering};

static LOCKED: AtomicBool = AtomicBool::new(false);

/// Holds the allocator lock until dropped. Allocation is short: spinning, then yielding,
/// is cheaper than a futex here and needs nothing that allocates.
struct HeapGuard;

#[cfg(not(target_has_atomic = "8"))]
fn lock() -> HeapGuard {
    // No compare-and-swap (thumbv6m): no threads either.
    HeapGuard
}

#[cfg(target_has_atomic = "8")]
fn lock() -> HeapGuard {
    let mut spins = 0;
    while LOCKED.compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed).is_err() {
        spins += 1;
        if spins > 64 {
            sys::thread::yield_now();
            spins = 0;
        }
    }
    HeapGuard
}

impl Drop for HeapGuard {
    fn drop(&mut self) {
        LOCKED.store(false, Ordering::Release);
    }
}

const MIN_CLASS_SHIFT: usize = 4;
const MAX_SMALL: usize = 2048;
const PAGE: usize = 4096;
const CHUNK: usize = 65536;

/// Head of the free list of each size class (the first word of a free block links the next).
static mut FREE: [usize; 8] = [0, 0, 0, 0, 0, 0, 0, 0];
/// Free large blocks, in address order: [next, size] headers in the blocks themselves.
static mut FREE_LARGE: usize = 0;
/// The part of the current chunk not handed out yet.
static mut BUMP: usize = 0;
static mut BUMP_END: usize = 0;

fn class_of(size: usize) -> usize {
    let mut c = 0;
    while (1usize << (c + MIN_CLASS_SHIFT)) < size {
        c = c + 1;
    }
    c
}

fn round_up(n: usize, to: usize) -> usize {
    (n + to - 1) / to * to
}

/// `size` bytes aligned to `align` (a power of two dividing `size` or a page) from the chunk.
unsafe fn carve(size: usize, align: usize) -> *mut u8 {
    let mut start = round_up(BUMP, align);
    if BUMP == 0 || start + size > BUMP_END {
        let want = round_up(size + align, CHUNK);
        let p = sys::map_memory(want) as usize;
        if p == 0 {
            return 0 as *mut u8;
        }
        // A new chunk that continues the old one keeps the old one's tail usable.
        if p != BUMP_END {
            BUMP = p;
        }
        BUMP_END = p + want;
        start = round_up(BUMP, align);
    }
    BUMP = start + size;
    start as *mut u8
}

unsafe fn alloc_small(class: usize) -> *mut u8 {
    let head = FREE[class];
    if head != 0 {
        FREE[class] = *(head as *const usize);
        return head as *mut u8;
    }
    let size = 1usize << (class + MIN_CLASS_SHIFT);
    carve(size, size)
}

unsafe fn alloc_large(size: usize) -> *mut u8 {
    let size = round_up(size, PAGE);
    let mut prev: usize = 0;
    let mut cur = FREE_LARGE;
    while cur != 0 {
        let next = *(cur as *const usize);
        let cur_size = *((cur + core::mem::size_of::<usize>()) as *const usize);
        if cur_size >= size {
            // The caller frees `size` bytes only, so a bigger block is split and its tail
            // stays on the list (handing out the whole block leaked the tail).
            let keep = if cur_size > size {
                let rest = cur + size;
                *(rest as *mut usize) = next;
                *((rest + core::mem::size_of::<usize>()) as *mut usize) = cur_size - size;
                rest
            } else {
                next
            };
            if prev == 0 {
                FREE_LARGE = keep;
            } else {
                *(prev as *mut usize) = keep;
            }
            return cur as *mut u8;
        }
        prev = cur;
        cur = next;
    }
    carve(size, PAGE)
}

fn is_small(size: usize, align: usize) -> bool {
    size <= MAX_SMALL && align <= MAX_SMALL
}

fn small_class(size: usize, align: usize) -> usize {
    class_of(if size > align { size } else { align })
}

#[no_mangle]
pub unsafe fn __rust_alloc(size: usize, align: usize) -> *mut u8 {
    let _g = lock();
    alloc_unlocked(size, align)
}

unsafe fn alloc_unlocked(size: usize, align: usize) -> *mut u8 {
    if is_small(size, align) {
        alloc_small(small_class(size, align))
    } else if align <= PAGE {
        alloc_large(size)
    } else {
        carve(round_up(size, PAGE), align)
    }
}

#[no_mangle]
pub unsafe fn __rust_alloc_zeroed(size: usize, align: usize) -> *mut u8 {
    let p = __rust_alloc(size, align);
    if p as usize != 0 {
        core::intrinsics::write_bytes(p, 0, size);
    }
    p
}

#[no_mangle]
pub unsafe fn __rust_dealloc(ptr: *mut u8, size: usize, align: usize) {
    let _g = lock();
    dealloc_unlocked(ptr, size, align)
}

unsafe fn dealloc_unlocked(ptr: *mut u8, size: usize, align: usize) {
    let p = ptr as usize;
    if is_small(size, align) {
        let c = small_class(size, align);
        *(p as *mut usize) = FREE[c];
        FREE[c] = p;
    } else if align <= PAGE {
        free_large(p, round_up(size, PAGE));
    }
}

/// Puts a block back on the large free list, which is kept in address order so that a
/// block merges with free neighbours: without that, blocks split for smaller requests
/// never grow back and a program that keeps growing vectors runs out of memory.
unsafe fn free_large(p: usize, size: usize) {
    let word = core::mem::size_of::<usize>();
    let mut prev: usize = 0;
    let mut next = FREE_LARGE;
    while next != 0 && next < p {
        prev = next;
        next = *(next as *const usize);
    }
    let mut size = size;
    if next != 0 && p + size == next {
        size += *((next + word) as *const usize);
        next = *(next as *const usize);
    }
    *(p as *mut usize) = next;
    *((p + word) as *mut usize) = size;
    if prev == 0 {
        FREE_LARGE = p;
    } else if prev + *((prev + word) as *const usize) == p {
        *(prev as *mut usize) = next;
        *((prev + word) as *mut usize) += size;
    } else {
        *(prev as *mut usize) = p;
    }
}

#[no_mangle]
pub unsafe fn __rust_realloc(ptr: *mut u8, old_size: usize, align: usize, new_size: usize) -> *mut u8 {
    let _g = lock();
    if is_small(old_size, align) && is_small(new_size, align) && small_class(old_size, align) == small_class(new_size, align) {
        return ptr;
    }
    if !is_small(old_size, align) && !is_small(new_size, align) && round_up(old_size, PAGE) >= new_size && align <= PAGE {
        if round_up(old_size, PAGE) == round_up(new_size, PAGE) {
            return ptr;
        }
    }
    let new = alloc_unlocked(new_size, align);
    if new as usize != 0 {
        let n = if old_size < new_size { old_size } else { new_size };
        core::intrinsics::copy_nonoverlapping(ptr as *const u8, new, n);
        dealloc_unlocked(ptr, old_size, align);
    }
    new
}
