// u8 compound assignment `+=` overflows past 255: panics with "attempt to add with overflow"
fn main() {
    let mut level: u8 = 0;
    let mut step: u8 = 1;
    for _ in 0..20 {
        level += step;
        step += 10;
        println!("level {} next step {}", level, step);
    }
}
