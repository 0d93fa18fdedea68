//! Lookups in the generated Unicode tables (`char_tables.rs`): property membership by
//! binary search over ranges, and full case mappings.

use super::char_tables as t;

/// Whether `c` lies in one of the inclusive ranges `[lo, hi]` of `table` (pairs of words).
fn in_ranges(table: &[u32], c: u32) -> bool {
    let n = table.len() / 2;
    let mut lo: usize = 0;
    let mut hi: usize = n;
    // How many ranges start at or before c; only the last of those can hold it.
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if table[2 * mid] <= c {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo != 0 && c <= table[2 * lo - 1]
}

pub fn is_alphabetic(c: u32) -> bool {
    in_ranges(&t::ALPHABETIC, c)
}

pub fn is_numeric(c: u32) -> bool {
    in_ranges(&t::NUMERIC, c)
}

pub fn is_white_space(c: u32) -> bool {
    in_ranges(&t::WHITE_SPACE, c)
}

pub fn is_lowercase(c: u32) -> bool {
    in_ranges(&t::LOWERCASE, c)
}

pub fn is_uppercase(c: u32) -> bool {
    in_ranges(&t::UPPERCASE, c)
}

pub fn is_control(c: u32) -> bool {
    in_ranges(&t::CONTROL, c)
}

/// The full mapping of `c` in `table` (rows `[c, m0, m1, m2]`), or `[c, 0, 0]` unchanged.
fn map(table: &[[u32; 4]], c: u32) -> [u32; 3] {
    let mut lo: usize = 0;
    let mut hi: usize = table.len();
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let k = table[mid][0];
        if k == c {
            let r = &table[mid];
            return [r[1], r[2], r[3]];
        }
        if k < c {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    [c, 0, 0]
}

pub fn to_lower(c: u32) -> [u32; 3] {
    if c < 0x80 {
        return [if c >= 0x41 && c <= 0x5A { c + 32 } else { c }, 0, 0];
    }
    map(&t::TO_LOWER, c)
}

pub fn to_upper(c: u32) -> [u32; 3] {
    if c < 0x80 {
        return [if c >= 0x61 && c <= 0x7A { c - 32 } else { c }, 0, 0];
    }
    map(&t::TO_UPPER, c)
}
