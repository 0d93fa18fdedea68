//! Process control.

/// Terminates the process with `code`, after flushing stdout (destructors do not run).
pub fn exit(code: i32) -> ! {
    crate::stdout::flush();
    crate::sys::exit(code)
}

/// Terminates the process abnormally.
pub fn abort() -> ! {
    crate::stdout::flush();
    unsafe { core::intrinsics::abort() }
}

/// The status a program reports when `main` returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExitCode(u8);

impl ExitCode {
    /// Status 0.
    pub const SUCCESS: ExitCode = ExitCode(0);
    /// Status 1.
    pub const FAILURE: ExitCode = ExitCode(1);

    /// The status as the process reports it.
    pub(crate) fn to_i32(self) -> i32 {
        self.0 as i32
    }
}

impl From<u8> for ExitCode {
    fn from(code: u8) -> ExitCode {
        ExitCode(code)
    }
}

/// What `main` may return: `()`, an `ExitCode`, or a `Result` whose error is reported as
/// `Error: {err:?}` on stderr with status 1.
pub trait Termination {
    fn report(self) -> ExitCode;
}

impl Termination for () {
    fn report(self) -> ExitCode {
        ExitCode::SUCCESS
    }
}

impl Termination for ExitCode {
    fn report(self) -> ExitCode {
        self
    }
}

impl<T: Termination, E: core::fmt::Debug> Termination for Result<T, E> {
    fn report(self) -> ExitCode {
        match self {
            Ok(value) => value.report(),
            Err(err) => {
                crate::io::_eprint(format_args!("Error: {:?}\n", err));
                ExitCode::FAILURE
            }
        }
    }
}
