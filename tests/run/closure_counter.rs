// Closures that mutate what they capture: FnMut counters, accumulators and generic helpers
// that call them repeatedly.

fn call_n_times<F: FnMut()>(n: u32, mut f: F) {
    let mut i = 0;
    while i < n {
        f();
        i += 1;
    }
}

fn run_twice<F>(mut f: F) -> u32
where
    F: FnMut() -> u32,
{
    f();
    f()
}

struct Stats {
    count: u32,
    total: i64,
}

fn main() {
    let mut count = 0;
    let mut increment = || {
        count += 1;
        println!("count is now {}", count);
    };
    increment();
    increment();
    println!("after two calls: {}", count);

    let mut ticks = 0u32;
    call_n_times(5, || ticks += 2);
    println!("ticks = {}", ticks);

    let mut stats = Stats { count: 0, total: 0 };
    let values = [4i64, -2, 10, 7];
    let mut record = |v: i64| {
        stats.count += 1;
        stats.total += v;
    };
    let mut i = 0;
    while i < values.len() {
        record(values[i]);
        i += 1;
    }
    println!("{} values, total {}", stats.count, stats.total);

    let mut next_id = 100;
    let last = run_twice(|| {
        next_id += 1;
        next_id
    });
    println!("last id {}, next_id {}", last, next_id);

    let mut history = [0u8; 4];
    let mut len = 0;
    let mut push = |b: u8| {
        if len < history.len() {
            history[len] = b;
            len += 1;
            true
        } else {
            false
        }
    };
    let mut accepted = 0;
    let mut b = 1u8;
    while b <= 6 {
        if push(b * 10) {
            accepted += 1;
        }
        b += 1;
    }
    println!("accepted {} of 6: {} {} {} {}", accepted, history[0], history[1], history[2], history[3]);
}
