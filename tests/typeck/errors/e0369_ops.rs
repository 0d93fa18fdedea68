#![allow(unused)]
fn main() {
    let t = (1, 2);
    let a = true - false;
    let b = true / false;
    let c = true % false;
}
