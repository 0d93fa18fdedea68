// `else` needs a block or `if`
fn main() {
    if true {} else return; //~ ERROR expected `{`, found keyword `return`
}
