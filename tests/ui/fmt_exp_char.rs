// scientific notation (`{:e}`) exists for numbers only
fn main() {
    let c = 'e';
    let width: usize = 8;
    println!("{:>width$e}", c); //~ ERROR E0277
}
