#![allow(unused)]
fn main() {
    let a: i32 = 1;
    let b: u8 = 2;
    let c = a + b;
}
