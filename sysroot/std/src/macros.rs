//! std's own exported macros (core's and alloc's come through re-exports in lib.rs).

/// Prints `[file:line:column] expression = value` (pretty `Debug`) to stderr and returns
/// the value; with several arguments, a tuple of them; with none, just the location.
#[macro_export]
macro_rules! dbg {
    () => {
        $crate::eprintln!("[{}:{}:{}]", $crate::file!(), $crate::line!(), $crate::column!())
    };
    ($value:expr $(,)?) => {
        // A match keeps temporaries in `$value` alive for the whole print.
        match $value {
            value => {
                $crate::eprintln!(
                    "[{}:{}:{}] {} = {:#?}",
                    $crate::file!(),
                    $crate::line!(),
                    $crate::column!(),
                    $crate::stringify!($value),
                    &value
                );
                value
            }
        }
    };
    ($($value:expr),+ $(,)?) => {
        ($($crate::dbg!($value)),+,)
    };
}
