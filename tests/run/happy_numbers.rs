// happy numbers: repeated sum of squared digits with cycle detection by the tortoise-and-hare method
fn next(mut n: u32) -> u32 {
    let mut s = 0;
    while n > 0 {
        let d = n % 10;
        s += d * d;
        n /= 10;
    }
    s
}

fn is_happy(n: u32) -> bool {
    let mut slow = n;
    let mut fast = next(n);
    while fast != 1 && slow != fast {
        slow = next(slow);
        fast = next(next(fast));
    }
    fast == 1
}

fn main() {
    print!("happy numbers up to 50:");
    for n in 1..=50 {
        if is_happy(n) {
            print!(" {}", n);
        }
    }
    println!();
    let mut count = 0;
    for n in 1..=100000 {
        if is_happy(n) {
            count += 1;
        }
    }
    println!("happy numbers up to 100000: {}", count);
}
