#![allow(unused)]
fn main() {
    let t = (1, 2);
    if t {}
}
