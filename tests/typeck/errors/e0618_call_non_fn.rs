#![allow(unused)]
fn main() {
    let n = 5;
    let m = n(1);
}
