// `if` and `else` branches of an if-expression have different types
fn main() {
    let n = 7;
    let v = if n > 5 { 1 } else { false }; //~ ERROR E0308
    println!("{}", v);
}
