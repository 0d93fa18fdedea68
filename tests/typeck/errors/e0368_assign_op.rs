#![allow(unused)]
fn main() {
    let mut b = true;
    b -= true;
}
