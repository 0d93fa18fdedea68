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
    fn args_sizes_get(count: *mut usize, buf_size: *mut usize) -> u16;
    fn args_get(argv: *mut *mut u8, buf: *mut u8) -> u16;
    fn environ_sizes_get(count: *mut usize, buf_size: *mut usize) -> u16;
    fn environ_get(environ: *mut *mut u8, buf: *mut u8) -> u16;
    fn path_open(dir_fd: u32, dir_flags: u32, path: *const u8, path_len: usize, oflags: u16,
        rights_base: u64, rights_inheriting: u64, fd_flags: u16, opened: *mut u32) -> u16;
    fn fd_close(fd: u32) -> u16;
    fn poll_oneoff(subscriptions: *const u8, events: *mut u8, count: u32, nevents: *mut u32) -> u16;
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

/// Writes up to `len` bytes at `ptr` to `fd`: how many, or the negated WASI errno.
pub fn write(fd: usize, ptr: *const u8, len: usize) -> isize {
    loop {
        let iov = Ciovec { buf: ptr, len: len };
        let mut written: usize = 0;
        let err = unsafe { fd_write(fd as u32, &iov as *const Ciovec, 1, &mut written as *mut usize) };
        if err == 0 {
            return written as isize;
        }
        if err != ERRNO_INTR {
            return -(err as isize);
        }
    }
}

use crate::string::String;
use crate::vec::Vec;

/// Fills a list of NUL-terminated strings the way `args_get`/`environ_get` lay them out.
fn string_list(sizes: unsafe extern "C" fn(*mut usize, *mut usize) -> u16,
    get: unsafe extern "C" fn(*mut *mut u8, *mut u8) -> u16) -> Vec<String> {
    let mut out = Vec::new();
    let mut count: usize = 0;
    let mut size: usize = 0;
    unsafe {
        if sizes(&mut count as *mut usize, &mut size as *mut usize) != 0 || count == 0 {
            return out;
        }
        let mut ptrs: Vec<*mut u8> = Vec::with_capacity(count);
        let mut buf: Vec<u8> = Vec::with_capacity(size);
        if get(ptrs.as_mut_ptr(), buf.as_mut_ptr()) != 0 {
            return out;
        }
        let mut i = 0;
        while i < count {
            out.push(super::c_string(*ptrs.as_ptr().add(i) as *const u8));
            i = i + 1;
        }
    }
    out
}

/// The command-line arguments, the program name first.
pub fn args() -> Vec<String> {
    string_list(args_sizes_get, args_get)
}

/// The environment as `KEY=value` entries.
pub fn env_entries() -> Vec<String> {
    string_list(environ_sizes_get, environ_get)
}

/// The first preopened directory, which relative paths are resolved in (as wasi-libc
/// resolves them against the preopen named ".").
const PREOPEN_FD: u32 = 3;
const OFLAGS_CREAT: u16 = 1;
const OFLAGS_TRUNC: u16 = 8;
const RIGHT_FD_READ: u64 = 1 << 1;
const RIGHT_FD_SEEK: u64 = 1 << 2;
const RIGHT_FD_TELL: u64 = 1 << 5;
const RIGHT_FD_WRITE: u64 = 1 << 6;
const LOOKUP_SYMLINK_FOLLOW: u32 = 1;

/// Opens `path` in the preopened directory for reading, or for writing (created,
/// truncated): the descriptor, or the I/O error from the WASI errno.
pub fn open(path: &[u8], write: bool) -> Result<usize, crate::io::Error> {
    let (oflags, rights) = if write {
        (OFLAGS_CREAT | OFLAGS_TRUNC, RIGHT_FD_WRITE | RIGHT_FD_SEEK | RIGHT_FD_TELL)
    } else {
        (0, RIGHT_FD_READ | RIGHT_FD_SEEK | RIGHT_FD_TELL)
    };
    let mut fd: u32 = 0;
    let err = unsafe {
        path_open(PREOPEN_FD, LOOKUP_SYMLINK_FOLLOW, path.as_ptr(), path.len(), oflags, rights, 0, 0,
            &mut fd as *mut u32)
    };
    if err != 0 {
        return Err(crate::io::Error::from_raw_os_error(err as i32));
    }
    Ok(fd as usize)
}

pub fn close(fd: usize) {
    unsafe {
        fd_close(fd as u32);
    }
}

/// The `io::ErrorKind` of a WASI errno (WASI numbers errors its own way).
pub fn error_kind(code: i32) -> crate::io::ErrorKind {
    use crate::io::ErrorKind;
    match code {
        2 | 63 | 76 => ErrorKind::PermissionDenied,
        44 => ErrorKind::NotFound,
        20 => ErrorKind::AlreadyExists,
        54 => ErrorKind::NotADirectory,
        31 => ErrorKind::IsADirectory,
        28 => ErrorKind::InvalidInput,
        51 => ErrorKind::StorageFull,
        69 => ErrorKind::ReadOnlyFilesystem,
        37 => ErrorKind::InvalidFilename,
        27 => ErrorKind::Interrupted,
        _ => ErrorKind::Uncategorized,
    }
}

/// wasi-libc's `strerror` text for a WASI errno.
pub fn error_string(code: i32) -> &'static str {
    match code {
        2 => "Permission denied",
        8 => "Bad file descriptor",
        20 => "File exists",
        27 => "Interrupted system call",
        28 => "Invalid argument",
        29 => "I/O error",
        31 => "Is a directory",
        37 => "Filename too long",
        44 => "No such file or directory",
        51 => "No space left on device",
        54 => "Not a directory",
        63 => "Operation not permitted",
        69 => "Read-only file system",
        76 => "Capabilities insufficient",
        _ => "No error information",
    }
}

pub fn exit(code: i32) -> ! {
    unsafe { proc_exit(code as u32) }
}

/// WASI commands start at the exported `_start`; WASI passes no argc/argv here
/// (`std::env::args` asks `args_get`).
#[no_mangle]
pub extern "C" fn _start() {
    crate::rt::run_main(0, 0 as *const *const u8)
}

/// Sleeps by polling a relative monotonic-clock subscription (as wasi-libc's nanosleep).
pub fn sleep(secs: u64, nanos: u32) {
    // subscription: userdata u64, tag u8 (0: clock), clock id u32 at 16 (1: monotonic),
    // timeout u64 at 24, precision u64 at 32, flags u16 at 40 (0: relative).
    let mut sub = [0u64; 6];
    sub[2] = 1;
    sub[3] = secs * 1_000_000_000 + nanos as u64;
    let mut event = [0u64; 4];
    let mut n: u32 = 0;
    unsafe {
        poll_oneoff(&sub as *const [u64; 6] as *const u8, &mut event as *mut [u64; 4] as *mut u8, 1, &mut n as *mut u32);
    }
}
