// unary `+` does not exist
fn main() {
    let _ = +1; //~ ERROR leading `+` is not supported
}
