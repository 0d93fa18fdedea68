// A trait used as a parameter type without `dyn` (2021): rustc suggests a generic, impl or dyn
trait Shape {
    fn area(&self) -> u32;
}

fn total(a: &Shape, b: &Shape) -> u32 { //~ ERROR E0782
    a.area() + b.area()
}

fn main() {}
