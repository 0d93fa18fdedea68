// A small drawing list: shapes compared, cloned and printed through derived impls.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone, PartialEq)]
enum Shape {
    Circle { center: Point, radius: u32 },
    Rect(Point, Point),
    Line(Point, Point),
    Empty,
}

impl Shape {
    fn area(&self) -> u64 {
        match self {
            Shape::Circle { radius, .. } => 3 * (*radius as u64) * (*radius as u64),
            Shape::Rect(a, b) => ((b.x - a.x).abs() as u64) * ((b.y - a.y).abs() as u64),
            Shape::Line(..) | Shape::Empty => 0,
        }
    }
}

fn main() {
    let origin = Point { x: 0, y: 0 };
    let shapes = [
        Shape::Circle { center: origin, radius: 2 },
        Shape::Rect(Point { x: 1, y: 1 }, Point { x: 4, y: 3 }),
        Shape::Line(origin, Point { x: 5, y: -5 }),
        Shape::Empty,
    ];
    let mut total = 0;
    for s in shapes.iter() {
        println!("{:?} has area {}", s, s.area());
        total += s.area();
    }
    println!("total area: {}", total);

    let copy = shapes[1].clone();
    println!("clone equal: {}", copy == shapes[1]);
    println!("rect == line: {}", shapes[1] == shapes[2]);
    println!("empty == empty: {}", Shape::Empty == Shape::Empty);

    let moved = Point { x: origin.x + 1, ..origin };
    println!("{:?} != {:?}: {}", moved, origin, moved != origin);
    println!("{:#?}", shapes[0]);
}
