// Closures passed by reference (&F, &mut F as callables), fn items and closures behind
// dyn Fn, and when captured values are dropped (moved into a closure, moved out of it,
// consumed by a FnOnce call, or only a field captured).

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}

fn call_twice<F: FnMut(u32)>(mut f: F) {
    f(1);
    f(2);
}

fn visit(n: u32, f: &mut impl FnMut(u32)) {
    if n > 0 {
        f(n);
        visit(n - 1, f);
    }
}

fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn forward<F: Fn(i32) -> i32>(f: &F) -> i32 {
    apply(f, 10)
}

fn run_once<F: FnOnce() -> usize>(f: F) -> usize {
    f()
}

fn double(x: i32) -> i32 {
    x * 2
}

fn main() {
    let mut total = 0;
    let mut add = |x: u32| total += x;
    call_twice(&mut add);
    call_twice(&mut add);
    visit(3, &mut add);
    println!("total = {}", total);

    let k = 5;
    let plus = |x| x + k;
    println!("{} {} {}", apply(&plus, 1), apply(&&plus, 2), forward(&plus));
    println!("{}", apply(&double, 4));

    let mut table: Vec<Box<dyn Fn(i32) -> i32>> = Vec::new();
    table.push(Box::new(double));
    table.push(Box::new(plus));
    table.push(Box::new(move |x| x - k));
    let mut acc = 1;
    for f in &table {
        acc = f(acc);
    }
    println!("table gives {}", acc);

    println!("moved into a closure:");
    let a = Noisy("a");
    {
        let keep = move || a.0.len();
        println!("  len {}", keep());
    }
    println!("a field only:");
    let b = Noisy("b");
    let peek = move || b.0.len();
    println!("  len {}", peek());

    println!("moved out inside the closure:");
    let c = Noisy("c");
    let give_back = move || c;
    let c2 = give_back();
    println!("  got {}", c2.0);
    drop(c2);

    println!("consumed by call_once:");
    let d = Noisy("d");
    let once = move || {
        let inner = &d;
        inner.0.len()
    };
    println!("  returned {}", run_once(once));
    println!("end of main");
}
