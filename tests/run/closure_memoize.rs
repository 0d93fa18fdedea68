// A memoizing cache around an expensive closure (the Rust Book's Cacher), extended to a small
// table of remembered arguments, and a lazily computed value.

struct Cacher<T>
where
    T: Fn(u32) -> u32,
{
    calculation: T,
    value: Option<u32>,
}

impl<T> Cacher<T>
where
    T: Fn(u32) -> u32,
{
    fn new(calculation: T) -> Cacher<T> {
        Cacher { calculation, value: None }
    }

    fn value(&mut self, arg: u32) -> u32 {
        match self.value {
            Some(v) => v,
            None => {
                let v = (self.calculation)(arg);
                self.value = Some(v);
                v
            }
        }
    }
}

struct Memo<F: Fn(u64) -> u64> {
    f: F,
    keys: [u64; 4],
    values: [u64; 4],
    len: usize,
    hits: u32,
    misses: u32,
}

impl<F: Fn(u64) -> u64> Memo<F> {
    fn new(f: F) -> Self {
        Memo { f, keys: [0; 4], values: [0; 4], len: 0, hits: 0, misses: 0 }
    }

    fn get(&mut self, key: u64) -> u64 {
        let mut i = 0;
        while i < self.len {
            if self.keys[i] == key {
                self.hits += 1;
                return self.values[i];
            }
            i += 1;
        }
        self.misses += 1;
        let v = (self.f)(key);
        if self.len < self.keys.len() {
            self.keys[self.len] = key;
            self.values[self.len] = v;
            self.len += 1;
        }
        v
    }
}

struct Lazy<T: Copy, F: FnOnce() -> T> {
    init: Option<F>,
    value: Option<T>,
}

impl<T: Copy, F: FnOnce() -> T> Lazy<T, F> {
    fn new(init: F) -> Self {
        Lazy { init: Some(init), value: None }
    }

    fn force(&mut self) -> T {
        if let Some(v) = self.value {
            return v;
        }
        let f = self.init.take_init();
        let v = f();
        self.value = Some(v);
        v
    }
}

trait TakeInit<F> {
    fn take_init(&mut self) -> F;
}

impl<F> TakeInit<F> for Option<F> {
    fn take_init(&mut self) -> F {
        match core::mem::replace(self, None) {
            Some(f) => f,
            None => panic!("initializer already used"),
        }
    }
}

fn slow_square(n: u32) -> u32 {
    println!("  computing {}^2 the slow way", n);
    let mut total = 0;
    let mut i = 0;
    while i < n {
        total += n;
        i += 1;
    }
    total
}

fn main() {
    let mut cached = Cacher::new(slow_square);
    println!("first: {}", cached.value(12));
    println!("second: {}", cached.value(12));

    let offset = 1000;
    let mut with_offset = Cacher::new(|x| {
        println!("  adding the offset to {}", x);
        x + offset
    });
    println!("{}", with_offset.value(5));
    println!("{}", with_offset.value(99));

    let mut fib = Memo::new(|n| {
        let (mut a, mut b) = (0u64, 1u64);
        let mut i = 0;
        while i < n {
            let next = a + b;
            a = b;
            b = next;
            i += 1;
        }
        a
    });
    let queries = [10, 20, 10, 50, 20, 90, 10];
    let mut i = 0;
    while i < queries.len() {
        println!("fib({}) = {}", queries[i], fib.get(queries[i]));
        i += 1;
    }
    println!("hits: {}, misses: {}", fib.hits, fib.misses);

    let base = 7u32;
    let mut answer = Lazy::new(move || {
        println!("  initializing once");
        base * 6
    });
    println!("answer: {}", answer.force());
    println!("answer again: {}", answer.force());
}
