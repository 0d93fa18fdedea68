// integer ranges leave values on both sides uncovered
fn bucket(n: i32) -> u8 {
    match n { //~ ERROR E0004
        1..=9 => 1,
        10..=99 => 2,
    }
}

fn main() {
    let _ = bucket(5);
}
