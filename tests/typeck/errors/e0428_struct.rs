#![allow(unused)]
struct Thing;
struct Thing;
fn main() {}
