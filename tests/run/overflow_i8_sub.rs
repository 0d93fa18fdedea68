// signed i8 subtraction below -128 in a loop: panics with "attempt to subtract with overflow"
fn step(x: i8) -> i8 {
    x - 30
}

fn main() {
    let mut x: i8 = 100;
    loop {
        x = step(x);
        println!("x = {}", x);
    }
}
