// a string literal that never ends
fn main() {
    let s = "abc; //~ ERROR E0765
}
