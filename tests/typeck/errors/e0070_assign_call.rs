#![allow(unused)]
fn get() -> u32 { 1 }
fn main() {
    get() = 5;
}
