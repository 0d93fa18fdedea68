// `~` is not a unary operator
fn main() {
    let x = 1;
    let _ = ~x; //~ ERROR `~` cannot be used as a unary operator
}
