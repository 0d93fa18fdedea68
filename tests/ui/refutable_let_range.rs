// a refutable range pattern without bindings: rustc suggests `if let`
fn check(n: i32) {
    let 1..=5 = n; //~ ERROR E0005
}

fn main() {
    check(3);
}
