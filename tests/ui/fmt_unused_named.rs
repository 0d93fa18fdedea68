// named arguments must be used too; this one differs from `width$` by a letter
fn main() {
    let x = 3;
    println!("{:>widht$}", x, widht = 4, width = 6); //~ ERROR named argument never used
}
