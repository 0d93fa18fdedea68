// hexadecimal float literals do not exist
fn main() {
    let x = 0x1.5; //~ ERROR hexadecimal float literal is not supported
}
