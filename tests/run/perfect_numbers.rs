// sums of proper divisors: perfect, abundant and deficient counts, amicable pairs below 10000
fn divisor_sum(n: u32) -> u32 {
    if n < 2 {
        return 0;
    }
    let mut s = 1;
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            s += d;
            let other = n / d;
            if other != d {
                s += other;
            }
        }
        d += 1;
    }
    s
}

fn main() {
    let mut perfect = 0;
    let mut abundant = 0;
    let mut deficient = 0;
    for n in 1..10000 {
        let s = divisor_sum(n);
        if s == n {
            perfect += 1;
            println!("perfect: {}", n);
        } else if s > n {
            abundant += 1;
        } else {
            deficient += 1;
        }
    }
    println!("perfect {} abundant {} deficient {}", perfect, abundant, deficient);
    for a in 2..10000 {
        let b = divisor_sum(a);
        if b > a && divisor_sum(b) == a {
            println!("amicable: {} {}", a, b);
        }
    }
}
