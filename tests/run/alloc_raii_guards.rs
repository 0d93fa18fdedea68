// RAII: guards in a Vec, in a Box, as struct fields, replaced, moved into functions.
struct Guard {
    name: String,
}

impl Guard {
    fn new(name: &str) -> Guard {
        println!("  acquire {}", name);
        Guard { name: name.to_string() }
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("  release {}", self.name);
    }
}

struct Session {
    id: u32,
    lock: Guard,
    extra: Option<Box<Guard>>,
}

fn take_ownership(g: Guard) -> usize {
    println!("  using {}", g.name);
    g.name.len()
}

fn build(n: u32) -> Vec<Guard> {
    let mut v = Vec::new();
    for i in 0..n {
        v.push(Guard::new(&format!("pool-{}", i)));
    }
    v
}

fn main() {
    println!("vec of guards:");
    {
        let pool = build(3);
        println!("  pool has {}", pool.len());
    }
    println!("boxed guard:");
    {
        let b = Box::new(Guard::new("boxed"));
        println!("  boxed name {}", b.name);
    }
    println!("struct fields drop in declaration order:");
    {
        let s = Session { id: 7, lock: Guard::new("lock"), extra: Some(Box::new(Guard::new("extra"))) };
        println!("  session {} holds {} (extra: {})", s.id, s.lock.name, s.extra.is_some());
    }
    println!("moved into a function:");
    let g = Guard::new("moved");
    let n = take_ownership(g);
    println!("  returned {}", n);
    println!("replaced value drops the old one:");
    let mut slot = Guard::new("first");
    println!("  slot holds {}", slot.name);
    slot = Guard::new("second");
    println!("  slot holds {}", slot.name);
    println!("popped from a vec:");
    let mut pool = build(2);
    if let Some(last) = pool.pop() {
        println!("  popped {}", last.name);
    }
    println!("  after pop");
    let forgotten = Guard::new("forgotten");
    std::mem::forget(forgotten);
    drop(pool);
    println!("end of main");
}
