//! The panic handler for programs built with std: report like Rust's default hook
//! (`thread '<name>' panicked at FILE:LINE:COL:` and the message), then end the thread:
//! the main thread exits the process with status 101; a spawned thread hands the payload
//! to its `JoinHandle` and exits alone (panic=abort semantics otherwise: no unwinding).

use core::fmt::rt::Argument;
use core::fmt::Arguments;
use core::panic::PanicInfo;

#[cfg(target_has_atomic = "ptr")]
#[panic_handler]
fn begin_panic_handler(info: &PanicInfo) -> ! {
    use crate::boxed::Box;
    if crate::thread::begin_panic() {
        // A panic while reporting a panic: std aborts.
        crate::io::_eprint(format_args!("thread panicked while processing panic. aborting.\n"));
        crate::sys::exit(134);
    }
    let message = info.message();
    let name = crate::thread::name_for_panic();
    let pieces = ["\nthread '", "' panicked at ", ":\n", "\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n"];
    if let Some(location) = info.location() {
        let args = [Argument::new_display(&name), Argument::new_display(location), Argument::new_display(&message)];
        crate::io::_eprint(Arguments::new_v1(&pieces, &args));
    }
    // The payload a joining thread sees: the literal message, or the formatted one.
    let payload: Box<dyn core::any::Any + Send> = match message.as_str() {
        Some(s) => Box::new(s),
        None => Box::new(crate::fmt::format(format_args!("{}", message))),
    };
    crate::thread::exit_after_panic(payload)
}

#[cfg(not(target_has_atomic = "ptr"))]
#[panic_handler]
fn begin_panic_handler(info: &PanicInfo) -> ! {
    let message = info.message();
    let pieces = ["\nthread 'main' panicked at ", ":\n", "\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n"];
    if let Some(location) = info.location() {
        let args = [Argument::new_display(location), Argument::new_display(&message)];
        crate::io::_eprint(Arguments::new_v1(&pieces, &args));
    }
    crate::process::exit(101)
}
