#![allow(unused)]
fn main() {
    let a = [1, 2, true];
}
