// a tuple of a bool and a byte with a gap in the second position
fn classify(pair: (bool, u8)) -> u8 {
    match pair { //~ ERROR E0004
        (true, _) => 0,
        (false, 0..=100) => 1,
    }
}

fn main() {
    let _ = classify((false, 3));
}
