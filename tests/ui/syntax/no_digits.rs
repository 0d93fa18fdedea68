// a base prefix without digits
fn main() {
    let x = 0x; //~ ERROR E0768
}
