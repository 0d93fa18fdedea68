// an empty match on a type that has values
fn f(n: u8) -> u8 {
    match n {} //~ ERROR E0004
}

fn main() {
    let _ = f(1);
}
