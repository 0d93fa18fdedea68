// digit sums, digit reversal, palindromic numbers, digital roots, Armstrong numbers
fn digit_sum(mut n: u64) -> u64 {
    let mut s = 0;
    while n > 0 {
        s += n % 10;
        n /= 10;
    }
    s
}

fn reverse(mut n: u64) -> u64 {
    let mut r = 0;
    while n > 0 {
        r = r * 10 + n % 10;
        n /= 10;
    }
    r
}

fn digital_root(n: u64) -> u64 {
    if n < 10 { n } else { digital_root(digit_sum(n)) }
}

fn num_digits(n: u32) -> u32 {
    if n < 10 { 1 } else { 1 + num_digits(n / 10) }
}

fn pow(base: u32, exp: u32) -> u32 {
    let mut r = 1;
    for _ in 0..exp {
        r *= base;
    }
    r
}

fn is_armstrong(n: u32) -> bool {
    let k = num_digits(n);
    let mut m = n;
    let mut s = 0;
    while m > 0 {
        s += pow(m % 10, k);
        m /= 10;
    }
    s == n
}

fn main() {
    println!("digit_sum(987654321) = {}", digit_sum(987654321));
    println!("digit_sum(18446744073709551615) = {}", digit_sum(18446744073709551615));
    println!("reverse(1234500) = {}", reverse(1234500));
    println!("digital_root(999999999999) = {}", digital_root(999999999999));
    let mut palindromes = 0;
    for n in 1..100000 {
        if reverse(n) == n {
            palindromes += 1;
        }
    }
    println!("palindromes below 100000: {}", palindromes);
    print!("armstrong:");
    for n in 1..100000 {
        if is_armstrong(n) {
            print!(" {}", n);
        }
    }
    println!();
}
