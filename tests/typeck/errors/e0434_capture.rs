#![allow(unused)]
fn main() {
    let base = 10;
    fn add(x: i32) -> i32 { x + base }
}
