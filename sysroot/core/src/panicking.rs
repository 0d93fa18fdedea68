//! Panic entry points the compiler calls (overflow and bounds checks, `panic!`).
//! They build a `PanicInfo` and call the `#[panic_handler]`, which the final binary's
//! std (or a `no_std` user) provides under the symbol `rust_begin_unwind`.

use crate::panic::PanicInfo;

extern "Rust" {
    fn rust_begin_unwind(info: &PanicInfo) -> !;
}

#[lang = "panic"]
#[cold]
#[inline(never)]
pub fn panic(message: &'static str, file: &'static str, line: u32, col: u32) -> ! {
    let info = PanicInfo::new_message(message, file, line, col);
    unsafe { rust_begin_unwind(&info) }
}

#[lang = "panic_bounds_check"]
#[cold]
#[inline(never)]
pub fn panic_bounds_check(index: usize, len: usize, file: &'static str, line: u32, col: u32) -> ! {
    let info = PanicInfo::new_bounds_check(index, len, file, line, col);
    unsafe { rust_begin_unwind(&info) }
}
