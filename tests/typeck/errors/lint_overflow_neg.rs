#![allow(unused)]
fn main() {
    let a: i8 = -129;
    let b: i16 = 40000;
}
