// an unterminated C string
fn main() {
    let s = c"abc; //~ ERROR unterminated C string
}
