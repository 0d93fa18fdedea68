#![allow(unused)]
fn value() -> u32 {
    return;
}
fn main() {}
