// A fixed-capacity ring buffer whose capacity is a const generic parameter (with a default),
// holding owned values: pushing into a full buffer evicts (and drops) the oldest element.
use std::fmt::Debug;

struct RingBuffer<T, const N: usize = 4> {
    slots: [Option<T>; N],
    head: usize,
    len: usize,
}

impl<T, const N: usize> RingBuffer<T, N> {
    const CAPACITY: usize = N;

    fn new() -> Self {
        RingBuffer { slots: std::array::from_fn(|_| None), head: 0, len: 0 }
    }

    fn capacity(&self) -> usize {
        Self::CAPACITY
    }

    fn len(&self) -> usize {
        self.len
    }

    fn is_full(&self) -> bool {
        self.len == N
    }

    /// Appends `value`; when full, the oldest element is returned.
    fn push(&mut self, value: T) -> Option<T> {
        let tail = (self.head + self.len) % N;
        if self.is_full() {
            let old = self.slots[tail].replace(value);
            self.head = (self.head + 1) % N;
            old
        } else {
            self.slots[tail] = Some(value);
            self.len += 1;
            None
        }
    }

    fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let v = self.slots[self.head].take();
        self.head = (self.head + 1) % N;
        self.len -= 1;
        v
    }

    fn iter(&self) -> impl Iterator<Item = &T> + '_ {
        (0..self.len).map(move |i| self.slots[(self.head + i) % N].as_ref().unwrap())
    }
}

impl<T: Debug, const N: usize> RingBuffer<T, N> {
    fn show(&self, label: &str) {
        let items: Vec<&T> = self.iter().collect();
        println!("{} [{}/{}]: {:?}", label, self.len(), self.capacity(), items);
    }
}

#[derive(Debug)]
struct Event {
    id: u32,
    name: String,
}

impl Drop for Event {
    fn drop(&mut self) {
        println!("  dropping event {} ({})", self.id, self.name);
    }
}

fn moving_average<const W: usize>(samples: &[f64]) -> Vec<f64> {
    let mut window: RingBuffer<f64, W> = RingBuffer::new();
    let mut out = Vec::new();
    for &s in samples {
        window.push(s);
        if window.is_full() {
            out.push(window.iter().sum::<f64>() / W as f64);
        }
    }
    out
}

fn main() {
    let mut log: RingBuffer<Event, 3> = RingBuffer::new();
    for (id, name) in [(1, "boot"), (2, "login"), (3, "open"), (4, "save"), (5, "close")] {
        if let Some(evicted) = log.push(Event { id, name: name.to_string() }) {
            println!("evicted {}", evicted.id);
        }
    }
    log.show("log");
    while let Some(e) = log.pop() {
        println!("popped {:?}", e);
    }
    log.show("log");

    let mut small: RingBuffer<u8> = RingBuffer::new();
    for b in 0..10u8 {
        small.push(b * b);
    }
    small.show("default capacity");

    let avg = moving_average::<3>(&[1.0, 2.0, 3.0, 4.0, 10.0, 20.0]);
    println!("moving average: {:?}", avg);

    let mut big: RingBuffer<u64, 64> = RingBuffer::new();
    for i in 0..100u64 {
        big.push(i);
    }
    println!("big: len {} first {:?} sum {}", big.len(), big.iter().next(), big.iter().sum::<u64>());
    println!("end of main");
}
