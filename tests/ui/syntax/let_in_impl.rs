// statements are not allowed in an impl block
struct S;
impl S {
    let x = 1; //~ ERROR non-item in item list
}
fn main() {}
