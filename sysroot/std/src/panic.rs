//! Panic support: where a panic happened and what it carried.

pub use core::panic::{Location, PanicInfo, PanicMessage};
