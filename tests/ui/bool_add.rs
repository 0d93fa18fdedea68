// `+` is not defined for bool
fn main() {
    let a = true;
    let b = false;
    let c = a + b; //~ ERROR E0369
    println!("{}", c);
}
