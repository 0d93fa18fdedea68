// a keyword where a binding name is expected
fn main() {
    let fn = 1; //~ ERROR expected identifier, found keyword `fn`
}
