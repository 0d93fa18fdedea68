// Interior mutability with Cell: a rate limiter and a memoizing function count their work
// through `&self`, a Cell<Option<_>> caches a result, and cells are swapped, replaced,
// taken, compared and cloned.
use std::cell::Cell;

struct RateLimiter {
    allowed: u32,
    used: Cell<u32>,
    rejected: Cell<u32>,
}

impl RateLimiter {
    fn new(allowed: u32) -> RateLimiter {
        RateLimiter { allowed, used: Cell::new(0), rejected: Cell::new(0) }
    }

    fn try_acquire(&self) -> bool {
        if self.used.get() < self.allowed {
            self.used.set(self.used.get() + 1);
            true
        } else {
            self.rejected.set(self.rejected.get() + 1);
            false
        }
    }

    fn reset(&self) -> u32 {
        self.used.replace(0)
    }
}

struct Fib {
    calls: Cell<u64>,
    cache: [Cell<Option<u64>>; 64],
}

impl Fib {
    fn new() -> Fib {
        Fib { calls: Cell::new(0), cache: std::array::from_fn(|_| Cell::new(None)) }
    }

    fn get(&self, n: usize) -> u64 {
        self.calls.set(self.calls.get() + 1);
        if let Some(v) = self.cache[n].get() {
            return v;
        }
        let v = if n < 2 { n as u64 } else { self.get(n - 1) + self.get(n - 2) };
        self.cache[n].set(Some(v));
        v
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
struct Stats {
    hits: Cell<u32>,
    misses: Cell<u32>,
}

fn visit(stats: &Stats, key: u32) {
    let counter = if key % 3 == 0 { &stats.hits } else { &stats.misses };
    counter.set(counter.get() + 1);
}

fn main() {
    let limiter = RateLimiter::new(3);
    let results: Vec<bool> = (0..5).map(|_| limiter.try_acquire()).collect();
    println!("{:?} used={} rejected={}", results, limiter.used.get(), limiter.rejected.get());
    println!("reset returned {}, now {:?}", limiter.reset(), limiter.used);
    println!("after reset: {}", limiter.try_acquire());

    let fib = Fib::new();
    println!("fib(50) = {} in {} calls", fib.get(50), fib.calls.get());
    println!("fib(60) = {} in {} calls", fib.get(60), fib.calls.get());

    let stats = Stats::default();
    for k in 0..20 {
        visit(&stats, k);
    }
    println!("{:?}", stats);
    let copy = stats.clone();
    copy.hits.set(copy.hits.get() + 1);
    println!("copy == stats: {}, {:?} vs {:?}", copy == stats, copy.hits, stats.hits);
    copy.hits.swap(&copy.misses);
    println!("swapped: {:?}", copy);

    let name: Cell<String> = Cell::new(String::from("draft"));
    let old = name.replace(String::from("final"));
    println!("old = {}, taken = {}, left = {:?}", old, name.take(), name.into_inner());

    let a = Cell::new(3);
    let b = Cell::new(7);
    println!("a < b: {}, max = {:?}, cmp = {:?}", a < b, std::cmp::max(a.get(), b.get()), a.cmp(&b));
    let mut c = Cell::new(10);
    *c.get_mut() += 5;
    println!("c = {}", c.get());
}
