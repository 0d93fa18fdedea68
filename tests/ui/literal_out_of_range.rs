// an integer literal that does not fit its type is rejected (deny-by-default lint `overflowing_literals`)
fn main() {
    let x: u8 = 256; //~ ERROR literal out of range for `u8`
    println!("{}", x);
}
