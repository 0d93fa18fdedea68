//! Files: `File` over a platform descriptor (Linux `openat`, WASI `path_open` in the
//! preopened directory) and the whole-file helpers `read`, `read_to_string` and `write`.

use core::fmt;
use crate::io::{self, Read, Write};
use crate::path::Path;
use crate::string::String;
use crate::vec::Vec;

/// An open file; closed when dropped.
pub struct File {
    fd: usize,
}

impl File {
    /// Opens an existing file for reading.
    pub fn open<P: AsRef<Path>>(path: P) -> io::Result<File> {
        let fd = crate::sys::open(path.as_ref().as_bytes(), false)?;
        Ok(File { fd: fd })
    }

    /// Opens a file for writing, creating it or truncating what it held.
    pub fn create<P: AsRef<Path>>(path: P) -> io::Result<File> {
        let fd = crate::sys::open(path.as_ref().as_bytes(), true)?;
        Ok(File { fd: fd })
    }
}

impl Drop for File {
    fn drop(&mut self) {
        crate::sys::close(self.fd);
    }
}

impl fmt::Debug for File {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("File").field("fd", &self.fd).finish()
    }
}

impl Read for File {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = crate::sys::read(self.fd, buf.as_mut_ptr(), buf.len());
        if n < 0 {
            return Err(io::Error::from_raw_os_error(-n as i32));
        }
        Ok(n as usize)
    }
}

impl Write for File {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = crate::sys::write(self.fd, buf.as_ptr(), buf.len());
        if n < 0 {
            return Err(io::Error::from_raw_os_error(-n as i32));
        }
        Ok(n as usize)
    }

    /// Writes go straight to the descriptor: nothing is held back.
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The whole contents of a file as bytes.
pub fn read<P: AsRef<Path>>(path: P) -> io::Result<Vec<u8>> {
    let mut file = File::open(path)?;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// The whole contents of a file as a string; `InvalidData` if it is not UTF-8.
pub fn read_to_string<P: AsRef<Path>>(path: P) -> io::Result<String> {
    let mut file = File::open(path)?;
    let mut text = String::new();
    file.read_to_string(&mut text)?;
    Ok(text)
}

/// Makes `contents` the whole contents of the file, creating it if needed.
pub fn write<P: AsRef<Path>, C: AsRef<[u8]>>(path: P, contents: C) -> io::Result<()> {
    let mut file = File::create(path)?;
    file.write_all(contents.as_ref())
}
