#![allow(unused)]
trait Shape {
    fn area(&self) -> u32;
    fn sides(&self) -> u32;
    fn name(&self) -> u32 { 0 }
}
struct Sq;
impl Shape for Sq {
    fn area(&self) -> u32 { 1 }
    fn volume(&self) -> u32 { 2 }
}
struct Tri;
impl Shape for Tri {
    fn area(&self, scale: u32) -> u32 { 1 }
    fn sides(&self) -> bool { true }
}
fn main() {}
