//! Linux without libc: system calls by number, and the `_start` entry point.

mod errno;
pub mod thread;
pub use errno::{error_kind, error_string};

#[cfg(target_arch = "x86_64")]
mod x86_64;
#[cfg(target_arch = "x86_64")]
use x86_64 as arch;
#[cfg(target_arch = "x86_64")]
use x86_64::{syscall1, syscall3, syscall6, SYS_CLOSE, SYS_EXIT_GROUP, SYS_MMAP, SYS_OPENAT, SYS_READ, SYS_WRITE};

#[cfg(target_arch = "aarch64")]
mod aarch64;
#[cfg(target_arch = "aarch64")]
use aarch64 as arch;
#[cfg(target_arch = "aarch64")]
use aarch64::{syscall1, syscall3, syscall6, SYS_CLOSE, SYS_EXIT_GROUP, SYS_MMAP, SYS_OPENAT, SYS_READ, SYS_WRITE};

#[cfg(target_arch = "riscv64")]
mod riscv64;
#[cfg(target_arch = "riscv64")]
use riscv64 as arch;
#[cfg(target_arch = "riscv64")]
use riscv64::{syscall1, syscall3, syscall6, SYS_CLOSE, SYS_EXIT_GROUP, SYS_MMAP, SYS_OPENAT, SYS_READ, SYS_WRITE};

#[cfg(target_arch = "arm")]
mod arm;
#[cfg(target_arch = "arm")]
use arm as arch;
#[cfg(target_arch = "arm")]
use arm::{syscall1, syscall3, syscall6, SYS_CLOSE, SYS_EXIT_GROUP, SYS_MMAP, SYS_OPENAT, SYS_READ, SYS_WRITE};

const EINTR: isize = -4;

#[cfg(target_pointer_width = "64")]
const WORD: usize = 8;
#[cfg(target_pointer_width = "32")]
const WORD: usize = 4;

/// Writes all of `len` bytes at `ptr` to file descriptor `fd`, retrying short writes.
pub fn write_all(fd: usize, ptr: *const u8, len: usize) {
    let mut done: usize = 0;
    while done < len {
        let n = unsafe { syscall3(SYS_WRITE, fd, ptr as usize + done, len - done) };
        if n < 0 {
            if n == EINTR {
                continue;
            }
            return;
        }
        done = done + n as usize;
    }
}

/// Reads up to `len` bytes from `fd` into `ptr`: how many (0 at end of input), or a
/// negative errno.
pub fn read(fd: usize, ptr: *mut u8, len: usize) -> isize {
    loop {
        let n = unsafe { syscall3(SYS_READ, fd, ptr as usize, len) };
        if n != EINTR {
            return n;
        }
    }
}

const PROT_READ_WRITE: usize = 3;
const MAP_PRIVATE_ANONYMOUS: usize = 0x22;

/// Fresh zeroed memory for the allocator: `size` bytes (a multiple of the page size) from
/// an anonymous private mapping; null if the kernel refuses.
pub fn map_memory(size: usize) -> *mut u8 {
    let r = unsafe { syscall6(SYS_MMAP, 0, size, PROT_READ_WRITE, MAP_PRIVATE_ANONYMOUS, !0usize, 0) };
    if r < 0 && r > -4096 {
        return 0 as *mut u8;
    }
    r as usize as *mut u8
}

pub fn exit(code: i32) -> ! {
    unsafe {
        syscall1(SYS_EXIT_GROUP, code as usize);
    }
    loop {}
}

/// Writes up to `len` bytes at `ptr` to `fd`: how many, or a negative errno.
pub fn write(fd: usize, ptr: *const u8, len: usize) -> isize {
    loop {
        let n = unsafe { syscall3(SYS_WRITE, fd, ptr as usize, len) };
        if n != EINTR {
            return n;
        }
    }
}

const AT_FDCWD: isize = -100;
const O_WRONLY: usize = 0o1;
const O_CREAT: usize = 0o100;
const O_TRUNC: usize = 0o1000;
const O_CLOEXEC: usize = 0o2000000;

/// Opens `path` (relative to the working directory) for reading, or for writing (created,
/// truncated): the descriptor, or the I/O error from the errno.
pub fn open(path: &[u8], write: bool) -> Result<usize, crate::io::Error> {
    let c_path = super::nul_terminated(path)?;
    let flags = if write { O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC } else { O_CLOEXEC };
    loop {
        let r = unsafe { syscall6(SYS_OPENAT, AT_FDCWD as usize, c_path.as_ptr() as usize, flags, 0o666, 0, 0) };
        if r == EINTR {
            continue;
        }
        if r < 0 {
            return Err(crate::io::Error::from_raw_os_error(-r as i32));
        }
        return Ok(r as usize);
    }
}

pub fn close(fd: usize) {
    unsafe {
        syscall1(SYS_CLOSE, fd);
    }
}

/// The process's arguments and environment as the kernel laid them out on the initial
/// stack (captured by `__tsrustc_start`).
static mut ARGC: usize = 0;
static mut ARGV: *const *const u8 = 0 as *const *const u8;
static mut ENVP: *const *const u8 = 0 as *const *const u8;

/// The command-line arguments, the program name first.
pub fn args() -> crate::vec::Vec<crate::string::String> {
    let mut out = crate::vec::Vec::new();
    unsafe {
        let mut i = 0;
        while i < ARGC {
            out.push(super::c_string(*ARGV.add(i)));
            i = i + 1;
        }
    }
    out
}

/// The environment as `KEY=value` entries.
pub fn env_entries() -> crate::vec::Vec<crate::string::String> {
    let mut out = crate::vec::Vec::new();
    unsafe {
        if ENVP as usize == 0 {
            return out;
        }
        let mut p = ENVP;
        while *p as usize != 0 {
            out.push(super::c_string(*p));
            p = p.add(1);
        }
    }
    out
}

/// Entered from the assembly `_start` with the initial stack pointer: argc, then argv's
/// pointers and a null, then the environment's pointers and a null.
#[no_mangle]
unsafe extern "C" fn __tsrustc_start(sp: *const usize) -> ! {
    let argc = *sp;
    let argv = (sp as usize + WORD) as *const *const u8;
    ARGC = argc;
    ARGV = argv;
    ENVP = argv.add(argc + 1);
    crate::thread::init_main();
    crate::rt::run_main(argc as i32, argv)
}
