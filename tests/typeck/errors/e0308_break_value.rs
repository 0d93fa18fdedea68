#![allow(unused)]
fn main() {
    let v = loop {
        if true {
            break 1u8;
        }
        break false;
    };
}
