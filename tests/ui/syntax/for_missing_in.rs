// `for` needs `in`
fn main() {
    for x 0..10 {} //~ ERROR expected `in`, found `0`
}
