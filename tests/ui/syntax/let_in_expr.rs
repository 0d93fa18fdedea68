// `let` is only an expression in conditions
fn main() {
    let x = (let y = 1); //~ ERROR expected expression, found `let` statement
}
