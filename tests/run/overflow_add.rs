// u32 Fibonacci until addition overflows: panics with "attempt to add with overflow"
fn next(a: u32, b: u32) -> u32 {
    a + b
}

fn main() {
    let mut a: u32 = 0;
    let mut b: u32 = 1;
    let mut n = 1;
    loop {
        let c = next(a, b);
        a = b;
        b = c;
        n += 1;
        if n % 5 == 0 {
            println!("fib({}) = {}", n, b);
        }
    }
}
