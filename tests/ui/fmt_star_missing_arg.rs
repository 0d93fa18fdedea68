// `.*` takes an extra argument before the value
fn main() {
    let prec: usize = 2;
    println!("{} {:.*}", "value", prec); //~ ERROR 3 positional arguments in format string, but there are 2 arguments
}
