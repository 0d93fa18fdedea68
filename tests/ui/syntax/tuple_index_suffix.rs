// a suffix on a tuple index
fn main() {
    let t = (1, 2);
    let _ = t.0u8; //~ ERROR suffixes on a tuple index are invalid
}
