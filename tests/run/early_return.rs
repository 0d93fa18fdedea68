// early `return` from inside loops and nested ifs, return of tuples, functions ending in return expressions
fn find_index(target: u32) -> i32 {
    let mut i = 0;
    for v in 10..1000 {
        if v * v % 97 == target {
            return i;
        }
        i += 1;
    }
    -1
}

fn classify(n: i32) -> u8 {
    if n < 0 {
        return 0;
    }
    if n == 0 {
        return 1;
    }
    if n < 10 {
        if n % 2 == 0 {
            return 2;
        }
        return 3;
    }
    4
}

fn first_divisor(n: u64) -> (u64, bool) {
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return (d, false);
        }
        d += 1;
    }
    return (n, true);
}

fn count_until_repeat(seed: u32) -> u32 {
    let mut x = seed;
    let mut steps = 0;
    loop {
        x = (x * x + 1) % 1000;
        steps += 1;
        if x == seed || steps > 2000 {
            return steps;
        }
    }
}

fn nothing(flag: bool) {
    if flag {
        println!("returning early");
        return;
    }
    println!("ran to the end");
}

fn main() {
    println!("find_index(4) = {}", find_index(4));
    println!("find_index(5) = {}", find_index(5));
    println!("find_index(500) = {}", find_index(500));
    for n in -2..12 {
        print!("{} ", classify(n));
    }
    println!();
    let (d, prime) = first_divisor(91);
    println!("91: {} {}", d, prime);
    let (d, prime) = first_divisor(97);
    println!("97: {} {}", d, prime);
    println!("count_until_repeat(3) = {}", count_until_repeat(3));
    nothing(true);
    nothing(false);
}
