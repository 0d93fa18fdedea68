//! Bare-metal Arm (Cortex-M) under a debug host: output and exit by semihosting
//! (`bkpt 0xab` with the operation in r0 and its argument in r1), and the reset vector.
//! QEMU and debug probes (OpenOCD, probe-rs) service these requests; a real product would
//! route `write_all` to a UART or RTT instead (see docs/sysroot.md).

const SYS_OPEN: usize = 0x01;
const SYS_WRITE: usize = 0x05;
const SYS_READ: usize = 0x06;
const SYS_EXIT_EXTENDED: usize = 0x20;
const ADP_STOPPED_APPLICATION_EXIT: usize = 0x20026;

unsafe fn semihost(op: usize, arg: usize) -> usize {
    let ret: usize;
    core::arch::asm!("bkpt #0xab", inlateout("r0") op => ret, in("r1") arg, options(nostack));
    ret
}

static mut HANDLES: [usize; 3] = [0, 0, 0];
static mut OPENED: bool = false;

/// Semihosting names the console ":tt"; open modes 0, 4 and 8 give stdin, stdout, stderr.
unsafe fn handle(fd: usize) -> usize {
    if !OPENED {
        let name = ":tt\0";
        let ptr = core::intrinsics::str_ptr(name) as usize;
        let out_block = [ptr, 4, 3];
        let in_block = [ptr, 0, 3];
        HANDLES[0] = semihost(SYS_OPEN, &in_block[0] as *const usize as usize);
        HANDLES[1] = semihost(SYS_OPEN, &out_block[0] as *const usize as usize);
        let err_block = [ptr, 8, 3];
        HANDLES[2] = semihost(SYS_OPEN, &err_block[0] as *const usize as usize);
        OPENED = true;
    }
    HANDLES[fd]
}

/// Reads up to `len` bytes from `fd` into `ptr`: how many (0 at end of input), or -1.
/// SYS_READ answers how many bytes were *not* read. (QEMU 7's console does not deliver
/// piped input this way; a debug probe's console does.)
pub fn read(fd: usize, ptr: *mut u8, len: usize) -> isize {
    unsafe {
        let block = [handle(fd), ptr as usize, len];
        let left = semihost(SYS_READ, &block[0] as *const usize as usize);
        if left > len {
            return -1;
        }
        (len - left) as isize
    }
}

pub fn write_all(fd: usize, ptr: *const u8, len: usize) {
    unsafe {
        let block = [handle(fd), ptr as usize, len];
        semihost(SYS_WRITE, &block[0] as *const usize as usize);
    }
}

extern "C" {
    /// The RAM between the end of .bss and the stack (link.x).
    static __tsrustc_heap_start: u8;
    static __tsrustc_heap_end: u8;
}

static mut HEAP_NEXT: usize = 0;

/// Memory for the allocator: the next `size` bytes of the heap region; null when exhausted.
pub fn map_memory(size: usize) -> *mut u8 {
    unsafe {
        if HEAP_NEXT == 0 {
            HEAP_NEXT = &__tsrustc_heap_start as *const u8 as usize;
        }
        let end = &__tsrustc_heap_end as *const u8 as usize;
        if size > end - HEAP_NEXT {
            return 0 as *mut u8;
        }
        let p = HEAP_NEXT;
        HEAP_NEXT = HEAP_NEXT + size;
        p as *mut u8
    }
}

/// Semihosting writes whole buffers (`write_all`); this answers as if all were taken.
pub fn write(fd: usize, ptr: *const u8, len: usize) -> isize {
    write_all(fd, ptr, len);
    len as isize
}

// Files, arguments and the environment are not offered here (QEMU's semihosting file
// access depends on the host): `std::fs` reports "unsupported", as Rust's std does on
// platforms without files, and `env::args()`/`env::vars()` are empty.
pub fn open(_path: &[u8], _write: bool) -> Result<usize, crate::io::Error> {
    Err(crate::io::Error::unsupported())
}

pub fn close(_fd: usize) {}

pub fn args() -> crate::vec::Vec<crate::string::String> {
    crate::vec::Vec::new()
}

pub fn env_entries() -> crate::vec::Vec<crate::string::String> {
    crate::vec::Vec::new()
}

pub fn error_kind(_code: i32) -> crate::io::ErrorKind {
    crate::io::ErrorKind::Uncategorized
}

pub fn error_string(_code: i32) -> &'static str {
    "Unknown error"
}

pub fn exit(code: i32) -> ! {
    unsafe {
        let block = [ADP_STOPPED_APPLICATION_EXIT, code as usize];
        semihost(SYS_EXIT_EXTENDED, &block[0] as *const usize as usize);
    }
    loop {}
}

/// Coprocessor access control: full access to CP10/CP11, the floating-point unit.
#[cfg(target_abi = "eabihf")]
unsafe fn enable_fpu() {
    // Hard-float code may use FPU registers anywhere; the FPU is off after reset.
    let cpacr = 0xE000_ED88usize as *mut u32;
    *cpacr = *cpacr | (0xF << 20);
    core::arch::asm!("dsb", "isb", options(nostack));
}

#[cfg(not(target_abi = "eabihf"))]
unsafe fn enable_fpu() {}

#[no_mangle]
unsafe extern "C" fn __tsrustc_reset() -> ! {
    enable_fpu();
    crate::rt::run_main(0, 0 as *const *const u8)
}

/// The reset vector; the linker script puts the initial stack pointer before it.
#[link_section = ".vector_table.reset_vector"]
#[used]
static RESET_VECTOR: unsafe extern "C" fn() -> ! = __tsrustc_reset;

/// No timer is set up on bare metal: sleeping returns at once.
pub fn sleep(_secs: u64, _nanos: u32) {}
