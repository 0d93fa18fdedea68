// A task scheduler on BinaryHeaps: jobs run by priority (ties broken by submission order
// through Reverse), timers fire earliest-first from a min-heap, the running job's priority
// is bumped in place with peek_mut, and the queue's internal layout is printed along the
// way, which must match Rust's sift-up/sift-down exactly.
use std::cmp::Reverse;
use std::collections::binary_heap::PeekMut;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Job {
    priority: u8,
    seq: Reverse<u32>,
    name: String,
}

struct Scheduler {
    ready: BinaryHeap<Job>,
    timers: BinaryHeap<Reverse<(u64, String)>>,
    next_seq: u32,
    now: u64,
}

impl Scheduler {
    fn new() -> Scheduler {
        Scheduler { ready: BinaryHeap::with_capacity(8), timers: BinaryHeap::new(), next_seq: 0, now: 0 }
    }

    fn submit(&mut self, name: &str, priority: u8) {
        self.next_seq += 1;
        self.ready.push(Job { priority, seq: Reverse(self.next_seq), name: name.to_string() });
    }

    fn after(&mut self, delay: u64, name: &str) {
        self.timers.push(Reverse((self.now + delay, name.to_string())));
    }

    fn tick(&mut self, dt: u64) {
        self.now += dt;
        while let Some(Reverse((at, _))) = self.timers.peek() {
            if *at > self.now {
                break;
            }
            let Reverse((at, name)) = self.timers.pop().unwrap();
            println!("  t={} timer {} (due {}) -> submit", self.now, name, at);
            self.submit(&name, 5);
        }
    }

    fn run_one(&mut self) -> Option<String> {
        let job = self.ready.pop()?;
        Some(format!("{}(p{} #{})", job.name, job.priority, job.seq.0))
    }
}

fn main() {
    let mut s = Scheduler::new();
    for (name, p) in [("backup", 2u8), ("email", 5), ("render", 7), ("index", 2), ("deploy", 9), ("lint", 5), ("test", 7)].iter() {
        s.submit(name, *p);
    }
    let layout: Vec<&str> = s.ready.iter().map(|j| j.name.as_str()).collect();
    println!("ready layout: {:?}", layout);
    println!("next up: {:?}", s.ready.peek().map(|j| &j.name));

    // Bump the head job down; PeekMut sifts it when dropped.
    if let Some(mut top) = s.ready.peek_mut() {
        println!("demoting {}", top.name);
        top.priority = 1;
    }
    let layout: Vec<&str> = s.ready.iter().map(|j| j.name.as_str()).collect();
    println!("after demotion: {:?}", layout);
    // Looking without changing leaves the heap alone; PeekMut::pop takes the head.
    {
        let top = s.ready.peek_mut().unwrap();
        println!("peeked {}", top.name);
    }
    let head = PeekMut::pop(s.ready.peek_mut().unwrap());
    println!("popped via PeekMut: {}", head.name);

    s.after(30, "cleanup");
    s.after(10, "heartbeat");
    s.after(20, "report");
    s.after(10, "audit");
    println!("timers: {:?}", s.timers);
    for step in 0..6 {
        s.tick(8);
        match s.run_one() {
            Some(j) => println!("step {} t={} ran {}", step, s.now, j),
            None => println!("step {} t={} idle", step, s.now),
        }
    }

    // Plain integer heaps: building, extending, appending, sorting.
    let readings = vec![3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7];
    let mut h = BinaryHeap::from(readings);
    println!("heapified {:?}", h);
    h.push(10);
    h.push(0);
    println!("pushed {:?}", h);
    h.extend(vec![11, 2, 7]);
    println!("extended {:?}", h);
    h.extend((20..40).map(|x| (x * 13) % 17));
    println!("extended more {:?}", h);
    let mut other: BinaryHeap<i32> = (0..6).map(|x| x * 4).collect();
    println!("other {:?}", other);
    h.append(&mut other);
    println!("appended {:?} other empty {}", h, other.is_empty());
    h.retain(|x| x % 3 != 0);
    println!("retained {:?}", h);
    let mut popped = Vec::new();
    for _ in 0..5 {
        popped.push(h.pop().unwrap());
    }
    println!("top five {:?} rest {:?}", popped, h);
    let copy = h.clone();
    println!("sorted {:?}", h.into_sorted_vec());
    println!("as vec {:?}", copy.clone().into_vec());
    let mut drained = copy.clone();
    let total: i32 = drained.drain().sum();
    println!("drained total {} left {}", total, drained.len());
    let mut mins: BinaryHeap<Reverse<i32>> = copy.into_iter().map(|x| Reverse(x)).collect();
    print!("ascending:");
    while let Some(Reverse(x)) = mins.pop() {
        print!(" {}", x);
    }
    println!();
    let words: BinaryHeap<&str> = "the quick brown fox jumps over the lazy dog".split(' ').collect();
    println!("{:?}", words.peek());
    println!("{:?}", words.into_sorted_vec());
}
