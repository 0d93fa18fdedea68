#![allow(unused)]
mod shapes {
    pub fn area() -> u32 { 4 }
}
fn main() {
    let a = shapes::solid::volume();
}
