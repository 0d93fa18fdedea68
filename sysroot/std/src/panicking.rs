//! The panic handler for programs built with std: report like Rust's default hook, then
//! exit with status 101 (panic=abort semantics until unwinding arrives).

use core::panic::PanicInfo;

#[panic_handler]
fn begin_panic_handler(info: &PanicInfo) -> ! {
    let mut f = crate::io::_stderr_formatter();
    f.write_str("\nthread 'main' panicked at ");
    info.write_location(&mut f);
    f.write_str(":\n");
    info.write_message(&mut f);
    f.write_str("\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n");
    crate::process::exit(101)
}
