// Generic structs, enums and impls: a pair, a stack-like fixed buffer, an optional value,
// trait impls for generic wrappers, and generic methods on generic types.
use std::fmt::Display;

struct Pair<T> {
    a: T,
    b: T,
}

impl<T: Display> Pair<T> {
    fn new(a: T, b: T) -> Pair<T> {
        Pair { a, b }
    }
    fn show(&self) {
        println!("({}, {})", self.a, self.b);
    }
    fn swap(self) -> Pair<T> {
        Pair { a: self.b, b: self.a }
    }
    fn first(&self) -> &T {
        &self.a
    }
}

struct Point<X, Y> {
    x: X,
    y: Y,
}

impl<X: Display, Y: Display> Point<X, Y> {
    fn mixup<Z: Display>(self, z: Z) -> Point<X, Z> {
        Point { x: self.x, y: z }
    }
    fn print(&self) {
        println!("Point({}, {})", self.x, self.y);
    }
}

enum Maybe<T> {
    Just(T),
    Nothing,
}

impl<T: Display> Maybe<T> {
    fn describe(&self) {
        match self {
            &Maybe::Just(ref v) => println!("Just({})", *v),
            &Maybe::Nothing => println!("Nothing"),
        }
    }
    fn unwrap_or(self, d: T) -> T {
        match self {
            Maybe::Just(v) => v,
            Maybe::Nothing => d,
        }
    }
    fn is_just(&self) -> bool {
        match self {
            &Maybe::Just(_) => true,
            &Maybe::Nothing => false,
        }
    }
}

struct Wrapper<T>(T);

trait Weight {
    fn weight(&self) -> u32;
    fn heavy(&self) -> bool {
        self.weight() > 10
    }
}

impl Weight for u8 {
    fn weight(&self) -> u32 {
        *self as u32
    }
}

impl<T: Weight> Weight for Wrapper<T> {
    fn weight(&self) -> u32 {
        self.0.weight() * 2
    }
}

impl<A: Weight, B: Weight> Weight for Pair2<A, B> {
    fn weight(&self) -> u32 {
        self.left.weight() + self.right.weight()
    }
}

struct Pair2<A, B> {
    left: A,
    right: B,
}

fn report<W: Weight>(name: &str, w: &W) {
    println!("{}: {} heavy={}", name, w.weight(), w.heavy());
}

fn find<T: PartialEq2>(items: &[T; 4], target: &T) -> Maybe<usize> {
    let mut i = 0;
    while i < 4 {
        if items[i].same(target) {
            return Maybe::Just(i);
        }
        i += 1;
    }
    Maybe::Nothing
}

trait PartialEq2 {
    fn same(&self, other: &Self) -> bool;
}

impl PartialEq2 for i32 {
    fn same(&self, other: &i32) -> bool {
        *self == *other
    }
}

fn main() {
    let p = Pair::new(1, 2);
    p.show();
    let p = p.swap();
    p.show();
    println!("first = {}", *p.first());
    let s = Pair { a: "left", b: "right" };
    s.swap().show();

    let pt = Point { x: 5, y: 'c' };
    pt.print();
    let pt2 = pt.mixup("zed");
    pt2.print();

    let m: Maybe<i32> = Maybe::Just(7);
    m.describe();
    println!("{}", m.is_just());
    println!("{}", m.unwrap_or(0));
    let n: Maybe<&str> = Maybe::Nothing;
    n.describe();
    println!("{}", n.unwrap_or("default"));

    report("u8", &3u8);
    report("wrapped", &Wrapper(6u8));
    report("double", &Wrapper(Wrapper(4u8)));
    report("pair", &Pair2 { left: 9u8, right: Wrapper(1u8) });

    let items = [4, 8, 15, 16];
    find(&items, &15).describe();
    find(&items, &23).describe();
}
