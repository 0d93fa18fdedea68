// `if` needs a block
fn main() {
    let x = 1;
    if x == 1 return; //~ ERROR expected `{`, found keyword `return`
}
