//! The panic handler for programs built with std: report like Rust's default hook, then
//! exit with status 101 (panic=abort semantics until unwinding arrives).

use core::fmt::rt::Argument;
use core::fmt::Arguments;
use core::panic::PanicInfo;

#[panic_handler]
fn begin_panic_handler(info: &PanicInfo) -> ! {
    let message = info.message();
    let pieces = ["\nthread 'main' panicked at ", ":\n", "\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n"];
    match info.location() {
        Some(location) => {
            let args = [Argument::new_display(location), Argument::new_display(&message)];
            crate::io::_eprint(Arguments::new_v1(&pieces, &args));
        }
        None => {}
    }
    crate::process::exit(101)
}
