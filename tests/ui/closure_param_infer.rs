// A closure whose parameter type nothing determines
fn main() {
    let identity = |x| x; //~ ERROR E0282
}
