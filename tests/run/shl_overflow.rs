// shifting a u32 left by 32 or more at run time: panics with "attempt to shift left with overflow"
fn shl(x: u32, n: u32) -> u32 {
    x << n
}

fn main() {
    let mut n = 28;
    while n < 40 {
        println!("1 << {} = {}", n, shl(1, n));
        n += 1;
    }
}
