//! Compiler intrinsics: implemented by code generation, not by Rust code.

extern "rust-intrinsic" {
    /// Aborts the process (a trap instruction).
    pub fn abort() -> !;
    /// The length in bytes of a string slice.
    pub fn str_len(s: &str) -> usize;
    /// The address of a string slice's first byte.
    pub fn str_ptr(s: &str) -> *const u8;
}
