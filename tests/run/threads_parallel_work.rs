// needs-threads
// Threads as real programs use them: a parallel sum over chunks with owned data moved in,
// shared counters through Arc<atomic>, named workers, scoped threads borrowing the
// caller's data, thread-locals per thread, sleeping, and join results in spawn order.
use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

thread_local! {
    static CALLS: Cell<u32> = Cell::new(0);
    static LOG: RefCell<Vec<String>> = RefCell::new(Vec::new());
}

fn traced(step: &str) {
    CALLS.with(|c| c.set(c.get() + 1));
    LOG.with_borrow_mut(|l| l.push(step.to_string()));
}

fn is_prime(n: u64) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

struct Stats {
    primes: AtomicUsize,
    largest: AtomicU64,
    done: AtomicUsize,
}

fn main() {
    // Parallel sum: each thread owns its chunk.
    let numbers: Vec<u64> = (1..=10_000).collect();
    let handles: Vec<thread::JoinHandle<u64>> = numbers
        .chunks(2500)
        .map(|c| c.to_vec())
        .map(|chunk| thread::spawn(move || chunk.iter().sum()))
        .collect();
    let partials: Vec<u64> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("partials {:?} total {}", partials, partials.iter().sum::<u64>());

    // Shared statistics updated by several workers.
    let stats = Arc::new(Stats { primes: AtomicUsize::new(0), largest: AtomicU64::new(0), done: AtomicUsize::new(0) });
    let mut workers = Vec::new();
    for w in 0..4u64 {
        let stats = Arc::clone(&stats);
        let handle = thread::Builder::new()
            .name(format!("prime-{}", w))
            .spawn(move || {
                let mut found = 0;
                let mut n = w;
                while n < 2000 {
                    if is_prime(n) {
                        found += 1;
                        stats.primes.fetch_add(1, Ordering::Relaxed);
                        stats.largest.fetch_max(n, Ordering::Relaxed);
                    }
                    n += 4;
                }
                stats.done.fetch_add(1, Ordering::Release);
                (thread::current().name().unwrap().to_string(), found)
            })
            .unwrap();
        workers.push(handle);
    }
    for h in workers {
        let (name, found) = h.join().unwrap();
        println!("{} found {}", name, found);
    }
    println!(
        "primes below 2000: {}, largest {}, workers done {}, arc count {}",
        stats.primes.load(Ordering::Relaxed),
        stats.largest.load(Ordering::Relaxed),
        stats.done.load(Ordering::Acquire),
        Arc::strong_count(&stats)
    );

    // Scoped threads borrow local data and may mutate disjoint parts of it.
    let mut grid = vec![vec![0u32; 5]; 4];
    let scale = 3;
    thread::scope(|s| {
        for (r, row) in grid.iter_mut().enumerate() {
            s.spawn(move || {
                for (c, cell) in row.iter_mut().enumerate() {
                    *cell = (r as u32 + 1) * (c as u32 + 1) * scale;
                }
            });
        }
    });
    for row in &grid {
        println!("{:?}", row);
    }
    let words = ["alpha", "beta", "gamma", "delta"];
    let lengths = thread::scope(|s| {
        let hs: Vec<_> = words.iter().map(|w| s.spawn(move || w.len())).collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect::<Vec<_>>()
    });
    println!("lengths {:?}", lengths);

    // A flag another thread waits for, with sleeps.
    let ready = Arc::new(AtomicBool::new(false));
    let waiter = {
        let ready = ready.clone();
        thread::spawn(move || {
            let mut polls = 0;
            while !ready.load(Ordering::Acquire) {
                thread::sleep(Duration::from_millis(1));
                polls += 1;
            }
            polls > 0
        })
    };
    thread::sleep(Duration::from_millis(20));
    ready.store(true, Ordering::Release);
    println!("waiter polled: {}", waiter.join().unwrap());

    // Each thread has its own thread-locals.
    traced("main-1");
    traced("main-2");
    let other = thread::spawn(|| {
        traced("worker");
        (CALLS.get(), LOG.with_borrow(|l| l.clone()))
    })
    .join()
    .unwrap();
    println!("main calls {} log {:?}", CALLS.get(), LOG.with_borrow(|l| l.clone()));
    println!("worker calls {} log {:?}", other.0, other.1);

    // Panics are reported to join as Err; the program goes on.
    let main_thread = thread::current();
    println!("main thread {:?} {:?}", main_thread.name(), main_thread.id());
    let ids: Vec<bool> = (0..3).map(|_| thread::spawn(|| thread::current().id()).join().unwrap() != main_thread.id()).collect();
    println!("distinct ids {:?}", ids);
    println!("parallelism >= 1: {}", thread::available_parallelism().map(|n| n.get() >= 1).unwrap_or(false));
    println!("sleep of {:?} and {:?}", Duration::from_millis(1500), Duration::from_micros(250));
}
