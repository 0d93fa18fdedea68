// A generic struct named in a signature without its arguments
struct Pair<T> {
    a: T,
    b: T,
}
fn sum(p: Pair) -> u32 { //~ ERROR E0107
    0
}
fn main() {
    let p = Pair { a: 1u32, b: 2 };
    let _ = p.a + p.b;
}
