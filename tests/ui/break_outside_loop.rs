// `break` in a function body with no enclosing loop
fn main() {
    let n = 4;
    if n > 3 {
        break; //~ ERROR E0268
    }
    println!("{}", n);
}
