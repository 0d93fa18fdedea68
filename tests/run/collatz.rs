// Collatz sequences: step counts, the longest chain below 30000 (many iterations, u64 arithmetic)
fn steps(start: u64) -> u32 {
    let mut n = start;
    let mut count = 0;
    while n != 1 {
        if n % 2 == 0 {
            n /= 2;
        } else {
            n = 3 * n + 1;
        }
        count += 1;
    }
    count
}

fn main() {
    let mut n: u64 = 27;
    print!("27:");
    let mut shown = 0;
    while n != 1 && shown < 12 {
        print!(" {}", n);
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        shown += 1;
    }
    println!(" ...");
    println!("steps(27) = {}", steps(27));
    let mut best = 1;
    let mut best_steps = 0;
    let mut total: u64 = 0;
    for start in 1..30000 {
        let s = steps(start);
        total += s as u64;
        if s > best_steps {
            best_steps = s;
            best = start;
        }
    }
    println!("longest below 30000: {} with {} steps", best, best_steps);
    println!("total steps: {}", total);
}
