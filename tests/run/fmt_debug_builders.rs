// Hand-written Debug impls through the Formatter's builders, printed compact and pretty.
use std::fmt;

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Debug for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Point").field("x", &self.x).field("y", &self.y).finish()
    }
}

struct Meters(f64);

impl fmt::Debug for Meters {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Meters").field(&(self.0 as i64)).finish()
    }
}

enum Shape {
    Circle { center: Point, radius: u32 },
    Polygon([Point; 3]),
    Empty,
}

impl fmt::Debug for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Shape::Circle { center, radius } => f.debug_struct("Circle").field("center", center).field("radius", radius).finish(),
            Shape::Polygon(points) => {
                let mut list = f.debug_list();
                let mut i = 0;
                while i < 3 {
                    list.entry(&points[i]);
                    i += 1;
                }
                list.finish()
            }
            Shape::Empty => f.write_str("Empty"),
        }
    }
}

struct Scene {
    name: &'static str,
    shapes: [Shape; 3],
    tags: (char, bool, &'static str),
    secret: u64,
}

struct Shapes<'a>(&'a [Shape; 3]);

impl<'a> fmt::Debug for Shapes<'a> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entry(&self.0[0]).entry(&self.0[1]).entry(&self.0[2]).finish()
    }
}

impl fmt::Debug for Scene {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let _ = self.secret;
        f.debug_struct("Scene")
            .field("name", &self.name)
            .field("shapes", &Shapes(&self.shapes))
            .field("tags", &self.tags)
            .finish_non_exhaustive()
    }
}

struct Inventory;

impl fmt::Debug for Inventory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entry(&"bolts", &120).entry(&"nuts", &Point { x: 1, y: 2 }).key(&'k').value(&()).finish()
    }
}

struct Primes;

impl fmt::Debug for Primes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entry(&2).entry(&3).entry(&5).finish()
    }
}

fn main() {
    let scene = Scene {
        name: "demo\tscene",
        shapes: [
            Shape::Circle { center: Point { x: 0, y: -1 }, radius: 5 },
            Shape::Polygon([Point { x: 0, y: 0 }, Point { x: 4, y: 0 }, Point { x: 0, y: 3 }]),
            Shape::Empty,
        ],
        tags: ('é', true, "x"),
        secret: 42,
    };
    println!("{:?}", scene);
    println!("{:#?}", scene);
    println!("{:?} / {:#?}", Meters(12.7), Meters(3.0));
    println!("{:?}", Inventory);
    println!("{:#?}", Inventory);
    println!("{:?} {:#?}", Primes, Primes);
    println!("{:?} {:#?}", (1,), (2,));
    println!("{:5?}|{:<5?}|{:+?}|{:#x?}", Point { x: 1, y: 2 }, 7, 3, Point { x: 255, y: 16 });
}
