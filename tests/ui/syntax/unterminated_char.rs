// a character literal that never ends
fn main() {
    let c = 'a; //~ ERROR E0762
}
