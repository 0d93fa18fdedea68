// A `forbid` cannot be loosened further in: E0453 for a lint, a future-compatibility
// warning for a lint of a forbidden group.
#![forbid(unused_mut)]
#![forbid(nonstandard_style)]

#[allow(unused_mut)]
fn counter() -> u32 {
    let mut total = 1;
    total
}

#[allow(non_snake_case)]
fn Report() {}

fn main() {
    println!("{}", counter());
    Report();
}
