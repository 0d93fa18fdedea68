// integers cannot be cast to bool with `as`
fn main() {
    let n = 5;
    let b = n as bool; //~ ERROR E0054
    println!("{}", b);
}
