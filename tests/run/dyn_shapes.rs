// Trait objects: a shape hierarchy used through &dyn Shape.
trait Shape {
    fn area(&self) -> u32;
    fn perimeter(&self) -> u32;
    fn name(&self) -> &'static str;
    fn describe(&self) {
        println!("{:>9}: area {:>4}, perimeter {:>3}", self.name(), self.area(), self.perimeter());
    }
}

struct Rect {
    w: u32,
    h: u32,
}

struct Square {
    side: u32,
}

struct Triangle {
    a: u32,
    b: u32,
    c: u32,
    height: u32,
}

impl Shape for Rect {
    fn area(&self) -> u32 {
        self.w * self.h
    }
    fn perimeter(&self) -> u32 {
        2 * (self.w + self.h)
    }
    fn name(&self) -> &'static str {
        "rectangle"
    }
}

impl Shape for Square {
    fn area(&self) -> u32 {
        self.side * self.side
    }
    fn perimeter(&self) -> u32 {
        4 * self.side
    }
    fn name(&self) -> &'static str {
        "square"
    }
    fn describe(&self) {
        println!("{:>9}: side {} (area {})", self.name(), self.side, self.area());
    }
}

impl Shape for Triangle {
    fn area(&self) -> u32 {
        self.b * self.height / 2
    }
    fn perimeter(&self) -> u32 {
        self.a + self.b + self.c
    }
    fn name(&self) -> &'static str {
        "triangle"
    }
}

fn total_area(shapes: &[&dyn Shape]) -> u32 {
    let mut sum = 0;
    let mut i = 0;
    while i < shapes.len() {
        sum += shapes[i].area();
        i += 1;
    }
    sum
}

fn largest<'a>(shapes: &[&'a dyn Shape]) -> &'a dyn Shape {
    let mut best = shapes[0];
    let mut i = 1;
    while i < shapes.len() {
        if shapes[i].area() > best.area() {
            best = shapes[i];
        }
        i += 1;
    }
    best
}

fn pick<'a>(r: &'a Rect, s: &'a Square, want_square: bool) -> &'a dyn Shape {
    if want_square { s } else { r }
}

fn main() {
    let r = Rect { w: 4, h: 7 };
    let s = Square { side: 5 };
    let t = Triangle { a: 3, b: 4, c: 5, height: 3 };
    let big = Rect { w: 10, h: 2 };
    let shapes: [&dyn Shape; 4] = [&r, &s, &t, &big];
    for i in 0..4 {
        shapes[i].describe();
    }
    println!("total area: {}", total_area(&shapes));
    let l = largest(&shapes);
    println!("largest: {} ({})", l.name(), l.area());
    let as_dyn = &t as &dyn Shape;
    println!("{} has perimeter {}", as_dyn.name(), as_dyn.perimeter());
    println!("picked {} and {}", pick(&r, &s, true).name(), pick(&r, &s, false).name());
}
