#![allow(unused)]
struct List { value: i32, next: List }
fn main() {}
