//! Linux without libc: system calls by number, and the `_start` entry point.

#[cfg(target_arch = "x86_64")]
mod x86_64;
#[cfg(target_arch = "x86_64")]
use x86_64::{syscall1, syscall3, syscall6, SYS_EXIT_GROUP, SYS_MMAP, SYS_READ, SYS_WRITE};

#[cfg(target_arch = "aarch64")]
mod aarch64;
#[cfg(target_arch = "aarch64")]
use aarch64::{syscall1, syscall3, syscall6, SYS_EXIT_GROUP, SYS_MMAP, SYS_READ, SYS_WRITE};

#[cfg(target_arch = "riscv64")]
mod riscv64;
#[cfg(target_arch = "riscv64")]
use riscv64::{syscall1, syscall3, syscall6, SYS_EXIT_GROUP, SYS_MMAP, SYS_READ, SYS_WRITE};

#[cfg(target_arch = "arm")]
mod arm;
#[cfg(target_arch = "arm")]
use arm::{syscall1, syscall3, syscall6, SYS_EXIT_GROUP, SYS_MMAP, SYS_READ, SYS_WRITE};

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

/// Entered from the assembly `_start` with the initial stack pointer: argc, then argv.
#[no_mangle]
unsafe extern "C" fn __tsrustc_start(sp: *const usize) -> ! {
    let argc = *sp;
    let argv = (sp as usize + WORD) as *const *const u8;
    crate::rt::run_main(argc as i32, argv)
}
