// `let` is not an item
let x = 1; //~ ERROR expected item, found keyword `let`
fn main() {}
