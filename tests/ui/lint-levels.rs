// Lint levels from attributes: crate-wide, per item, per statement, groups, `warnings`,
// reasons, `#[expect]`, unknown lint names and overriding a `forbid`.
#![warn(unused)]
#![deny(non_snake_case, reason = "names follow the house style")]
#![forbid(while_true)]
#![allow(unknown_lints, clippy::pedantic)]

#[allow(unused_variables)]
fn quiet() {
    let spare = 1;
}

#[deny(warnings)]
fn strict() {
    let leftover = 2;
}

fn loud() {
    let Unused = 3;
    #[allow(unused_variables)]
    let tolerated = 4;
    #[expect(unused_variables)]
    let expected = 5;
}

#[expect(dead_code)]
fn planned() {}

#[expect(unused_mut, reason = "kept for the next change")]
fn tidy() -> u32 {
    let value = 6;
    value
}

fn spin() -> u32 {
    let mut n = 0;
    while true {
        n += 1;
        if n > 2 {
            break;
        }
    }
    n
}

#[warn(unknown_lints)]
#[allow(unused_varables, clippy::needless_return)]
fn misspelled() {}

fn main() {
    quiet();
    strict();
    loud();
    println!("{} {}", tidy(), spin());
    misspelled();
}
