#![allow(unused)]
mod shapes {
    pub fn area() -> u32 { 4 }
}
use shapes::perimeter;
fn main() {}
