// RAII guards: drop order at scope ends, moves, partial moves, reassignment, early return,
// break/continue, temporaries, enums, arrays, tuples, mem::drop and mem::forget.
struct Guard {
    name: &'static str,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

struct Pair {
    a: Guard,
    b: Guard,
}

enum Slot {
    One(Guard),
    Two(Guard, Guard),
    Empty,
}

fn make(name: &'static str) -> Guard {
    Guard { name }
}

fn consume(g: Guard) {
    println!("consume {}", g.name);
}

fn early(flag: bool) -> u32 {
    let _g = make("early-guard");
    if flag {
        return 1;
    }
    let _h = make("late-guard");
    2
}

fn describe(s: &Slot) -> &'static str {
    match s {
        Slot::One(g) => g.name,
        Slot::Two(a, b) => {
            println!("pair {} {}", a.name, b.name);
            b.name
        }
        Slot::Empty => "empty",
    }
}

fn main() {
    let _a = make("a");
    let b = make("b");
    {
        let _c = make("c");
        println!("inner scope end");
    }
    consume(b);
    let p = Pair { a: make("pa"), b: make("pb") };
    let moved = p.a;
    println!("moved {} kept {}", moved.name, p.b.name);
    let e = Slot::Two(make("e1"), make("e22"));
    println!("describe {}", describe(&e));
    let e2 = Slot::One(make("one"));
    match e2 {
        Slot::One(g) => println!("got {}", g.name),
        _ => {}
    }
    let empty = Slot::Empty;
    println!("describe {}", describe(&empty));
    make("temp");
    println!("after temp");
    let mut x = make("x1");
    println!("first {}", x.name);
    x = make("x2");
    println!("reassigned {}", x.name);
    for i in 0..4 {
        let _l = make(if i == 0 { "loop0" } else { "loopN" });
        if i == 1 {
            continue;
        }
        if i == 3 {
            break;
        }
        println!("iter {}", i);
    }
    println!("{}", early(true));
    println!("{}", early(false));
    let cond = make("cond");
    if early(true) == 1 {
        drop(cond);
    }
    println!("after cond");
    let arr = [make("arr0"), make("arr1")];
    let t = (make("t0"), 5, make("t1"));
    std::mem::forget(make("forgotten"));
    println!("tuple {} {} {}", t.0.name, t.1, t.2.name);
    println!("array {}", arr[1].name);
    println!("end of main");
}
