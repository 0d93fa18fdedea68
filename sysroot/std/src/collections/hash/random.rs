//! `RandomState` (the default `BuildHasher` of `HashMap`/`HashSet`) and `DefaultHasher`.
//!
//! Rust seeds each `RandomState` from the OS's random source so that an attacker cannot
//! predict collisions; tsrustc's std has no entropy source wired yet on every target, so
//! the keys are fixed: iteration order is deterministic (programs must not rely on it, as
//! with rustc) and hash flooding resistance is not provided.

use core::hash::{BuildHasher, Hasher};

use super::sip::SipHasher13;

const K0: u64 = 0x0706050403020100;
const K1: u64 = 0x0f0e0d0c0b0a0908;

/// Builds the `DefaultHasher` every map lookup uses.
#[derive(Clone, Copy, Debug)]
pub struct RandomState {
    k0: u64,
    k1: u64,
}

impl RandomState {
    pub fn new() -> RandomState {
        RandomState { k0: K0, k1: K1 }
    }
}

impl Default for RandomState {
    fn default() -> RandomState {
        RandomState::new()
    }
}

impl BuildHasher for RandomState {
    type Hasher = DefaultHasher;

    fn build_hasher(&self) -> DefaultHasher {
        DefaultHasher { sip: SipHasher13::new_with_keys(self.k0, self.k1) }
    }
}

/// The hasher of `RandomState` (SipHash-1-3).
#[derive(Clone, Copy)]
pub struct DefaultHasher {
    sip: SipHasher13,
}

impl DefaultHasher {
    pub fn new() -> DefaultHasher {
        DefaultHasher { sip: SipHasher13::new_with_keys(0, 0) }
    }
}

impl Default for DefaultHasher {
    fn default() -> DefaultHasher {
        DefaultHasher::new()
    }
}

impl Hasher for DefaultHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.sip.write(bytes)
    }

    fn finish(&self) -> u64 {
        self.sip.finish()
    }
}
