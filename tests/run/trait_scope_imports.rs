// Which trait's method a call picks depends on the traits in scope, as in rustc: two
// modules define `describe` for the same types, and each caller sees only the one it
// imports (by name, `as _`, a glob, or inside a block). Traits of bounds, trait objects, the
// trait being implemented and traits defined in a fn body are in scope on their own.
mod metric {
    pub trait Describe {
        fn describe(&self) -> String;
    }
    impl Describe for f64 {
        fn describe(&self) -> String {
            format!("{:.2} m", self)
        }
    }
    impl Describe for u32 {
        fn describe(&self) -> String {
            format!("{} mm", self)
        }
    }
}

mod imperial {
    pub trait Describe {
        fn describe(&self) -> String;
    }
    impl Describe for f64 {
        fn describe(&self) -> String {
            format!("{:.2} ft", self * 3.28084)
        }
    }
    impl Describe for u32 {
        fn describe(&self) -> String {
            format!("{:.1} in", *self as f64 / 25.4)
        }
    }
    pub trait Shout {
        fn shout(&self) -> String;
    }
    impl Shout for str {
        fn shout(&self) -> String {
            self.to_uppercase()
        }
    }
    pub mod prelude {
        pub use super::Shout;
        pub const SEPARATOR: &str = " / ";
    }
}

mod metric_report {
    use crate::metric::Describe;

    pub fn line(len: f64, bolt: u32) -> String {
        format!("{} / {}", len.describe(), bolt.describe())
    }
}

mod imperial_report {
    use crate::imperial::Describe as _;
    use crate::imperial::prelude::*;

    pub fn line(len: f64, bolt: u32) -> String {
        let text = format!("{}{}{}", len.describe(), SEPARATOR, bolt.describe());
        text.shout()
    }
}

trait Area {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        "shape".to_string()
    }
}

struct Square(f64);
struct Circle(f64);

impl Area for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn name(&self) -> String {
        // The implemented trait is in scope inside its impl.
        format!("square of area {}", self.area())
    }
}

impl Area for Circle {
    fn area(&self) -> f64 {
        3.14159 * self.0 * self.0
    }
}

fn largest<T: Area>(shapes: &[T]) -> f64 {
    let mut best = 0.0;
    for s in shapes {
        if s.area() > best {
            best = s.area();
        }
    }
    best
}

fn total(shapes: &[Box<dyn Area>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn main() {
    println!("{}", metric_report::line(2.5, 12));
    println!("{}", imperial_report::line(2.5, 12));
    {
        use metric::Describe;
        println!("block: {}", 7.0f64.describe());
    }
    {
        use imperial::Describe;
        println!("block: {}", 7.0f64.describe());
        println!("path: {}", f64::describe(&1.0));
        println!("qualified: {}", <u32 as metric::Describe>::describe(&5));
    }

    trait Double {
        fn double(&self) -> Self;
    }
    impl Double for i32 {
        fn double(&self) -> i32 {
            self * 2
        }
    }
    println!("local trait: {}", 21.double());

    let squares = [Square(1.0), Square(3.0), Square(2.0)];
    println!("largest square {}", largest(&squares));
    let mut mixed: Vec<Box<dyn Area>> = Vec::new();
    mixed.push(Box::new(Square(2.0)));
    mixed.push(Box::new(Circle(1.0)));
    println!("total {:.3}", total(&mixed));
    println!("{} / {}", Square(1.5).name(), Circle(1.0).name());
}
