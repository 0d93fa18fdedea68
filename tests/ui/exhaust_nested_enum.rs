// a variant of an enum nested in another one is missing
enum Color {
    Red,
    Green,
    Blue,
}

enum Shape {
    Circle(Color),
    Square(u32),
}

fn paint(s: &Shape) -> u32 {
    match s { //~ ERROR E0004
        Shape::Circle(Color::Red) => 1,
        Shape::Circle(Color::Green) => 2,
        Shape::Square(side) => *side,
    }
}

fn main() {
    let _ = paint(&Shape::Circle(Color::Blue));
    let _ = Shape::Square(2);
}
