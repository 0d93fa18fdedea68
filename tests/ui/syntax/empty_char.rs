// an empty character literal
fn main() {
    let c = ''; //~ ERROR empty character literal
}
