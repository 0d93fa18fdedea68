#![allow(unused)]
fn main() {
    let x: Missing = 3;
}
