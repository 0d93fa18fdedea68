// an integer literal bound to a bool-annotated variable (the tuple-typed let next to it is fine)
fn pair() -> (u8, u8) {
    (1, 2)
}

fn main() {
    let ready: bool = 1; //~ ERROR E0308
    let (a, b): (u8, u8) = pair();
    println!("{} {} {}", ready, a, b);
}
