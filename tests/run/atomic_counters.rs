// Atomics used single-threaded the way real code uses them: global counters and ID
// generators in statics, a spin lock, flag words, a lock-free stack on AtomicPtr.
use std::sync::atomic::{self, AtomicBool, AtomicI16, AtomicI32, AtomicIsize, AtomicPtr, AtomicU16, AtomicU32, AtomicU8, AtomicUsize, Ordering};

static NEXT_ID: AtomicUsize = AtomicUsize::new(1);
static REQUESTS: AtomicU32 = AtomicU32::new(0);
static BYTES_IN: AtomicUsize = AtomicUsize::new(0);
static PEAK_QUEUE: AtomicUsize = AtomicUsize::new(0);
static LOW_WATER: AtomicI32 = AtomicI32::new(i32::MAX);
static SHUTDOWN: AtomicBool = AtomicBool::new(false);

fn next_id() -> usize {
    NEXT_ID.fetch_add(1, Ordering::Relaxed)
}

struct Request {
    id: usize,
    size: usize,
    queue_depth: usize,
    credit: i32,
}

fn record(r: &Request) {
    REQUESTS.fetch_add(1, Ordering::Relaxed);
    BYTES_IN.fetch_add(r.size, Ordering::Relaxed);
    PEAK_QUEUE.fetch_max(r.queue_depth, Ordering::Relaxed);
    LOW_WATER.fetch_min(r.credit, Ordering::Relaxed);
}

struct SpinLock {
    locked: AtomicBool,
    acquisitions: AtomicU16,
}

impl SpinLock {
    const fn new() -> SpinLock {
        SpinLock { locked: AtomicBool::new(false), acquisitions: AtomicU16::new(0) }
    }

    fn lock(&self) {
        while self.locked.compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed).is_err() {}
        self.acquisitions.fetch_add(1, Ordering::Relaxed);
    }

    fn try_lock(&self) -> bool {
        self.locked.compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed).is_ok()
    }

    fn unlock(&self) {
        self.locked.store(false, Ordering::Release);
    }
}

const READABLE: u8 = 1;
const WRITABLE: u8 = 2;
const CLOSED: u8 = 4;

struct Node {
    value: i32,
    next: *mut Node,
}

struct Stack {
    head: AtomicPtr<Node>,
    len: AtomicIsize,
}

impl Stack {
    fn new() -> Stack {
        Stack { head: AtomicPtr::new(std::ptr::null_mut()), len: AtomicIsize::new(0) }
    }

    fn push(&self, value: i32) {
        let node = Box::into_raw(Box::new(Node { value, next: std::ptr::null_mut() }));
        let mut head = self.head.load(Ordering::Relaxed);
        loop {
            unsafe { (*node).next = head };
            match self.head.compare_exchange_weak(head, node, Ordering::Release, Ordering::Relaxed) {
                Ok(_) => break,
                Err(h) => head = h,
            }
        }
        self.len.fetch_add(1, Ordering::Relaxed);
    }

    fn pop(&self) -> Option<i32> {
        let mut head = self.head.load(Ordering::Acquire);
        while !head.is_null() {
            let next = unsafe { (*head).next };
            match self.head.compare_exchange(head, next, Ordering::Acquire, Ordering::Relaxed) {
                Ok(_) => {
                    self.len.fetch_sub(1, Ordering::Relaxed);
                    let node = unsafe { Box::from_raw(head) };
                    return Some(node.value);
                }
                Err(h) => head = h,
            }
        }
        None
    }
}

fn main() {
    let reqs: Vec<Request> = [(120, 3, 40), (4096, 7, -12), (512, 2, 5), (64, 11, -30), (2048, 5, 0)]
        .iter()
        .map(|&(size, queue_depth, credit)| Request { id: next_id(), size, queue_depth, credit })
        .collect();
    for r in &reqs {
        record(r);
        println!("request #{} size {} depth {}", r.id, r.size, r.queue_depth);
    }
    println!(
        "requests={} bytes={} peak={} low={} next_id={:?}",
        REQUESTS.load(Ordering::Relaxed),
        BYTES_IN.load(Ordering::Relaxed),
        PEAK_QUEUE.load(Ordering::Relaxed),
        LOW_WATER.load(Ordering::Relaxed),
        NEXT_ID
    );

    let lock = SpinLock::new();
    lock.lock();
    println!("try_lock while held: {}", lock.try_lock());
    lock.unlock();
    println!("try_lock after unlock: {}", lock.try_lock());
    lock.unlock();
    lock.lock();
    lock.unlock();
    println!("acquisitions: {:?}", lock.acquisitions);

    let flags = AtomicU8::new(READABLE);
    let before = flags.fetch_or(WRITABLE, Ordering::AcqRel);
    println!("flags {:03b} -> {:03b}", before, flags.load(Ordering::Acquire));
    flags.fetch_and(!READABLE, Ordering::AcqRel);
    flags.fetch_xor(CLOSED, Ordering::AcqRel);
    println!("flags now {:03b}, closed: {}", flags.load(Ordering::Relaxed), flags.load(Ordering::Relaxed) & CLOSED != 0);
    println!("nand: {:08b}", { flags.fetch_nand(0b110, Ordering::SeqCst); flags.load(Ordering::SeqCst) });

    let stack = Stack::new();
    for v in [10, 20, 30, 40] {
        stack.push(v);
    }
    println!("stack len {}", stack.len.load(Ordering::Relaxed));
    while let Some(v) = stack.pop() {
        print!("{} ", v);
    }
    println!("| len {:?}", stack.len);

    // Saturating and conditional updates with fetch_update/update.
    let budget = AtomicI16::new(100);
    for cost in [30, 50, 40, 10] {
        match budget.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |b| if b >= cost { Some(b - cost) } else { None }) {
            Ok(prev) => println!("spent {} (had {})", cost, prev),
            Err(left) => println!("cannot spend {} (only {})", cost, left),
        }
    }
    let doubled = budget.update(Ordering::SeqCst, Ordering::SeqCst, |b| b * 2);
    println!("budget {} -> {:?}", doubled, budget);
    println!("try_update: {:?}", budget.try_update(Ordering::SeqCst, Ordering::SeqCst, |b| b.checked_sub(100)));

    // Wrapping arithmetic and swaps.
    let wrap = AtomicU8::new(250);
    wrap.fetch_add(10, Ordering::Relaxed);
    println!("wrapped to {}", wrap.swap(7, Ordering::Relaxed));
    let neg = AtomicI32::new(i32::MIN);
    neg.fetch_sub(1, Ordering::Relaxed);
    println!("i32::MIN - 1 = {}", neg.load(Ordering::Relaxed));

    let mut owned = AtomicUsize::from(41usize);
    *owned.get_mut() += 1;
    println!("owned {} default {:?} {:?}", owned.into_inner(), AtomicU16::default(), AtomicBool::default());

    atomic::fence(Ordering::SeqCst);
    atomic::compiler_fence(Ordering::SeqCst);
    SHUTDOWN.store(true, Ordering::Release);
    println!("shutdown: {} (swap gives {})", SHUTDOWN.load(Ordering::Acquire), SHUTDOWN.swap(false, Ordering::AcqRel));
}
