// u32 countdown by 2 from an odd number goes below zero: panics with "attempt to subtract with overflow"
fn countdown(n: u32) -> u32 {
    println!("n = {}", n);
    if n == 0 {
        return 0;
    }
    countdown(n - 2) + 1
}

fn main() {
    println!("from 6: {} steps", countdown(6));
    println!("from 5: {} steps", countdown(5));
}
