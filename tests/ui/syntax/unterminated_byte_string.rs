// a byte string that never ends
fn main() {
    let b = b"abc; //~ ERROR E0766
}
