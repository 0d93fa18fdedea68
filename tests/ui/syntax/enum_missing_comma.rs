// variants need commas between them
enum E {
    A
    B, //~ ERROR expected one of
}
fn main() {}
