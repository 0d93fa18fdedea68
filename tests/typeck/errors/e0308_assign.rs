#![allow(unused)]
fn main() {
    let mut x = 5u8;
    x = false;
}
