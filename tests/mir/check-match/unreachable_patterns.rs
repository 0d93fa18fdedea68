// unreachable arms and alternatives are warnings (with the patterns that cover them); the non-exhaustive match is the error
fn main() {
    let n = 7u8;
    match n {
        0 => println!("zero"),
        1 | 2 | 1 => println!("small"),
        _ => println!("other"),
        5 => println!("five"),
    }
    let pair = (n, n);
    match pair {
        (0, _) => {}
        (_, 0) => {}
        (0, 0) => {}
        (1..=255, 1..=255) => {}
    }
    match n { //~ ERROR E0004
        0..=100 => {}
        50..=200 => {}
        3 => {}
    }
}
