// a path through a module that does not exist
fn main() {
    let x = maths::square(3); //~ ERROR E0433
    println!("{}", x);
}
