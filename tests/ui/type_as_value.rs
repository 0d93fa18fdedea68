// a primitive type name used where a value is expected
fn main() {
    let x = u8; //~ ERROR E0423
    println!("{}", x);
}
