// Unsized values behind Rc: a scene shares Rc<dyn Shape> between layers, interns names as
// Rc<str>, and keeps frozen point lists as Rc<[T]>; drops show when the last owner goes.
use std::collections::HashMap;
use std::rc::Rc;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}

struct Circle { r: f64 }
struct Rect { w: f64, h: f64 }

impl Shape for Circle {
    fn area(&self) -> f64 { 3.0 * self.r * self.r }
    fn name(&self) -> String { format!("circle(r={})", self.r) }
}

impl Shape for Rect {
    fn area(&self) -> f64 { self.w * self.h }
    fn name(&self) -> String { format!("rect({}x{})", self.w, self.h) }
}

impl Drop for Circle {
    fn drop(&mut self) { println!("drop circle {}", self.r); }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Point { x: i32, y: i32 }

struct Interner {
    names: HashMap<String, Rc<str>>,
}

impl Interner {
    fn intern(&mut self, s: &str) -> Rc<str> {
        if let Some(rc) = self.names.get(s) {
            return Rc::clone(rc);
        }
        let rc: Rc<str> = Rc::from(s);
        self.names.insert(s.to_string(), Rc::clone(&rc));
        rc
    }
}

fn main() {
    let big: Rc<dyn Shape> = Rc::new(Circle { r: 2.0 });
    let shapes: Vec<Rc<dyn Shape>> = vec![Rc::clone(&big), Rc::new(Rect { w: 3.0, h: 4.0 }), Rc::new(Circle { r: 1.0 })];
    let highlighted: Vec<Rc<dyn Shape>> = shapes.iter().filter(|s| s.area() > 10.0).cloned().collect();
    for s in &highlighted {
        println!("{} area {} (owners {})", s.name(), s.area(), Rc::strong_count(s));
    }
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    println!("total area {}", total);

    let mut interner = Interner { names: HashMap::new() };
    let a = interner.intern("layer-1");
    let b = interner.intern("layer-1");
    let c = interner.intern(&format!("layer-{}", 2));
    println!("{} {} {} same={} count={}", a, b, c, Rc::ptr_eq(&a, &b), Rc::strong_count(&a));
    println!("{:?} len {} upper {}", c, c.len(), c.to_uppercase());

    let path: Rc<[Point]> = (0..4).map(|i| Point { x: i, y: i * i }).collect();
    let copy = Rc::clone(&path);
    println!("{:?}", path);
    println!("last {:?}, {} points, shared by {}", copy[copy.len() - 1], copy.len(), Rc::strong_count(&path));
    let from_vec: Rc<[Point]> = Rc::from(vec![Point { x: 9, y: 9 }]);
    let from_slice: Rc<[Point]> = Rc::from(&path[1..3]);
    println!("{:?} {:?} eq={}", from_vec, from_slice, from_slice[0] == path[1]);

    drop(shapes);
    println!("shapes dropped, highlighted still holds {}", highlighted.len());
    drop(highlighted);
    println!("big owners now {}", Rc::strong_count(&big));
    drop(big);
    println!("end");
}
