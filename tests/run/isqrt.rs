// integer square root three ways (linear, binary search, Newton) compared over many inputs; integer cube root
fn isqrt_linear(n: u64) -> u64 {
    let mut r = 0;
    while (r + 1) * (r + 1) <= n {
        r += 1;
    }
    r
}

fn isqrt_binary(n: u64) -> u64 {
    let mut lo: u64 = 0;
    let mut hi: u64 = if n < 4294967295 { n + 1 } else { 4294967296 };
    // invariant: lo*lo <= n < hi*hi
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if mid * mid <= n {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    lo
}

fn isqrt_newton(n: u64) -> u64 {
    if n < 2 {
        return n;
    }
    let mut x = n;
    let mut y = (x + 1) / 2;
    while y < x {
        x = y;
        y = (x + n / x) / 2;
    }
    x
}

fn icbrt(n: u64) -> u64 {
    let mut r = 0;
    while (r + 1) * (r + 1) * (r + 1) <= n {
        r += 1;
    }
    r
}

fn main() {
    let mut mismatches = 0;
    for n in 0..3000 {
        let a = isqrt_linear(n);
        if a != isqrt_binary(n) || a != isqrt_newton(n) {
            mismatches += 1;
        }
    }
    println!("mismatches below 3000: {}", mismatches);
    let mut checksum: u64 = 0;
    for n in 0..100000u64 {
        let big = n * 1000003;
        let r = isqrt_binary(big);
        if r != isqrt_newton(big) {
            mismatches += 1;
        }
        checksum += r;
    }
    println!("mismatches total: {}, checksum {}", mismatches, checksum);
    println!("isqrt(10^18) = {}", isqrt_newton(1000000000000000000));
    println!("isqrt(u64 max) = {}", isqrt_binary(18446744073709551615));
    println!("isqrt(99) = {}", isqrt_newton(99));
    println!("icbrt(1000000) = {}, icbrt(999999) = {}", icbrt(1000000), icbrt(999999));
}
