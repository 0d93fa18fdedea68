// arguments need commas between them
fn f(a: u8, b: u8) {}
fn main() {
    f(1 2); //~ ERROR expected one of
}
