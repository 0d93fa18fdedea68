// a named width argument must be a `usize` too
fn main() {
    println!("{:>w$}|", 7, w = 10u16); //~ ERROR E0308
}
