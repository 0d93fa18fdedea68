// a match arm needs an expression
fn main() {
    match 1 {
        1 => , //~ ERROR expected expression, found `,`
        _ => {}
    }
}
