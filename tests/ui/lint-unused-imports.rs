// Imports the program never uses, next to ones it does (by path, by method, by re-export).
use std::collections::{HashMap, HashSet, VecDeque};
use std::fmt::{self, Display};
use std::fmt::Write;
use std::mem;

mod shapes {
    use std::fmt;
    use std::ops::Add;

    pub struct Point {
        pub x: i32,
        pub y: i32,
    }

    impl fmt::Display for Point {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "({}, {})", self.x, self.y)
        }
    }
}

mod tests {
    use super::shapes::Point;
    use std::cmp::Ordering;

    pub fn origin() -> Point {
        Point { x: 0, y: 0 }
    }
}

pub use shapes::Point;

fn main() {
    let mut seen = HashSet::new();
    seen.insert(3);
    let mut out = String::new();
    let p = tests::origin();
    write!(out, "{} {}", p, seen.len()).unwrap();
    println!("{}", out);
}
