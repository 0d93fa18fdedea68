#![allow(unused)]
struct Point { x: i32 }
fn main() {
    let p = Point::origin();
}
