// assigning twice to a binding declared without `mut`
fn main() {
    let x = 5;
    println!("{}", x);
    x = 6; //~ ERROR E0384
    println!("{}", x);
}
