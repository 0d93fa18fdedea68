#![allow(unused)]
struct A { b: (u8, B) }
struct B { a: [A; 2] }
fn main() {}
