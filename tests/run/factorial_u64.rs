// factorials in u64 by recursion and loop, up to 20!, trailing zeros of n!
fn fact(n: u64) -> u64 {
    if n == 0 { 1 } else { n * fact(n - 1) }
}

fn fact_loop(n: u64) -> u64 {
    let mut acc = 1;
    for k in 2..=n {
        acc *= k;
    }
    acc
}

fn trailing_zeros_of_fact(n: u64) -> u64 {
    let mut count = 0;
    let mut p = 5;
    while p <= n {
        count += n / p;
        p *= 5;
    }
    count
}

fn main() {
    for n in 0..=20 {
        println!("{}! = {}", n, fact(n));
    }
    println!("loop agrees: {}", fact_loop(20) == fact(20));
    println!("zeros at the end of 100!: {}", trailing_zeros_of_fact(100));
    println!("zeros at the end of 1000000!: {}", trailing_zeros_of_fact(1000000));
}
