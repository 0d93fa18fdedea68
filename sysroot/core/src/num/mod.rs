//! Numeric types: float decoding and decimal conversion (`flt2dec`) for formatting.

pub mod flt2dec;
