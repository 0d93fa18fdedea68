// struct literals need parentheses in an `if` condition
struct S { a: u8 }
fn main() {
    let s = S { a: 1 };
    if s == S { a: 1 } {} //~ ERROR struct literals are not allowed here
}
