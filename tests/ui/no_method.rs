// method-call syntax on an integer with a method that does not exist
fn main() {
    let x: i32 = 7;
    println!("{}", x.double()); //~ ERROR E0599
}
