// compile-flags: -D warnings -A dead-code -W unused-qualifications
// Lint levels from the command line: `-D warnings` turns every warning into an error,
// `-A dead-code` silences one lint, and an attribute still overrides a flag.
use std::collections::HashMap;

fn unused_helper(count: u32) -> u32 {
    let doubled = count * 2;
    count
}

#[allow(unused_variables)]
fn tolerated() {
    let spare = 0;
}

#[warn(non_snake_case)]
fn Mixed() {}

fn main() {
    let mut total = 0;
    total += 1;
    println!("{}", total);
    tolerated();
    Mixed();
}
