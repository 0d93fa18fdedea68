// remainder by a runtime zero: panics with "attempt to calculate the remainder with a divisor of zero"
fn is_multiple(a: i32, b: i32) -> bool {
    a % b == 0
}

fn main() {
    let mut d = 4;
    loop {
        println!("12 is a multiple of {}: {}", d, is_multiple(12, d));
        d -= 1;
    }
}
