// functions returning tuples: divmod, min/max pair, extended gcd with signed values; destructuring and .0/.1 access
fn divmod(a: u32, b: u32) -> (u32, u32) {
    (a / b, a % b)
}

fn min_max(a: i64, b: i64, c: i64) -> (i64, i64) {
    let mut lo = a;
    let mut hi = a;
    if b < lo { lo = b; }
    if c < lo { lo = c; }
    if b > hi { hi = b; }
    if c > hi { hi = c; }
    (lo, hi)
}

// returns (g, x, y) with a*x + b*y = g
fn ext_gcd(a: i64, b: i64) -> (i64, i64, i64) {
    if b == 0 {
        (a, 1, 0)
    } else {
        let (g, x, y) = ext_gcd(b, a % b);
        (g, y, x - (a / b) * y)
    }
}

fn swap(p: (i32, i32)) -> (i32, i32) {
    (p.1, p.0)
}

fn main() {
    let (q, r) = divmod(17, 5);
    println!("17 = 5 * {} + {}", q, r);
    let t = divmod(1000000007, 1000);
    println!("quotient {} remainder {}", t.0, t.1);
    let (lo, hi) = min_max(3, -7, 12);
    println!("min {} max {}", lo, hi);
    let (g, x, y) = ext_gcd(240, 46);
    println!("gcd(240, 46) = {} = 240*{} + 46*{}", g, x, y);
    println!("check: {}", 240 * x + 46 * y);
    let e = ext_gcd(17, 3120);
    println!("17^-1 mod 3120 = {}", (e.1 % 3120 + 3120) % 3120);
    let p = swap((1, 2));
    println!("swapped: {} {}", p.0, p.1);
    let mut acc = (0u64, 1u64);
    acc.0 += 10;
    acc.1 *= 7;
    let (a, _) = acc;
    println!("acc: {} {} first {}", acc.0, acc.1, a);
    let single = (5u8,);
    println!("one-element tuple holds {}", single.0);
}
