// comparisons do not chain
fn main() {
    let (a, b, c) = (1, 2, 3);
    let _ = a < b < c; //~ ERROR comparison operators cannot be chained
}
