// A closure passed where FnMut is required cannot move a captured value out
struct Token(u32);

fn consume(t: Token) -> u32 {
    t.0
}

fn call_mut<F: FnMut() -> u32>(mut f: F) -> u32 {
    f()
}

fn main() {
    let t = Token(7);
    let n = call_mut(move || consume(t)); //~ ERROR E0507
    println!("{}", n);
}
