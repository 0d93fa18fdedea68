// A custom iterator (Fibonacci numbers) driven by for loops and the adapters core provides.
struct Fibonacci {
    curr: u64,
    next: u64,
}

impl Fibonacci {
    fn new() -> Fibonacci {
        Fibonacci { curr: 0, next: 1 }
    }
}

impl Iterator for Fibonacci {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        let n = self.curr;
        self.curr = self.next;
        self.next += n;
        Some(n)
    }
}

/// Counts down from `n` to 1, and back up from the other end.
struct Countdown {
    low: u32,
    high: u32,
}

impl Iterator for Countdown {
    type Item = u32;

    fn next(&mut self) -> Option<Self::Item> {
        if self.high <= self.low {
            return None;
        }
        let v = self.high;
        self.high -= 1;
        Some(v)
    }
}

impl DoubleEndedIterator for Countdown {
    fn next_back(&mut self) -> Option<u32> {
        if self.high <= self.low {
            return None;
        }
        self.low += 1;
        Some(self.low)
    }
}

fn main() {
    print!("first ten:");
    for f in Fibonacci::new().take(10) {
        print!(" {}", f);
    }
    println!();

    let even_sum: u64 = Fibonacci::new().take(30).step_by(3).sum();
    println!("sum of every third of the first 30: {}", even_sum);

    for (i, f) in Fibonacci::new().enumerate().skip(40).take(3) {
        println!("fib({}) = {}", i, f);
    }

    let mut fib = Fibonacci::new();
    println!("nth(50) = {:?}", fib.nth(50));
    println!("then {:?}", fib.next());

    let down: u32 = Countdown { low: 0, high: 5 }.sum();
    println!("countdown sum {}", down);
    print!("reversed:");
    for x in (Countdown { low: 0, high: 5 }).rev() {
        print!(" {}", x);
    }
    println!();
    println!("count {}, last {:?}", Countdown { low: 2, high: 9 }.count(), Countdown { low: 2, high: 9 }.last());

    let mut pk = Fibonacci::new().skip(5).peekable();
    while let Some(&p) = pk.peek() {
        if p > 100 {
            break;
        }
        pk.next();
    }
    println!("first above 100: {:?}", pk.next());

    let pairs = Fibonacci::new().zip(Countdown { low: 0, high: 4 });
    for (f, c) in pairs {
        print!("({}, {}) ", f, c);
    }
    println!();
    let chained: u64 = Fibonacci::new().skip(1).take(3).chain(Fibonacci::new().skip(10).take(2)).product();
    println!("product {}", chained);
}
