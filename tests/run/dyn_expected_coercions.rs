// Expected types flowing into call arguments: `vec![Box::new(A), Box::new(B)]` where a
// `Vec<Box<dyn Trait>>` is expected, boxed closures of different types in one vector,
// `Some(Box::new(..))`, struct fields, `return Box::new(..)` into `Box<dyn Error>`.
use std::fmt;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
}

struct Circle {
    r: f64,
}

struct Rect {
    w: f64,
    h: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn name(&self) -> String {
        format!("circle(r={})", self.r)
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
}

struct Layer {
    title: &'static str,
    background: Box<dyn Shape>,
    overlay: Option<Box<dyn Shape>>,
    shapes: Vec<Box<dyn Shape>>,
}

impl Layer {
    fn total_area(&self) -> f64 {
        let mut sum = self.background.area();
        if let Some(o) = &self.overlay {
            sum += o.area();
        }
        for s in &self.shapes {
            sum += s.area();
        }
        sum
    }
}

#[derive(Debug)]
struct ParseError {
    line: usize,
    msg: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.msg)
    }
}

impl std::error::Error for ParseError {}

fn parse_size(line: usize, text: &str) -> Result<u32, Box<dyn std::error::Error>> {
    let mut n: u32 = 0;
    for c in text.chars() {
        match c.to_digit(10) {
            Some(d) => n = n * 10 + d,
            None => return Err(Box::new(ParseError { line, msg: format!("bad digit {:?}", c) })),
        }
    }
    if n == 0 {
        return Err(Box::new(ParseError { line, msg: String::from("zero size") }));
    }
    Ok(n)
}

fn pick(big: bool) -> Box<dyn Shape> {
    if big {
        return Box::new(Rect { w: 10.0, h: 4.0 });
    }
    Box::new(Circle { r: 1.0 })
}

fn apply_all(ops: &[Box<dyn Fn(i64) -> i64>], start: i64) -> i64 {
    ops.iter().fold(start, |acc, op| op(acc))
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle { r: 1.5 }), Box::new(Rect { w: 2.0, h: 3.0 }), Box::new(Circle { r: 0.5 })];
    for s in &shapes {
        println!("{} has area {:.2}", s.name(), s.area());
    }

    let layer = Layer {
        title: "front",
        background: Box::new(Rect { w: 8.0, h: 6.0 }),
        overlay: Some(Box::new(Circle { r: 2.0 })),
        shapes: vec![Box::new(Rect { w: 1.0, h: 1.0 }), pick(true), pick(false)],
    };
    println!("layer {} covers {:.1}", layer.title, layer.total_area());

    let k = 3;
    let ops: Vec<Box<dyn Fn(i64) -> i64>> = vec![Box::new(|x| x + 1), Box::new(move |x| x * k), Box::new(|x| x - 4)];
    println!("pipeline(5) = {}", apply_all(&ops, 5));

    let square: Box<dyn Fn(i32) -> i32> = Box::new(|x| x * x);
    println!("square(12) = {}", square(12));

    let maybe: Option<Box<dyn Shape>> = if k > 2 { Some(Box::new(Rect { w: 0.5, h: 0.5 })) } else { None };
    match maybe {
        Some(s) => println!("maybe: {} {}", s.name(), s.area()),
        None => println!("maybe: none"),
    }

    let tagged: Vec<(&str, Box<dyn Shape>)> = vec![("a", Box::new(Circle { r: 1.0 })), ("b", Box::new(Rect { w: 3.0, h: 3.0 }))];
    for (tag, s) in &tagged {
        println!("{}: {:.1}", tag, s.area());
    }

    let nested: Vec<Vec<Box<dyn Shape>>> = vec![vec![Box::new(Circle { r: 1.0 })], vec![Box::new(Rect { w: 1.0, h: 2.0 }), Box::new(Circle { r: 2.0 })]];
    let sizes: Vec<usize> = nested.iter().map(|row| row.len()).collect();
    println!("rows {:?}", sizes);

    let small: Option<&[i32]> = Some(&[1, 2, 3]);
    println!("slice {:?}", small);

    for (i, text) in ["42", "7x", "0", "128"].iter().enumerate() {
        match parse_size(i + 1, text) {
            Ok(n) => println!("size {}", n),
            Err(e) => println!("error: {}", e),
        }
    }
}
