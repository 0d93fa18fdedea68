// Copyable value types: points and complex numbers with derived Clone, Copy, PartialEq and
// Debug, plus hand-written arithmetic.
use std::ops::{Add, Mul, Sub};

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Point {
    x: i64,
    y: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Complex {
    re: i64,
    im: i64,
}

impl Add for Point {
    type Output = Point;
    fn add(self, o: Point) -> Point {
        Point { x: self.x + o.x, y: self.y + o.y }
    }
}

impl Sub for Point {
    type Output = Point;
    fn sub(self, o: Point) -> Point {
        Point { x: self.x - o.x, y: self.y - o.y }
    }
}

impl Add for Complex {
    type Output = Complex;
    fn add(self, o: Complex) -> Complex {
        Complex { re: self.re + o.re, im: self.im + o.im }
    }
}

impl Mul for Complex {
    type Output = Complex;
    fn mul(self, o: Complex) -> Complex {
        Complex { re: self.re * o.re - self.im * o.im, im: self.re * o.im + self.im * o.re }
    }
}

fn manhattan(a: Point, b: Point) -> i64 {
    let d = a - b;
    d.x.abs() + d.y.abs()
}

fn power(c: Complex, n: u32) -> Complex {
    let mut acc = Complex { re: 1, im: 0 };
    let mut i = 0;
    while i < n {
        acc = acc * c;
        i += 1;
    }
    acc
}

fn main() {
    let a = Point { x: 3, y: -4 };
    let b = a;
    let c = a + b;
    println!("{:?} {:?} {:?}", a, b, c);
    println!("{}", manhattan(a, Point::default()));
    println!("{}", a == b && c != a);

    let i = Complex { re: 0, im: 1 };
    println!("{:?}", i * i);
    println!("{:?}", power(Complex { re: 1, im: 1 }, 4));
    let sum = [i, Complex { re: 2, im: 3 }, Complex { re: -1, im: 0 }]
        .iter()
        .fold(Complex::default(), |acc, z| acc + *z);
    println!("{:?}", sum);
    let pair = (a, i);
    let copy = pair;
    println!("{:?} {}", copy, copy == pair);
}
