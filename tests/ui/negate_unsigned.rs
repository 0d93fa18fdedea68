// unary minus on an unsigned integer
fn main() {
    let x = -5u32; //~ ERROR E0600
    println!("{}", x);
}
