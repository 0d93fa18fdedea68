// a `name$` count not given as an argument is captured from the scope, which has no `width`
fn main() {
    let wdth: usize = 4;
    println!("{:>width$}", wdth); //~ ERROR E0425
}
