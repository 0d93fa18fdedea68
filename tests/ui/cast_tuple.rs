// a tuple is not a primitive type and cannot be cast with `as`
fn main() {
    let t = (1u8, 2u8);
    let n = t as u16; //~ ERROR E0605
    println!("{}", n);
}
