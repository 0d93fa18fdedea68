// `mut` before a non-binding pattern
fn main() {
    let mut (a, b) = (1, 2); //~ ERROR `mut` must be followed by a named binding
}
