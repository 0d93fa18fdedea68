// assignment to an expression that is not a place
fn main() {
    let mut a = 1;
    let b = 2;
    a + 1 = b; //~ ERROR E0070
    println!("{}", a);
}
