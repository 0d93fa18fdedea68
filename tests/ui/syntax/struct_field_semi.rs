// a semicolon in a struct body
struct S {
    a: u8; //~ ERROR struct fields are separated by `,`
}
fn main() {}
