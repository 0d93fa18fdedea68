#![allow(unused)]
struct Config { verbose: bool }
fn main() {
    let c = Config;
}
