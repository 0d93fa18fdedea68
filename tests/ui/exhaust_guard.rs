// guards do not count toward exhaustiveness
fn sign(n: i64) -> i8 {
    match n { //~ ERROR E0004
        x if x < 0 => -1,
        x if x >= 0 => 1,
    }
}

fn main() {
    let _ = sign(-4);
}
