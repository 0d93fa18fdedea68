// `==` does not chain
fn main() {
    let (a, b, c) = (1, 1, true);
    let _ = a == b == c; //~ ERROR comparison operators cannot be chained
}
