// `...` is not a range operator in expressions
fn main() {
    let r = 1...2; //~ ERROR unexpected token: `...`
}
