// `let` needs a pattern
fn main() {
    let = 5; //~ ERROR expected pattern, found `=`
}
