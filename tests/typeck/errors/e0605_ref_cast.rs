#![allow(unused)]
fn main() {
    let p = (1u8, 2u8);
    let q = &p as u64;
}
