// byte strings are ASCII
fn main() {
    let b = b"é"; //~ ERROR non-ASCII character in byte string literal
}
