// `.*` reads the precision from the next argument, which must be a `usize`
fn main() {
    let digits: i32 = 3;
    println!("{:.*}", digits, "abcdef"); //~ ERROR E0308
}
