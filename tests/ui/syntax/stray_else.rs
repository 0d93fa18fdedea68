// a stray `else`
fn main() {
    let x = 1;
    else { x } //~ ERROR expected expression, found keyword `else`
}
