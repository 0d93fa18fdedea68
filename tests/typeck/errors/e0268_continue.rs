#![allow(unused)]
fn main() {
    continue;
}
