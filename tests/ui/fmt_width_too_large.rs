// widths and precisions must fit in a u16
fn main() {
    println!("{:>70000}", 1); //~ ERROR invalid format string: integer `70000` does not fit
}
