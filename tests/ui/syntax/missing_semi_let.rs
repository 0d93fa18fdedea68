// a missing `;` after a `let` is reported once, parsing goes on
fn main() {
    let x = 5 //~ ERROR expected `;`
    let y = x + 1;
    let _ = y;
}
