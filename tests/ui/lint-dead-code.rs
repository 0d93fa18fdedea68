// Dead code in a small geometry program: items, fields, variants and methods nothing uses.
#[derive(Debug, Clone)]
struct Shape {
    kind: Kind,
    width: u32,
    height: u32,
    label: String,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Square,
    Rect,
    Circle,
    Triangle(u32),
}

struct Pair(u32, u32);

impl Shape {
    fn new(kind: Kind, width: u32, height: u32) -> Shape {
        Shape { kind, width, height, label: String::new() }
    }

    fn area(&self) -> u32 {
        self.width * self.height
    }

    fn perimeter(&self) -> u32 {
        2 * (self.width + self.height)
    }

    fn scale(&mut self, by: u32) {
        self.width *= by;
    }

    const SIDES: u32 = 4;
}

trait Draw {
    fn draw(&self) -> String;
}

type Area = u32;

const MAX_SIZE: u32 = 100;
static NAME: &str = "geometry";

fn unused_helper() -> u32 {
    MAX_SIZE
}

#[allow(dead_code)]
fn kept_for_later() {}

mod render {
    pub fn header() -> &'static str {
        "shapes"
    }

    fn footer() -> &'static str {
        "end"
    }
}

fn main() {
    let s = Shape::new(Kind::Square, 3, 4);
    let p = Pair(1, 2);
    println!("{} {} {}", render::header(), s.area(), p.0);
    if s.kind == Kind::Rect {
        println!("rect");
    }
}
