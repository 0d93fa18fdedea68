#![allow(unused)]
fn pick(flag: bool) -> u8 {
    if flag {
        return true;
    }
    0
}
fn main() {
    pick(true);
}
