//! WASI preview 1: output through `fd_write`, exit through `proc_exit`.

#[repr(C)]
struct Ciovec {
    buf: *const u8,
    len: usize,
}

#[link(wasm_import_module = "wasi_snapshot_preview1")]
extern "C" {
    fn fd_write(fd: u32, iovs: *const Ciovec, iovs_len: usize, nwritten: *mut usize) -> u16;
    fn fd_read(fd: u32, iovs: *const Ciovec, iovs_len: usize, nread: *mut usize) -> u16;
    fn proc_exit(code: u32) -> !;
}

const ERRNO_INTR: u16 = 27;

extern "rust-intrinsic" {
    /// `memory.grow` on memory 0 by `delta` 64 KiB pages: the old size in pages, or !0.
    fn wasm_memory_grow(delta: usize) -> usize;
}

const WASM_PAGE: usize = 65536;

/// Fresh zeroed memory for the allocator: `size` bytes (a multiple of 64 KiB) added to the
/// linear memory by `memory.grow`; null if the host refuses.
pub fn map_memory(size: usize) -> *mut u8 {
    let pages = (size + WASM_PAGE - 1) / WASM_PAGE;
    let old = unsafe { wasm_memory_grow(pages) };
    if old == !0usize {
        return 0 as *mut u8;
    }
    (old * WASM_PAGE) as *mut u8
}

/// Reads up to `len` bytes from `fd` into `ptr`: how many (0 at end of input), or the
/// negated WASI errno.
pub fn read(fd: usize, ptr: *mut u8, len: usize) -> isize {
    loop {
        let iov = Ciovec { buf: ptr as *const u8, len: len };
        let mut got: usize = 0;
        let err = unsafe { fd_read(fd as u32, &iov as *const Ciovec, 1, &mut got as *mut usize) };
        if err == 0 {
            return got as isize;
        }
        if err != ERRNO_INTR {
            return -(err as isize);
        }
    }
}

pub fn write_all(fd: usize, ptr: *const u8, len: usize) {
    let mut done: usize = 0;
    while done < len {
        let iov = Ciovec { buf: (ptr as usize + done) as *const u8, len: len - done };
        let mut written: usize = 0;
        let err = unsafe { fd_write(fd as u32, &iov as *const Ciovec, 1, &mut written as *mut usize) };
        if err != 0 {
            if err == ERRNO_INTR {
                continue;
            }
            return;
        }
        done = done + written;
    }
}

pub fn exit(code: i32) -> ! {
    unsafe { proc_exit(code as u32) }
}

/// WASI commands start at the exported `_start`; WASI passes no argc/argv here (they come
/// from `args_get` when `std::env::args` arrives).
#[no_mangle]
pub extern "C" fn _start() {
    crate::rt::run_main(0, 0 as *const *const u8)
}
