// Fibonacci: naive recursion, iteration with u64, tuple-swapping loop, up to fib(92)
fn fib_rec(n: u32) -> u32 {
    if n < 2 {
        n
    } else {
        fib_rec(n - 1) + fib_rec(n - 2)
    }
}

fn fib_iter(n: u32) -> u64 {
    let mut a: u64 = 0;
    let mut b: u64 = 1;
    let mut i = 0;
    while i < n {
        let t = a + b;
        a = b;
        b = t;
        i += 1;
    }
    a
}

fn fib_pair(n: u32) -> u64 {
    let mut pair = (0u64, 1u64);
    for _ in 0..n {
        pair = (pair.1, pair.0 + pair.1);
    }
    pair.0
}

fn main() {
    for n in 0..=15 {
        print!("{} ", fib_rec(n));
    }
    println!();
    println!("fib_rec(25) = {}", fib_rec(25));
    println!("fib_iter(50) = {}", fib_iter(50));
    println!("fib_iter(92) = {}", fib_iter(92));
    println!("fib_pair(90) = {}", fib_pair(90));
    let mut same = true;
    for n in 0..25 {
        if fib_iter(n) != fib_rec(n) as u64 {
            same = false;
        }
    }
    println!("recursive and iterative agree: {}", same);
}
