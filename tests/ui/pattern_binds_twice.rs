// the same name bound twice in one tuple pattern
fn main() {
    let (_n, _n) = (1, 2); //~ ERROR E0416
    println!("{}", _n);
}
