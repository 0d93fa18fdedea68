//! Linux errno values: the `io::ErrorKind` each maps to and glibc's `strerror` text, which
//! Rust's `io::Error` shows as "{text} (os error {code})".

use crate::io::ErrorKind;

pub fn error_kind(code: i32) -> ErrorKind {
    match code {
        1 | 13 => ErrorKind::PermissionDenied,
        2 => ErrorKind::NotFound,
        17 => ErrorKind::AlreadyExists,
        20 => ErrorKind::NotADirectory,
        21 => ErrorKind::IsADirectory,
        22 => ErrorKind::InvalidInput,
        28 => ErrorKind::StorageFull,
        30 => ErrorKind::ReadOnlyFilesystem,
        36 => ErrorKind::InvalidFilename,
        4 => ErrorKind::Interrupted,
        _ => ErrorKind::Uncategorized,
    }
}

pub fn error_string(code: i32) -> &'static str {
    match code {
        1 => "Operation not permitted",
        2 => "No such file or directory",
        4 => "Interrupted system call",
        5 => "Input/output error",
        9 => "Bad file descriptor",
        12 => "Cannot allocate memory",
        13 => "Permission denied",
        17 => "File exists",
        20 => "Not a directory",
        21 => "Is a directory",
        22 => "Invalid argument",
        24 => "Too many open files",
        28 => "No space left on device",
        30 => "Read-only file system",
        36 => "File name too long",
        _ => "Unknown error",
    }
}
