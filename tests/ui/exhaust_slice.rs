// slice patterns that stop at one element
fn head(xs: &[i32]) -> i32 {
    match xs { //~ ERROR E0004
        [] => 0,
        [x] => *x,
    }
}

fn main() {
    let _ = head(&[1, 2]);
}
