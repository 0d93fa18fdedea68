#![allow(unused)]
fn main() {
    let n = 5u32;
    let m = n[0];
}
