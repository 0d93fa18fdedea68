// `=` needs an expression after it
fn main() {
    let x = ; //~ ERROR expected expression, found `;`
}
