// Traits with generics: blanket impls over bounded type parameters, supertraits seen
// through a bound, associated functions called on a type parameter (`T::make()`), generic
// methods, and a default method calling required ones after monomorphization.
use std::fmt::Display;

trait Shape {
    fn area(&self) -> u32;
    fn perimeter(&self) -> u32;
}

trait Named: Shape {
    fn name(&self) -> &'static str;
    fn summary(&self) -> u32 {
        self.area() * 100 + self.perimeter()
    }
}

trait Report {
    fn report(&self) -> u32;
}

impl<T: Shape> Report for T {
    fn report(&self) -> u32 {
        self.area() + self.perimeter() + 1000
    }
}

struct Square(u32);
struct Rect {
    w: u32,
    h: u32,
}

impl Shape for Square {
    fn area(&self) -> u32 {
        self.0 * self.0
    }
    fn perimeter(&self) -> u32 {
        4 * self.0
    }
}

impl Shape for Rect {
    fn area(&self) -> u32 {
        self.w * self.h
    }
    fn perimeter(&self) -> u32 {
        2 * (self.w + self.h)
    }
}

impl Named for Square {
    fn name(&self) -> &'static str {
        "square"
    }
}

impl Named for Rect {
    fn name(&self) -> &'static str {
        "rect"
    }
    fn summary(&self) -> u32 {
        self.area()
    }
}

fn describe<T: Named>(t: &T) {
    println!("{}: area={} perimeter={} summary={}", t.name(), t.area(), t.perimeter(), t.summary());
}

trait Zero {
    fn zero() -> Self;
    fn is_zero(&self) -> bool;
}

impl Zero for u32 {
    fn zero() -> u32 {
        0
    }
    fn is_zero(&self) -> bool {
        *self == 0
    }
}

impl Zero for i64 {
    fn zero() -> i64 {
        0
    }
    fn is_zero(&self) -> bool {
        *self == 0
    }
}

fn zero_of<T: Zero>() -> T {
    T::zero()
}

fn count_zeros<T: Zero>(a: &T, b: &T, c: &T) -> u32 {
    let mut n = 0;
    if a.is_zero() {
        n += 1;
    }
    if b.is_zero() {
        n += 1;
    }
    if c.is_zero() {
        n += 1;
    }
    n
}

struct Logger {
    prefix: &'static str,
}

impl Logger {
    fn log<T: Display>(&self, value: T) {
        println!("[{}] {}", self.prefix, value);
    }
    fn log_pair<A: Display, B: Display>(&self, a: A, b: B) {
        println!("[{}] {} / {}", self.prefix, a, b);
    }
}

fn main() {
    describe(&Square(3));
    describe(&Rect { w: 2, h: 5 });
    println!("{}", Square(2).report());
    println!("{}", Rect { w: 1, h: 1 }.report());

    let z: u32 = zero_of();
    let w = zero_of::<i64>();
    println!("{} {}", z, w);
    println!("{}", count_zeros(&0u32, &5u32, &0u32));
    println!("{}", count_zeros(&1i64, &2i64, &3i64));

    let log = Logger { prefix: "info" };
    log.log(42);
    log.log("hello");
    log.log('x');
    log.log_pair(1u8, true);
}
