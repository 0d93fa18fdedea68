// an argument of the wrong type: bool passed where u8 is expected
fn square(x: u8) -> u8 {
    x * x
}

fn main() {
    println!("{}", square(true)); //~ ERROR E0308
}
