// modular exponentiation by squaring in u64, Fermat test, modular inverse, discrete log by brute force
fn modpow(mut base: u64, mut exp: u64, m: u64) -> u64 {
    let mut result = 1 % m;
    base %= m;
    while exp > 0 {
        if exp & 1 == 1 {
            result = result * base % m;
        }
        base = base * base % m;
        exp >>= 1;
    }
    result
}

fn fermat_probable_prime(n: u64) -> bool {
    if n < 4 {
        return n == 2 || n == 3;
    }
    modpow(2, n - 1, n) == 1 && modpow(3, n - 1, n) == 1
}

fn main() {
    println!("2^10 mod 1000 = {}", modpow(2, 10, 1000));
    println!("3^200 mod 1000000007 = {}", modpow(3, 200, 1000000007));
    println!("7^(10^18) mod 4294967291 = {}", modpow(7, 1000000000000000000, 4294967291));
    println!("x^0 mod 1 = {}", modpow(5, 0, 1));
    let p = 1000000007;
    let inv = modpow(123456789, p - 2, p);
    println!("inverse of 123456789 mod p = {} (check {})", inv, 123456789 * inv % p);
    print!("probable primes 90..130:");
    for n in 90..130 {
        if fermat_probable_prime(n) {
            print!(" {}", n);
        }
    }
    println!();
    println!("561 passes base 2 only: {} {}", modpow(2, 560, 561) == 1, fermat_probable_prime(561));
    let mut k = 0;
    let mut acc = 1u64;
    while acc != 13 {
        acc = acc * 5 % 23;
        k += 1;
    }
    println!("5^{} = 13 mod 23", k);
}
