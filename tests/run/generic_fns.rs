// Generic functions: inference of type arguments, turbofish, bounds through user traits,
// where clauses, and the same generic fn instantiated for several types.
trait Shape {
    fn area(&self) -> u32;
    fn sides(&self) -> u32 {
        0
    }
}

struct Square(u32);
struct Rect {
    w: u32,
    h: u32,
}
struct Tri {
    base: u32,
    height: u32,
}

impl Shape for Square {
    fn area(&self) -> u32 {
        self.0 * self.0
    }
    fn sides(&self) -> u32 {
        4
    }
}
impl Shape for Rect {
    fn area(&self) -> u32 {
        self.w * self.h
    }
    fn sides(&self) -> u32 {
        4
    }
}
impl Shape for Tri {
    fn area(&self) -> u32 {
        self.base * self.height / 2
    }
}

fn id<T>(x: T) -> T {
    x
}

fn pair<A, B>(a: A, b: B) -> (A, B) {
    (a, b)
}

fn swap<A, B>(p: (A, B)) -> (B, A) {
    let (a, b) = p;
    (b, a)
}

fn larger<T: Shape>(a: T, b: T) -> T {
    if a.area() >= b.area() {
        a
    } else {
        b
    }
}

fn describe<S>(s: &S) -> u32
where
    S: Shape,
{
    s.area() * 10 + s.sides()
}

fn total<A: Shape, B: Shape>(a: &A, b: &B) -> u32 {
    describe(a) + describe(b)
}

fn apply_twice<T: Shape>(s: T) -> u32 {
    let r = &s;
    describe(r) + describe(&s)
}

fn first<T>(t: (T, T, T)) -> T {
    t.0
}

fn main() {
    println!("{}", id(5u8));
    println!("{}", id::<i64>(-7));
    println!("{}", id("text"));
    println!("{}", id(true));
    let (x, y) = pair(1u16, 'c');
    println!("{} {}", x, y);
    let (s, n) = swap((10i32, "ten"));
    println!("{} {}", s, n);
    println!("{}", larger(Square(3), Square(2)).0);
    let r = larger(Rect { w: 2, h: 3 }, Rect { w: 1, h: 7 });
    println!("{}x{}", r.w, r.h);
    println!("{}", describe(&Square(5)));
    println!("{}", describe(&Tri { base: 4, height: 3 }));
    println!("{}", total(&Rect { w: 2, h: 2 }, &Tri { base: 6, height: 2 }));
    println!("{}", apply_twice(Square(1)));
    println!("{}", first((7u8, 8, 9)));
    println!("{}", first(("a", "b", "c")));
    println!("{}", id(id(id(42))));
}
