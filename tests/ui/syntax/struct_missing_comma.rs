// fields need commas between them
struct S {
    a: u8 //~ ERROR expected `,`, or `}`, found `b`
    b: u8,
}
fn main() {}
