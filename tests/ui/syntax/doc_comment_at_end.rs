// a doc comment must document something
fn main() {
    let x = 1;
    /// nothing here //~ ERROR expected statement after outer attribute
}
