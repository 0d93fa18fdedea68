// prime testing by trial division, counting primes below 20000, twin primes, nth prime
fn is_prime(n: u32) -> bool {
    if n < 2 {
        return false;
    }
    if n % 2 == 0 {
        return n == 2;
    }
    let mut d = 3;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 2;
    }
    true
}

fn nth_prime(n: u32) -> u32 {
    let mut count = 0;
    let mut candidate = 1;
    while count < n {
        candidate += 1;
        if is_prime(candidate) {
            count += 1;
        }
    }
    candidate
}

fn main() {
    for n in 0..50 {
        if is_prime(n) {
            print!("{} ", n);
        }
    }
    println!();
    let mut count = 0;
    let mut twins = 0;
    for n in 2..20000 {
        if is_prime(n) {
            count += 1;
            if is_prime(n + 2) {
                twins += 1;
            }
        }
    }
    println!("primes below 20000: {}", count);
    println!("twin pairs: {}", twins);
    println!("1000th prime: {}", nth_prime(1000));
    println!("is_prime(2147483647) = {}", is_prime(2147483647));
}
