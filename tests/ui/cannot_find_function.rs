// call of a function that does not exist
fn main() {
    let x = compute(4); //~ ERROR E0425
    println!("{}", x);
}
