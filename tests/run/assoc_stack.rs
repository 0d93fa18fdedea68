// A generic stack behind a trait with associated types, used through T::Item,
// <S as Trait>::Item and bounds with `Item = ...` constraints.
trait Container {
    type Item;
    const KIND: &'static str;

    fn put(&mut self, item: Self::Item);
    fn take(&mut self) -> Option<Self::Item>;
    fn size(&self) -> usize;

    fn is_empty(&self) -> bool {
        self.size() == 0
    }

    fn drain_count(&mut self) -> usize {
        let mut n = 0;
        while let Some(_) = self.take() {
            n += 1;
        }
        n
    }
}

struct Stack<T> {
    items: [Option<T>; 8],
    len: usize,
}

impl<T: Copy> Stack<T> {
    fn new() -> Stack<T> {
        Stack { items: [None; 8], len: 0 }
    }

    fn peek(&self) -> Option<&T> {
        if self.len == 0 {
            None
        } else {
            self.items[self.len - 1].as_ref()
        }
    }
}

impl<T: Copy> Container for Stack<T> {
    type Item = T;
    const KIND: &'static str = "stack";

    fn put(&mut self, item: T) {
        self.items[self.len] = Some(item);
        self.len += 1;
    }

    fn take(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        self.items[self.len].take()
    }

    fn size(&self) -> usize {
        self.len
    }
}

/// A queue of bytes: a second implementor with a different `Item`.
struct ByteQueue {
    buf: [u8; 4],
    head: usize,
    tail: usize,
}

impl Container for ByteQueue {
    type Item = u8;
    const KIND: &'static str = "queue";

    fn put(&mut self, item: u8) {
        self.buf[self.tail % 4] = item;
        self.tail += 1;
    }

    fn take(&mut self) -> Option<u8> {
        if self.head == self.tail {
            None
        } else {
            self.head += 1;
            Some(self.buf[(self.head - 1) % 4])
        }
    }

    fn size(&self) -> usize {
        self.tail - self.head
    }
}

fn fill<C: Container>(c: &mut C, a: C::Item, b: C::Item, d: C::Item) {
    c.put(a);
    c.put(b);
    c.put(d);
}

fn take_two<C>(c: &mut C) -> (Option<<C as Container>::Item>, Option<C::Item>)
where
    C: Container,
{
    let a = c.take();
    let b = c.take();
    (a, b)
}

fn total<C: Container<Item = u8>>(c: &mut C) -> u32 {
    let mut sum = 0u32;
    while let Some(b) = c.take() {
        sum += b as u32;
    }
    sum
}

fn describe<C: Container>(c: &C) -> &'static str {
    if c.is_empty() {
        "empty"
    } else if c.size() > 3 {
        "full"
    } else {
        "partly filled"
    }
}

fn main() {
    let mut s: Stack<i64> = Stack::new();
    fill(&mut s, 10, -20, 30);
    println!("{} holds {} (top {:?})", describe(&s), s.size(), s.peek());
    let (a, b) = take_two(&mut s);
    println!("took {:?} and {:?}, left {}", a, b, s.size());
    s.put(7);
    println!("drained {}; now {}", s.drain_count(), describe(&s));

    let mut q = ByteQueue { buf: [0; 4], head: 0, tail: 0 };
    fill(&mut q, 1, 2, 3);
    q.put(250);
    println!("{} of size {}", describe(&q), q.size());
    println!("first two {:?}", take_two(&mut q));
    println!("rest sums to {}", total(&mut q));

    let mut chars: Stack<char> = Stack::new();
    fill(&mut chars, 'x', 'y', 'z');
    let top: <Stack<char> as Container>::Item = chars.take().unwrap();
    println!("top char {} ({} and {} kinds)", top, <Stack<char> as Container>::KIND, ByteQueue::KIND);
}
