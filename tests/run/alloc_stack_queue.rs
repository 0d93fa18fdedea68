// A generic stack on Vec and a queue made of two stacks.
struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, x: T) {
        self.items.push(x);
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
    fn len(&self) -> usize {
        self.items.len()
    }
    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

struct Queue<T> {
    inbox: Stack<T>,
    outbox: Stack<T>,
}

impl<T> Queue<T> {
    fn new() -> Self {
        Queue { inbox: Stack::new(), outbox: Stack::new() }
    }
    fn enqueue(&mut self, x: T) {
        self.inbox.push(x);
    }
    fn dequeue(&mut self) -> Option<T> {
        if self.outbox.is_empty() {
            while let Some(x) = self.inbox.pop() {
                self.outbox.push(x);
            }
        }
        self.outbox.pop()
    }
    fn len(&self) -> usize {
        self.inbox.len() + self.outbox.len()
    }
}

fn balanced(s: &str) -> bool {
    let mut st: Stack<u8> = Stack::new();
    for &b in s.as_bytes() {
        match b {
            b'(' | b'[' | b'{' => st.push(b),
            b')' | b']' | b'}' => {
                let want = match b {
                    b')' => b'(',
                    b']' => b'[',
                    _ => b'{',
                };
                match st.pop() {
                    Some(open) if open == want => {}
                    _ => return false,
                }
            }
            _ => {}
        }
    }
    st.is_empty()
}

fn main() {
    let mut s = Stack::new();
    for i in 1..=5 {
        s.push(i * 10);
    }
    println!("peek {:?} len {}", s.peek(), s.len());
    while let Some(x) = s.pop() {
        print!("{} ", x);
    }
    println!();

    let mut q: Queue<String> = Queue::new();
    for name in ["ann", "ben", "cat"].iter() {
        q.enqueue(name.to_string());
    }
    println!("first out: {:?}", q.dequeue());
    q.enqueue(String::from("dan"));
    println!("queue len {}", q.len());
    while let Some(n) = q.dequeue() {
        println!("served {}", n);
    }
    for t in ["(a[b]{c})", "(]", "((", "{[()()]}"].iter() {
        println!("{} balanced: {}", t, balanced(t));
    }
}
