// triangle numbers: closed form vs loop sum, the first with over 100 divisors, square triangular numbers
fn triangle(n: u64) -> u64 {
    n * (n + 1) / 2
}

fn divisors(n: u64) -> u32 {
    let mut count = 0;
    let mut d = 1;
    while d * d <= n {
        if n % d == 0 {
            count += if d * d == n { 1 } else { 2 };
        }
        d += 1;
    }
    count
}

fn is_square(n: u64) -> bool {
    let mut r = 0;
    while r * r < n {
        r += 1;
    }
    r * r == n
}

fn main() {
    let mut sum = 0;
    for n in 1..=10u64 {
        sum += n;
        println!("T({}) = {} (loop {})", n, triangle(n), sum);
    }
    let mut n = 1;
    loop {
        let t = triangle(n);
        if divisors(t) > 100 {
            println!("first triangle number with over 100 divisors: T({}) = {}", n, t);
            break;
        }
        n += 1;
    }
    print!("square triangular numbers:");
    for k in 1..=1500 {
        if is_square(triangle(k)) {
            print!(" {}", triangle(k));
        }
    }
    println!();
}
