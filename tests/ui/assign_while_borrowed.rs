// Assigning to a variable while it is borrowed
fn main() {
    let mut limit = 5;
    let r = &limit;
    limit = 10; //~ ERROR E0506
    println!("{} {}", r, limit);
}
