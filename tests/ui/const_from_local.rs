// a const item cannot read a local variable
fn main() {
    let n = 5;
    const LIMIT: i32 = n * 2; //~ ERROR E0435
    println!("{} {}", n, LIMIT);
}
