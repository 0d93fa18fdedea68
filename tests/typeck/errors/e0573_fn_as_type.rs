#![allow(unused)]
fn helper() {}
fn main() {
    let x: helper = 1;
}
