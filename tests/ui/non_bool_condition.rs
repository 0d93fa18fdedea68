// integer used as an `if` / `while` condition (no implicit truthiness)
fn main() {
    let mut n = 3;
    while n { //~ ERROR E0308
        n -= 1;
    }
    println!("{}", n);
}
