// gcd by recursion and by loop, lcm, coprimality counts (Euler's totient by brute force)
fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn gcd_loop(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

fn lcm(a: u64, b: u64) -> u64 {
    a / gcd(a, b) * b
}

fn totient(n: u64) -> u64 {
    let mut count = 0;
    for k in 1..=n {
        if gcd(n, k) == 1 {
            count += 1;
        }
    }
    count
}

fn main() {
    println!("gcd(48, 18) = {}", gcd(48, 18));
    println!("gcd(17, 5) = {}", gcd(17, 5));
    println!("gcd(0, 9) = {}", gcd(0, 9));
    println!("gcd_loop(1071, 462) = {}", gcd_loop(1071, 462));
    println!("lcm(4, 6) = {}", lcm(4, 6));
    println!("lcm(21, 6) = {}", lcm(21, 6));
    let mut l = 1;
    for k in 1..=20 {
        l = lcm(l, k);
    }
    println!("lcm(1..=20) = {}", l);
    for n in 1..=12 {
        print!("phi({})={} ", n, totient(n));
    }
    println!();
    println!("phi(9973) = {}", totient(9973));
}
