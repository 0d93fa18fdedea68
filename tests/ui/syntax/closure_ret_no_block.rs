// a closure with a return type needs a block body
fn main() {
    let f = |x: u8| -> u8 x + 1; //~ ERROR expected `{`, found `x`
}
