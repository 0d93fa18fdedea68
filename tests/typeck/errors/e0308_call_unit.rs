#![allow(unused)]
fn nothing() {}
fn main() {
    let n: u32 = nothing();
}
